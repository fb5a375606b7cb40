import type { Locale } from '../core/locale';

/**
 * Every text the default UI shows, per locale. `{controller}` in `bannerText` and `dialogText`
 * is replaced by the configured controller's name (inserted as text, never as HTML).
 * @example
 * const texts: Texts = { ...nl, acceptAll: 'Ja, graag' };
 */
export interface Texts {
  /** Heading of the first layer (also its accessible name). */
  readonly bannerTitle: string;
  /** Body of the first layer: who uses cookies, why, and how to change the choice later. */
  readonly bannerText: string;
  /** Text of the link to the cookie policy (shown when `policyUrl` is set). */
  readonly policyLink: string;
  /** Grants every category. */
  readonly acceptAll: string;
  /** Denies every optional category. */
  readonly rejectAll: string;
  /** Opens the second layer from the banner. */
  readonly settings: string;
  /** Heading and accessible name of the dialog; also the floating button's label. */
  readonly dialogTitle: string;
  /** Intro of the dialog. */
  readonly dialogText: string;
  /** Legend of the group of switches. */
  readonly categories: string;
  /** Shown next to the `necessary` switch, which cannot be turned off. */
  readonly alwaysOn: string;
  /** Saves the switches as they are. */
  readonly save: string;
  /** Closes the dialog without saving. */
  readonly close: string;
  /** Announced in the status region after a choice was saved. */
  readonly saved: string;
  /** Caption of a category's cookie table. */
  readonly cookiesCaption: string;
  /** Column header: the cookie's name. */
  readonly cookieName: string;
  /** Column header: who sets the cookie. */
  readonly cookieProvider: string;
  /** Column header: why it is set. */
  readonly cookiePurpose: string;
  /** Column header: how long it is kept. */
  readonly cookieDuration: string;
  /** Name of the `necessary` category (its switch's label). */
  readonly necessary: string;
  /** What `necessary` cookies do, and that they cannot be turned off. */
  readonly necessaryText: string;
  /** Name of the `functional` category. */
  readonly functional: string;
  /** What `functional` cookies do. */
  readonly functionalText: string;
  /** Name of the `performance` category. */
  readonly performance: string;
  /** What `performance` cookies do. */
  readonly performanceText: string;
  /** Name of the `advertising` category. */
  readonly advertising: string;
  /** What `advertising` cookies do. */
  readonly advertisingText: string;
}

/**
 * The locale packs a UI may show, e.g. `{ nl, fr }`. Import only those you need, so that a
 * bundler leaves the others out.
 * @example
 * import { nl, fr } from 'consent-gate/ui';
 * const locales: UiLocales = { nl, fr };
 */
export type UiLocales = Readonly<Partial<Record<Locale, Texts>>>;

/**
 * Texts replaced per locale and key; keys left out keep the locale's default.
 * @example
 * const texts: TextOverrides = { nl: { bannerTitle: 'Cookies op limburg.be' } };
 */
export type TextOverrides = Readonly<Partial<Record<Locale, Partial<Texts>>>>;
