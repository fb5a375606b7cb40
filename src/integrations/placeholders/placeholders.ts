import { parseCategoryList, type OptionalCategoryId } from '../../core/categories';
import { LOCALES, matchLocale, pickLocale, type Locale } from '../../core/locale';
import { fail } from '../../core/errors';
import type { Consent } from '../../core/types';
import { button, h } from '../../ui/dom';
import { adoptStyles } from '../../ui/styles';
import css from './placeholders.css?raw';
import type { PlaceholderTexts } from './texts';

/** Options of `embedPlaceholders`. Only `locales` is required. */
export interface PlaceholderOptions {
  /** The text packs the placeholders may show, e.g. `{ nl: placeholderNl }`. */
  readonly locales: Readonly<Partial<Record<Locale, PlaceholderTexts>>>;
  /** Language of the placeholders. Default: the consent instance's locale, else the first pack. */
  readonly locale?: string;
  /** Offer "load this time only" (`allowOnce`). Default: true. */
  readonly allowOnce?: boolean;
  /**
   * Opens the preferences, for a "cookie preferences" button in each notice; with the default
   * UI: `(opener) => ui.showPreferences(opener)`. Default: none, and no such button.
   */
  readonly openPreferences?: (opener: HTMLElement) => void;
  /** Adopt the placeholders' stylesheet. Default: true. */
  readonly styles?: boolean;
}

const EMBED = 'iframe[data-consent][data-src]';
const KEYS = ['locales', 'locale', 'allowOnce', 'openPreferences', 'styles'];

const invalid = (field: string, expected: string, received: unknown): never =>
  fail(`embedPlaceholders(): invalid option "${field}"`, expected, received);

/**
 * Shows a notice in place of every gated iframe (video, map, form) that is blocked: what it is
 * (its `title`), which categories it needs, a button that allows them, one that loads just this
 * embed, and one that opens the preferences. The embed keeps its box, so loading it shifts
 * nothing; a withdrawal shows the notice again. Embeds added later get one too.
 * Returns the function that removes the placeholders.
 * @example
 * embedPlaceholders(consent, { locales: { nl: placeholderNl, fr: placeholderFr } });
 */
export const embedPlaceholders = (consent: Consent, options: PlaceholderOptions): (() => void) => {
  if (typeof options != 'object' || options === null) invalid('options', 'an object with "locales"', options);
  for (const key of Object.keys(options)) if (!KEYS.includes(key)) invalid(key, `one of ${KEYS.join(', ')}`, key);
  const packs = options.locales;
  if (typeof packs != 'object' || packs === null || !Object.keys(packs).length || Object.keys(packs).some((key) => !LOCALES.includes(key as Locale))) {
    invalid('locales', `an object of text packs keyed by ${LOCALES.join(', ')}, e.g. { nl: placeholderNl }`, packs);
  }
  for (const key of ['allowOnce', 'styles'] as const) {
    if (options[key] !== undefined && typeof options[key] != 'boolean') invalid(key, 'true or false', options[key]);
  }
  const { openPreferences } = options;
  if (openPreferences !== undefined && typeof openPreferences != 'function') invalid('openPreferences', 'a function', openPreferences);
  if (typeof document == 'undefined') return () => {};

  const locale = pickLocale(packs, options.locale, consent.config.locale);
  const texts = packs[locale]!;
  const holders = new Map<HTMLIFrameElement, HTMLElement>();

  const create = (iframe: HTMLIFrameElement): HTMLElement => {
    const needed = (parseCategoryList(iframe.getAttribute('data-consent')) ?? []).filter(
      (id): id is OptionalCategoryId => id != 'necessary',
    );
    const names = needed.map((id) => texts.names[id]);
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} ${texts.and} ${names[names.length - 1]}` : (names[0] ?? '');
    const notice = h('p', {}, texts.notice.replace('{title}', iframe.title || texts.untitled).replace('{categories}', list));
    const actions = h('div', {}, button(texts.allow, () => consent.grant(needed, { source: 'placeholder' })));
    if (options.allowOnce !== false) actions.append(button(texts.once, () => consent.allowOnce(iframe)));
    if (openPreferences) {
      const settings: HTMLElement = button(texts.settings, () => openPreferences(settings), 'cg-btn cg-close');
      actions.append(settings);
    }
    const holder = h('div', { class: 'cg-placeholder', role: 'group', 'aria-label': iframe.title || texts.untitled }, notice, actions);
    if (matchLocale(document.documentElement.lang) != locale) holder.lang = locale;
    // The embed stays in the flow as it was: the wrapper takes its display, the notice lies over it.
    const wrapper = h('div', { class: 'cg-embed' });
    wrapper.style.display = getComputedStyle(iframe).display == 'block' ? 'block' : 'inline-block';
    iframe.replaceWith(wrapper);
    wrapper.append(iframe, h('div', { class: 'cg-root' }, holder));
    holders.set(iframe, holder);
    return holder;
  };

  const sync = (iframe: HTMLIFrameElement): void => {
    const blocked = iframe.getAttribute('data-consent-state') == 'blocked';
    // An embed that already loaded is left where it is: moving an iframe reloads it.
    const holder = holders.get(iframe) ?? (blocked ? create(iframe) : undefined);
    if (!holder || holder.hidden == !blocked) return;
    const focused = holder.contains(document.activeElement);
    holder.hidden = !blocked;
    // Whoever pressed "allow" lands on what they allowed, not at the top of the page.
    if (focused) iframe.focus();
  };

  let dropStyles = (): void => {};
  if (options.styles !== false) {
    try {
      dropStyles = adoptStyles(css);
    } catch {
      // Without constructable stylesheets the notices still work, unstyled.
    }
  }
  // The gate marks every gated element it finds, at start and when added later, with
  // data-consent-state; following that attribute covers new embeds without a scan of our own.
  const observer = new MutationObserver((mutations) => {
    for (const { target } of mutations) if ((target as Element).matches(EMBED)) sync(target as HTMLIFrameElement);
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-consent-state'] });
  for (const iframe of document.querySelectorAll<HTMLIFrameElement>(EMBED)) sync(iframe);

  return () => {
    observer.disconnect();
    for (const [iframe, holder] of holders) {
      holder.parentElement!.parentElement!.replaceWith(iframe);
    }
    holders.clear();
    dropStyles();
  };
};
