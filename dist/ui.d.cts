/** The four consent categories, in the order every list, record and UI uses. */
declare const CATEGORIES: readonly ["necessary", "functional", "performance", "advertising"];
/** A consent category id. */
type CategoryId = (typeof CATEGORIES)[number];
/** The categories a visitor can switch; `necessary` is always granted. */
type OptionalCategoryId = Exclude<CategoryId, 'necessary'>;
/** Granted (`true`) or denied (`false`) for every category. */
type Choices = Readonly<Record<CategoryId, boolean>>;

/** Where a decision came from; stored in the record as proof of how consent was given. */
type ConsentSource = 'banner' | 'preferences' | 'api' | 'placeholder' | 'gpc';
/** A cookie that a category sets, used to erase it on withdrawal and to list it in the UI. */
interface CookieDeclaration {
    /** Exact name (`_ga`), a name with `*` wildcards (`_ga_*`), or a RegExp (npm only). */
    readonly name: string | RegExp;
    /** Who sets it, e.g. "Google Analytics". */
    readonly provider?: string | LocalizedText;
    /** Why, in the visitor's words. */
    readonly purpose?: string | LocalizedText;
    /** How long it lives, e.g. "2 jaar". */
    readonly duration?: string | LocalizedText;
    /** Path it was set with. Default: `/`. */
    readonly path?: string;
    /** Domain it was set with. Default: the page's host and each parent domain are tried. */
    readonly domain?: string;
}
/** A text per locale, e.g. `{ nl: '2 jaar', fr: '2 ans' }`. */
type LocalizedText = Readonly<Partial<Record<string, string>>>;
/** Cookie attributes of the consent record. */
interface ConsentCookieConfig {
    /** Default: `consent_gate`. Must be an RFC 6265 token. */
    readonly name?: string;
    /** Default: none (host-only). Must be the page's host or a parent of it, e.g. `.limburg.be`. */
    readonly domain?: string;
    /** Default: `/`. */
    readonly path?: string;
    /** Default: `Lax`. */
    readonly sameSite?: 'Lax' | 'Strict' | 'None';
    /** Default: on when the page is served over https. */
    readonly secure?: boolean;
    /** Days until the visitor is asked again. Default: 182; at most 400. */
    readonly expires?: number;
}
/** A frozen snapshot of the consent state. */
interface ConsentState {
    /** Whether a valid decision exists for the current revision. */
    readonly decided: boolean;
    /** Granted or denied per category; only `necessary` before a decision. */
    readonly choices: Choices;
    /** Random id of this visitor's consent (kept when the choice changes), or null. */
    readonly consentId: string | null;
    /** Policy revision the decision was made for (the configured one before a decision). */
    readonly revision: number;
    /** When the decision was made (ms since epoch), or null. */
    readonly decidedAt: number | null;
    /** When the decision expires (ms since epoch), or null. */
    readonly expiresAt: number | null;
    /** How the decision was made, or null. */
    readonly source: ConsentSource | null;
    /** Locale the visitor was addressed in. */
    readonly locale: string;
    /** Whether a Global Privacy Control signal was present at the decision (advertising then stays denied unless switched on explicitly). */
    readonly gpc: boolean;
    /** Whether the decision is stored (false when the browser refused the cookie). */
    readonly stored: boolean;
}
/** Codes of `error` events. */
type ConsentErrorCode = 'storage' | 'script' | 'listener' | 'config' | 'receipt';
/** Events and their payloads. */
interface ConsentEvents {
    /** A decision was made or changed, here or (`remote`) in another tab of the site. */
    decision: {
        readonly state: ConsentState;
        readonly previous: ConsentState;
        readonly remote: boolean;
    };
    /** A category went from denied to granted. */
    grant: {
        readonly category: CategoryId;
        readonly state: ConsentState;
    };
    /** A category went from granted to denied. */
    deny: {
        readonly category: CategoryId;
        readonly state: ConsentState;
    };
    /** A gated element was activated (script inserted, iframe/img loaded). */
    activate: {
        readonly element: Element;
        readonly categories: readonly CategoryId[];
    };
    /** A gated iframe/img was unloaded after a withdrawal. */
    deactivate: {
        readonly element: Element;
        readonly categories: readonly CategoryId[];
    };
    /** The UI opened a view. */
    'ui:open': {
        readonly view: 'banner' | 'preferences';
    };
    /** The UI closed a view. */
    'ui:close': {
        readonly view: 'banner' | 'preferences';
    };
    /** Something failed without breaking the page. */
    error: {
        readonly code: ConsentErrorCode;
        readonly message: string;
        readonly cause?: unknown;
        readonly element?: Element;
    };
}
type ConsentEventName = keyof ConsentEvents;
type ConsentHandler<K extends ConsentEventName> = (payload: ConsentEvents[K]) => void;
/** Options of the methods that record a decision. */
interface DecisionOptions {
    /** Default: `api`. */
    readonly source?: ConsentSource;
}
/** A consent instance, from `createConsent`. */
interface Consent {
    /** Whether every listed category is granted, e.g. `allowed('performance')`. */
    allowed(...categories: CategoryId[]): boolean;
    /** Grants every category (advertising stays denied under GPC). */
    acceptAll(options?: DecisionOptions): ConsentState;
    /** Denies every optional category. */
    rejectAll(options?: DecisionOptions): ConsentState;
    /** Adds grants, keeping the others as they are: `grant(['performance'])`. */
    grant(categories: OptionalCategoryId | readonly OptionalCategoryId[], options?: DecisionOptions): ConsentState;
    /** Replaces the choice; categories left out are denied: `set({ functional: true })`. */
    set(choices: Readonly<Partial<Record<OptionalCategoryId, boolean>>>, options?: DecisionOptions): ConsentState;
    /** Forgets the decision (the visitor is asked again); withdrawn categories are cleaned up. */
    reset(): ConsentState;
    /** The current frozen state. */
    get(): ConsentState;
    /** The current frozen state. */
    readonly state: ConsentState;
    /** The validated, frozen configuration. */
    readonly config: ResolvedConfig;
    /** Subscribes; returns the function that unsubscribes. */
    on<K extends ConsentEventName>(event: K, handler: ConsentHandler<K>): () => void;
    /** Subscribes for one call; returns the function that unsubscribes. */
    once<K extends ConsentEventName>(event: K, handler: ConsentHandler<K>): () => void;
    /** Emits an event to the listeners (for extensions such as the default UI). */
    emit<K extends ConsentEventName>(event: K, payload: ConsentEvents[K]): void;
    /**
     * Loads one gated element (an embed the visitor asked for) for this page view only, without
     * granting its category: nothing is stored and other elements stay blocked.
     * @example consent.allowOnce(document.querySelector('iframe[data-consent]')!)
     */
    allowOnce(element: Element): void;
    /** Stops gating, tab sync and listeners. */
    destroy(): void;
}
/** The configuration after validation, with every default filled in. */
interface ResolvedConfig {
    readonly revision: number;
    readonly cookie: Readonly<Required<Omit<ConsentCookieConfig, 'domain'>> & {
        domain: string | undefined;
    }>;
    readonly categories: Readonly<Record<CategoryId, {
        readonly cookies: readonly CookieDeclaration[];
    }>>;
    readonly locale: string;
    readonly reloadOnWithdraw: boolean;
    readonly gpc: boolean;
    readonly gating: boolean;
    readonly crossTab: boolean;
}

/**
 * Thrown by `createConsent` for invalid configuration. `field` is the dotted path of the
 * offending field, e.g. `cookie.expires`.
 * @example
 * try { createConsent({ revision: -1 }) } catch (e) { if (e instanceof ConsentConfigError) e.field }
 */
declare class ConsentConfigError extends Error {
    /** Dotted path of the invalid field, e.g. `cookie.expires`. */
    readonly field: string;
    constructor(field: string, expected: string, received: unknown);
}

/** Locales the default texts exist in; the first is the fallback. */
declare const LOCALES: readonly ["nl", "fr", "de", "en"];
/** A locale the default texts exist in. */
type Locale = (typeof LOCALES)[number];

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
    /** Opens the preferences dialog on the stored choices; focus returns to `opener` (default: the focused element) when it closes. */
    showPreferences(opener?: Element | null): void;
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
