import type { CategoryId, Consent, ConsentSource } from '../../core';
import { fail } from '../../core/errors';
import { randomUuid } from '../../core/random-uuid';
import { isSafeUrl } from '../../core/validate';

/**
 * Proof of one decision (GDPR art. 7(1)), sent to the site's own server. It holds nothing that
 * identifies the visitor: no IP address, user agent or fingerprint, only the random consent id
 * that is also in the consent cookie.
 * @example
 * // { receiptId: 'c0a8…', consentId: '0b8e…', decidedAt: '2026-11-29T09:00:00.000Z', revision: 3,
 * //   granted: ['necessary', 'performance'], denied: ['functional', 'advertising'], locale: 'nl',
 * //   source: 'banner', url: 'https://www.limburg.be/nl/', textsHash: 'sha-256:9f86…' }
 */
export interface ConsentReceipt {
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
export interface ConsentReceiptsOptions {
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

/** localStorage key of the receipts not yet sent: a JSON array, oldest first. */
const KEY = 'consent-gate:receipts';
const OPTION_KEYS = ['endpoint', 'texts', 'maxPending', 'window'];

const invalid = (field: string, expected: string, received: unknown): never =>
  fail(`consentReceipts(): invalid option "${field}"`, expected, received);

/** What `run` returns, or undefined when it throws (storage blocked or full, a refused beacon). */
const attempt = <T>(run: () => T): T | undefined => {
  try {
    return run();
  } catch {
    return undefined;
  }
};

/** `sha-256:<hex>` through Web Crypto; without it (insecure contexts), 32-bit FNV-1a. */
const hashText = async (crypto: Crypto, text: string): Promise<string> => {
  const bytes = new TextEncoder().encode(text);
  try {
    const digest = await crypto.subtle.digest('SHA-256', bytes);
    return `sha-256:${Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  } catch {
    let hash = 0x811c9dc5;
    for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193);
    return `fnv-1a-32:${(hash >>> 0).toString(16).padStart(8, '0')}`;
  }
};

/**
 * Sends a receipt of every decision to `endpoint`, as proof of consent (GDPR art. 7(1)). Each
 * receipt is kept in localStorage until `navigator.sendBeacon` took it or `fetch` got an ok
 * answer; receipts left over are sent once more on the next page load (the server stores each
 * receipt id once). A reset sends nothing. A failure is reported as an `error` event with code
 * `receipt` and never thrown. Returns a function that disconnects it.
 * @example
 * consentReceipts(createConsent(), { endpoint: '/consent/receipts', texts: () => banner.textContent ?? '' });
 */
export const consentReceipts = (consent: Consent, options: ConsentReceiptsOptions): (() => void) => {
  if (typeof options != 'object' || !options) invalid('options', 'an object with an endpoint', options);
  for (const key of Object.keys(options)) if (!OPTION_KEYS.includes(key)) invalid(key, `one of ${OPTION_KEYS.join(', ')}`, key);
  const { endpoint, texts = '', maxPending = 20 } = options;
  if (!isSafeUrl(endpoint)) invalid('endpoint', 'an http(s) or relative URL', endpoint);
  const getTexts = typeof texts == 'function' ? texts : typeof texts == 'string' ? () => texts : invalid('texts', 'a string or a function', texts);
  if (!(Number.isInteger(maxPending) && maxPending > 0)) invalid('maxPending', 'a whole number from 1', maxPending);

  const win = options.window ?? globalThis.window;
  if (!win) return () => {};
  const report = (problem: string) => (cause: unknown) =>
    consent.emit('error', { code: 'receipt', message: `consent-gate: a consent receipt ${problem}`, cause });
  const broken = report('could not be made');
  const fail = report('could not be sent; it is sent again on the next page load');

  // localStorage may be missing, blocked (throws) or full: receipts then live in memory only.
  let memory: ConsentReceipt[] = [];
  const read = (): ConsentReceipt[] =>
    // A damaged list (not JSON, not an array) is not read.
    attempt(() => (JSON.parse(win.localStorage.getItem(KEY) || '[]') as ConsentReceipt[]).filter((receipt) => receipt?.receiptId)) ?? memory;
  const write = (list: ConsentReceipt[]): void => {
    memory = list;
    attempt(() => win.localStorage.setItem(KEY, JSON.stringify(list)));
  };

  const send = async (receipt: ConsentReceipt): Promise<void> => {
    const body = JSON.stringify(receipt);
    // A missing or refused beacon (an extension, a policy) may still go through fetch.
    if (!attempt(() => win.navigator.sendBeacon(endpoint, new Blob([body], { type: 'application/json' })))) {
      const response = await win.fetch(endpoint, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
        keepalive: true,
        credentials: 'same-origin',
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    }
    write(read().filter(({ receiptId }) => receiptId !== receipt.receiptId));
  };

  // Receipts are made one after the other, so that they are kept and sent in the order of the decisions.
  let queue = Promise.resolve();
  // The next page load: whatever is left is sent once more (each receipt once per page load).
  for (const receipt of read()) send(receipt).catch(fail);
  return consent.on('decision', ({ state, remote }) => {
    // A decision made in another tab reaches this one too; the tab that made it sends the receipt.
    if (remote || !state.decided) return;
    try {
      // The texts of the moment of the decision, not of when the receipt is made.
      const shown = getTexts();
      queue = queue
        .then(async () => {
          const { choices } = state;
          const ids = Object.keys(choices) as CategoryId[];
          const receipt: ConsentReceipt = {
            receiptId: randomUuid(win.crypto),
            consentId: state.consentId!,
            decidedAt: new Date(state.decidedAt!).toISOString(),
            revision: state.revision,
            granted: ids.filter((id) => choices[id]),
            denied: ids.filter((id) => !choices[id]),
            locale: state.locale,
            source: state.source!,
            url: win.location.origin + win.location.pathname,
            textsHash: await hashText(win.crypto, shown),
          };
          // Kept first, so that a page closed before the answer sends it on the next load.
          write([...read(), receipt].slice(-maxPending));
          send(receipt).catch(fail);
        })
        .catch(broken);
    } catch (error) {
      broken(error);
    }
  });
};
