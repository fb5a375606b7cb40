import { ConsentConfigError } from '../core/errors';
import { LOCALES, type Locale } from '../core/locale';
import type { TextOverrides, Texts, UiLocales } from './texts';

/**
 * Where the optional floating "cookie settings" button sits.
 * @example
 * mountUi(consent, { locales: { nl }, floatingButton: 'bottom-left' });
 */
export type FloatingButtonPosition = 'bottom-left' | 'bottom-right';

/**
 * Everything `mountUi` accepts. Only `locales` is required.
 * @example
 * const options: UiOptions = { locales: { nl, fr }, policyUrl: '/privacy', controller: 'De provincie Limburg' };
 */
export interface UiOptions {
  /** The locale packs the UI may show, e.g. `{ nl, fr }`. Required: import only those you need. */
  readonly locales: UiLocales;
  /** Language of the UI. Default: the consent instance's locale (its config, else `<html lang>`, else nl); the first pack in `locales` when that one is missing. */
  readonly locale?: string;
  /** Texts replaced per locale and key, e.g. `{ nl: { bannerTitle: '…' } }`. Default: none. */
  readonly texts?: TextOverrides;
  /** Link to the cookie or privacy policy: an http(s) or relative URL. Default: none (no link). */
  readonly policyUrl?: string;
  /** Who is responsible for the processing, e.g. "De provincie Limburg". Default: the page's host name. */
  readonly controller?: string;
  /** Shows a floating button that reopens the preferences once a choice was made. Default: false. */
  readonly floatingButton?: FloatingButtonPosition | false;
  /**
   * How the default CSS arrives. `true`: the built-in stylesheet, adopted through
   * `document.adoptedStyleSheets`; a URL: a `<link rel="stylesheet">` to that file instead
   * (e.g. the shipped `consent-gate.css`); `false`: none, the page styles the UI itself. Default: true.
   */
  readonly styles?: boolean | string;
}

/**
 * Thrown by `mountUi` for invalid options; `field` names the option, e.g. `texts.nl.acceptAll`.
 * Also a `ConsentConfigError`, so one `instanceof` check covers core and UI.
 * @example
 * try { mountUi(consent, { locales: { nl }, policyUrl: 'javascript:x' }) } catch (e) { if (e instanceof UiConfigError) e.field }
 */
export class UiConfigError extends ConsentConfigError {
  constructor(field: string, expected: string, received: unknown) {
    super(field, expected, received);
    this.name = 'UiConfigError';
  }
}

/** The options after validation, every default filled in. */
export interface ResolvedUiOptions {
  readonly locales: UiLocales;
  readonly locale: string | undefined;
  readonly texts: TextOverrides;
  readonly policyUrl: string | undefined;
  readonly controller: string | undefined;
  readonly floatingButton: FloatingButtonPosition | false;
  readonly styles: boolean | string;
}

/** Reports each problem when the caller prefers defaults to an exception (the script tag). */
export type UiErrorReporter = (error: UiConfigError) => void;

const KEYS = ['locales', 'locale', 'texts', 'policyUrl', 'controller', 'floatingButton', 'styles'];
const POSITIONS: readonly unknown[] = ['bottom-left', 'bottom-right', false];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);
const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * Whether a URL may become a link: http(s), or relative to the page. `javascript:`, `data:` and
 * every other scheme are refused, after the same clean-up a browser does (tabs, newlines and
 * leading control characters are dropped by the URL parser, so `java\tscript:` is caught too).
 */
export const isSafeUrl = (value: unknown): value is string => {
  if (!isString(value) || value.trim() === '') return false;
  try {
    return /^https?:$/.test(new URL(value, 'https://base.invalid/').protocol);
  } catch {
    return false;
  }
};

/**
 * Validates `mountUi` options once. Without `report`, the first invalid field throws a
 * `UiConfigError`; with it, each invalid field is reported and its default used.
 */
export const resolveUiOptions = (input: unknown, report?: UiErrorReporter): ResolvedUiOptions => {
  const fail = (field: string, expected: string, received: unknown): undefined => {
    const error = new UiConfigError(field, expected, received);
    if (!report) throw error;
    report(error);
    return undefined;
  };
  const check = <T>(field: string, value: unknown, ok: (v: unknown) => v is T, expected: string): T | undefined =>
    value === undefined || ok(value) ? (value as T | undefined) : fail(field, expected, value);

  const top: Json = isObject(input) ? input : (fail('options', 'an object', input) ?? {});
  for (const key of Object.keys(top)) {
    if (!KEYS.includes(key)) fail(key, `one of the keys ${KEYS.join(', ')}`, 'an unknown key');
  }

  const locales: Record<string, Texts> = {};
  if (isObject(top.locales) && Object.keys(top.locales).length > 0) {
    for (const [locale, texts] of Object.entries(top.locales)) {
      if (isLocale(locale) && isObject(texts)) locales[locale] = texts as unknown as Texts;
      else fail(`locales.${locale}`, `a locale pack (${LOCALES.join(', ')}) imported from consent-gate/ui`, texts);
    }
  } else fail('locales', 'an object of locale packs, e.g. { nl } imported from consent-gate/ui', top.locales);

  // Keys every pack has; an override of anything else is a typo worth reporting.
  const known = Object.keys(Object.values(locales)[0] ?? {});
  const texts: Record<string, Partial<Texts>> = {};
  const textsInput = check('texts', top.texts, isObject, 'an object of texts per locale, e.g. { "nl": { "acceptAll": "…" } }') ?? {};
  for (const [locale, entries] of Object.entries(textsInput)) {
    const field = `texts.${locale}`;
    if (!isLocale(locale) || !isObject(entries)) {
      fail(field, `an object of texts for one of ${LOCALES.join(', ')}`, entries);
      continue;
    }
    const accepted: Record<string, string> = {};
    for (const [key, text] of Object.entries(entries)) {
      if (known.length > 0 && !known.includes(key)) fail(`${field}.${key}`, `one of the keys ${known.join(', ')}`, 'an unknown key');
      else if (isString(text)) accepted[key] = text;
      else fail(`${field}.${key}`, 'a string', text);
    }
    texts[locale] = accepted;
  }

  return {
    locales,
    locale: check('locale', top.locale, isString, 'a language tag such as "nl" or "fr-BE"'),
    texts: texts as TextOverrides,
    policyUrl: check('policyUrl', top.policyUrl, isSafeUrl, 'an http(s) or relative URL'),
    controller: check('controller', top.controller, isString, 'a name'),
    floatingButton:
      check('floatingButton', top.floatingButton, (v): v is FloatingButtonPosition | false => POSITIONS.includes(v), '"bottom-left", "bottom-right" or false') ?? false,
    styles:
      check('styles', top.styles, (v): v is boolean | string => typeof v === 'boolean' || isSafeUrl(v), 'true, false or an http(s) or relative URL of a stylesheet') ?? true,
  };
};

/** The locale packs' texts for one locale, with the overrides applied. */
export const textsFor = (options: ResolvedUiOptions, locale: Locale): Texts => ({
  ...(options.locales[locale] as Texts),
  ...options.texts[locale],
});
