/** Locales the default texts exist in; the first is the fallback. */
declare const LOCALES: readonly ["nl", "fr", "de", "en"];
/** A locale the default texts exist in. */
type Locale = (typeof LOCALES)[number];

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
 * The texts of a placeholder, per locale. `{title}` is the embed's `title`, `{categories}` the
 * names of the categories it needs; both are inserted as text, never as HTML.
 * @example
 * const texts: PlaceholderTexts = { ...placeholderNl, once: 'Deze video nu tonen' };
 */
interface PlaceholderTexts {
    /** Says what is blocked and why. */
    readonly notice: string;
    /** Button that grants the categories the embed needs (for every page, until withdrawn). */
    readonly allow: string;
    /** Button that loads only this embed, for this page view. */
    readonly once: string;
    /** Button that opens the cookie preferences (named unlike the page's own reopen link). */
    readonly settings: string;
    /** Used for `{title}` when the embed has no `title`. */
    readonly untitled: string;
    /** How the category names are joined: "en", "et", "und", "and". */
    readonly and: string;
    /** The category names, as in the preferences. */
    readonly names: Readonly<Record<CategoryId, string>>;
}

/** Options of `embedPlaceholders`. Only `locales` is required. */
interface PlaceholderOptions {
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
/**
 * Shows a notice in place of every gated iframe (video, map, form) that is blocked: what it is
 * (its `title`), which categories it needs, a button that allows them, one that loads just this
 * embed, and one that opens the preferences. The embed keeps its box, so loading it shifts
 * nothing; a withdrawal shows the notice again. Embeds added later get one too.
 * Returns the function that removes the placeholders.
 * @example
 * embedPlaceholders(consent, { locales: { nl: placeholderNl, fr: placeholderFr } });
 */
declare const embedPlaceholders: (consent: Consent, options: PlaceholderOptions) => (() => void);

/** German placeholder texts. @example embedPlaceholders(consent, { locales: { de: placeholderDe } }) */
declare const placeholderDe: PlaceholderTexts;

/** English placeholder texts. @example embedPlaceholders(consent, { locales: { en: placeholderEn } }) */
declare const placeholderEn: PlaceholderTexts;

/** French placeholder texts. @example embedPlaceholders(consent, { locales: { fr: placeholderFr } }) */
declare const placeholderFr: PlaceholderTexts;

/** Dutch placeholder texts. @example embedPlaceholders(consent, { locales: { nl: placeholderNl } }) */
declare const placeholderNl: PlaceholderTexts;

export { embedPlaceholders, placeholderDe, placeholderEn, placeholderFr, placeholderNl };
export type { PlaceholderOptions, PlaceholderTexts };
