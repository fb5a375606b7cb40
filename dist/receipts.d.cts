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
 * Proof of one decision (GDPR art. 7(1)), sent to the site's own server. It holds nothing that
 * identifies the visitor: no IP address, user agent or fingerprint, only the random consent id
 * that is also in the consent cookie.
 * @example
 * // { receiptId: 'c0a8…', consentId: '0b8e…', decidedAt: '2026-11-29T09:00:00.000Z', revision: 3,
 * //   granted: ['necessary', 'performance'], denied: ['functional', 'advertising'], locale: 'nl',
 * //   source: 'banner', url: 'https://www.limburg.be/nl/', textsHash: 'sha-256:9f86…' }
 */
interface ConsentReceipt {
    /** Random UUID of this receipt. A server stores each receipt id once, so sending again is harmless. */
    readonly receiptId: string;
    /** The visitor's consent id, as in the consent cookie (kept when the choice changes). */
    readonly consentId: string;
    /** When the decision was made, ISO 8601 in UTC, e.g. `2026-11-29T09:00:00.000Z`. */
    readonly decidedAt: string;
    /** Policy revision the decision was made for. */
    readonly revision: number;
    /** Granted categories, in the order `necessary`, `functional`, `performance`, `advertising`. */
    readonly granted: readonly CategoryId[];
    /** Denied categories, in the same order; together with `granted` every category once. */
    readonly denied: readonly CategoryId[];
    /** Language the visitor was addressed in (`nl`, `fr`, `de` or `en`). */
    readonly locale: string;
    /** How the decision was made: `banner`, `preferences`, `api`, `placeholder` or `gpc`. */
    readonly source: ConsentSource;
    /** The page the decision was made on: origin and path, never the query string or hash. */
    readonly url: string;
    /**
     * Hash of the UTF-8 bytes of `texts`, prefixed with its algorithm: `sha-256:<64 hex digits>`
     * through Web Crypto, or, where that is missing (pages not served over https),
     * `fnv-1a-32:<8 hex digits>` (32-bit FNV-1a: it tells versions of the texts apart, it does not
     * resist forgery).
     */
    readonly textsHash: string;
}
/**
 * Options of `consentReceipts`.
 * @example
 * { endpoint: '/consent/receipts', texts: () => bannerText[consent.state.locale], maxPending: 50 }
 */
interface ConsentReceiptsOptions {
    /**
     * Where receipts are POSTed as JSON: an http(s) URL or a relative one. Required. Use the site's
     * own origin: the browser sends the beacon without asking a server of another origin first.
     * @example '/consent/receipts'
     */
    readonly endpoint: string;
    /**
     * The texts the visitor saw (banner, preferences, policy summary), or a function returning them
     * at the moment of the decision. Only their hash is sent; keep every version to match receipts
     * to it. Default: none (the hash of an empty text).
     * @example () => document.querySelector('#consent-banner')!.textContent!
     */
    readonly texts?: string | (() => string);
    /** How many unsent receipts are kept in localStorage for the next page load; the oldest go first. Default: 20. */
    readonly maxPending?: number;
    /** The window whose navigator, fetch, localStorage, crypto and location are used. Default: the global window. */
    readonly window?: Window;
}
/**
 * Sends a receipt of every decision to `endpoint`, as proof of consent (GDPR art. 7(1)). Each
 * receipt is kept in localStorage until `navigator.sendBeacon` took it or `fetch` got an ok
 * answer; receipts left over are sent once more on the next page load (the server stores each
 * receipt id once). A reset sends nothing. A failure is reported as an `error` event with code
 * `storage` and never thrown. Returns a function that disconnects it.
 * @example
 * consentReceipts(createConsent(), { endpoint: '/consent/receipts', texts: () => banner.textContent ?? '' });
 */
declare const consentReceipts: (consent: Consent, options: ConsentReceiptsOptions) => (() => void);

export { consentReceipts };
export type { ConsentReceipt, ConsentReceiptsOptions };
