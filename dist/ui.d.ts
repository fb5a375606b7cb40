import { Locale, ConsentConfigError, Consent } from 'consent-gate';

/**
 * Every text the default UI shows, per locale. `{controller}` in `bannerText` and `dialogText`
 * is replaced by the configured controller's name (inserted as text, never as HTML).
 * @example
 * const texts: Texts = { ...nl, acceptAll: 'Ja, graag' };
 */
interface Texts {
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
type UiLocales = Readonly<Partial<Record<Locale, Texts>>>;
/**
 * Texts replaced per locale and key; keys left out keep the locale's default.
 * @example
 * const texts: TextOverrides = { nl: { bannerTitle: 'Cookies op limburg.be' } };
 */
type TextOverrides = Readonly<Partial<Record<Locale, Partial<Texts>>>>;

/**
 * Where the optional floating "cookie settings" button sits.
 * @example
 * mountUi(consent, { locales: { nl }, floatingButton: 'bottom-left' });
 */
type FloatingButtonPosition = 'bottom-left' | 'bottom-right';
/**
 * Everything `mountUi` accepts. Only `locales` is required.
 * @example
 * const options: UiOptions = { locales: { nl, fr }, policyUrl: '/privacy', controller: 'De provincie Limburg' };
 */
interface UiOptions {
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
declare class UiConfigError extends ConsentConfigError {
    constructor(field: string, expected: string, received: unknown);
}

/**
 * Controls a mounted UI, from `mountUi`.
 * @example
 * const ui = mountUi(consent, { locales: { nl } }); ui.showPreferences();
 */
interface UiHandle {
    /** Shows the first layer, also after a decision. */
    showBanner(): void;
    /**
     * Opens the preferences dialog on the stored choices; focus returns to `opener` (default: the
     * focused element) when it closes. Given an event (as a listener), its `currentTarget` is the opener.
     */
    showPreferences(opener?: Element | Event | null): void;
    /** Hides the banner and closes the dialog without recording anything. */
    hide(): void;
    /** Removes the UI, its styles and its listeners. */
    destroy(): void;
}
/**
 * Mounts the default UI on a consent instance: the banner while no decision exists, the
 * preferences dialog on request and on every click on a `[data-consent-open]` element (present
 * now or added later). Invalid options throw a `UiConfigError` naming the field. On a server
 * it returns a handle that does nothing; before `<body>` exists it waits for it.
 * @example
 * import { createConsent } from 'consent-gate';
 * import { mountUi, nl, fr } from 'consent-gate/ui';
 * const ui = mountUi(createConsent(), { locales: { nl, fr }, policyUrl: '/privacy' });
 */
declare const mountUi: (consent: Consent, options: UiOptions) => UiHandle;

/**
 * Dutch texts. The category names are the province of Limburg's own.
 * @example
 * mountUi(consent, { locales: { nl } });
 */
declare const nl: Texts;

/**
 * French texts.
 * @example
 * mountUi(consent, { locales: { fr } });
 */
declare const fr: Texts;

/**
 * German texts.
 * @example
 * mountUi(consent, { locales: { de } });
 */
declare const de: Texts;

/**
 * English texts.
 * @example
 * mountUi(consent, { locales: { en } });
 */
declare const en: Texts;

export { UiConfigError, de, en, fr, mountUi, nl };
export type { FloatingButtonPosition, TextOverrides, Texts, UiHandle, UiLocales, UiOptions };
