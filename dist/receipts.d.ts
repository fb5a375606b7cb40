import { CategoryId, ConsentSource, Consent } from 'consent-gate';

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
 * `receipt` and never thrown. Returns a function that disconnects it.
 * @example
 * consentReceipts(createConsent(), { endpoint: '/consent/receipts', texts: () => banner.textContent ?? '' });
 */
declare const consentReceipts: (consent: Consent, options: ConsentReceiptsOptions) => (() => void);

export { consentReceipts };
export type { ConsentReceipt, ConsentReceiptsOptions };
