import { ConsentConfigError } from '../core/errors';
import { LOCALES, type Locale } from '../core/locale';
import { invalid, isRecord, isSafeUrl, isString, validate, type Check, type Schema, type Validation } from '../core/validate';
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

const STRING: Check = [isString, 'a string'];
const PACK: Check = [isRecord, 'a locale pack imported from consent-gate/ui'];
const perLocale = (schema: Schema): Schema => Object.fromEntries(LOCALES.map((locale) => [locale, schema]));

/**
 * Validates `mountUi` options once. Without `report`, the first invalid field throws a
 * `UiConfigError`; with it, each invalid field is reported and its default used.
 */
export const resolveUiOptions = (input: unknown, report?: UiErrorReporter): ResolvedUiOptions => {
  const run: Validation = { root: 'options', error: UiConfigError, report };
  // Keys every pack has; an override of anything else is a typo worth reporting.
  const known = Object.keys(Object.values(isRecord(input) && isRecord(input.locales) ? input.locales : {}).find(isRecord) ?? {});
  const { locales = {}, ...valid } =
    validate(
      {
        locales: perLocale(PACK),
        locale: [isString, 'a language tag such as "nl" or "fr-BE"'],
        texts: perLocale(
          known.length > 0
            ? Object.fromEntries(known.map((key) => [key, STRING]))
            : [(v) => isRecord(v) && Object.values(v).every(isString), 'an object of strings'],
        ),
        policyUrl: [isSafeUrl, 'an http(s) or relative URL'],
        controller: [isString, 'a name'],
        floatingButton: [(v) => ['bottom-left', 'bottom-right', false].includes(v), '"bottom-left", "bottom-right" or false'],
        styles: [(v) => typeof v == 'boolean' || isSafeUrl(v), 'true, false or an http(s) or relative URL of a stylesheet'],
      },
      input,
      '',
      run,
    ) ?? {};
  // Packs are imported one by one, so that a bundler leaves the others out: at least one is needed.
  const packs = isRecord(input) ? input.locales : undefined;
  if (packs === undefined || (isRecord(packs) && Object.keys(packs).length == 0)) {
    invalid(run, 'locales', 'an object of locale packs, e.g. { nl } imported from consent-gate/ui', packs);
  }
  return {
    locales,
    locale: undefined,
    texts: {},
    policyUrl: undefined,
    controller: undefined,
    floatingButton: false,
    styles: true,
    ...valid,
  };
};

/** The locale packs' texts for one locale, with the overrides applied. */
export const textsFor = (options: ResolvedUiOptions, locale: Locale): Texts => ({
  ...(options.locales[locale] as Texts),
  ...options.texts[locale],
});
