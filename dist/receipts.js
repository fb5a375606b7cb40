/*! consent-gate v0.1.0 | MIT */
import { a as fail } from './shared/errors-DoGDOgfH.js';
import { r as randomUuid } from './shared/random-uuid-Xzb4syvT.js';
import { c as isSafeUrl } from './shared/validate-1HMcWOF4.js';

/** localStorage key of the receipts not yet sent: a JSON array, oldest first. */
const KEY = 'consent-gate:receipts';
const OPTION_KEYS = ['endpoint', 'texts', 'maxPending', 'window'];
const invalid = (field, expected, received) => fail(`consentReceipts(): invalid option "${field}"`, expected, received);
/** What `run` returns, or undefined when it throws (storage blocked or full, a refused beacon). */
const attempt = (run) => {
    try {
        return run();
    }
    catch {
        return undefined;
    }
};
/** `sha-256:<hex>` through Web Crypto; without it (insecure contexts), 32-bit FNV-1a. */
const hashText = async (crypto, text) => {
    const bytes = new TextEncoder().encode(text);
    try {
        const digest = await crypto.subtle.digest('SHA-256', bytes);
        return `sha-256:${Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
    }
    catch {
        let hash = 0x811c9dc5;
        for (const byte of bytes)
            hash = Math.imul(hash ^ byte, 0x01000193);
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
const consentReceipts = (consent, options) => {
    if (typeof options != 'object' || !options)
        invalid('options', 'an object with an endpoint', options);
    for (const key of Object.keys(options))
        if (!OPTION_KEYS.includes(key))
            invalid(key, `one of ${OPTION_KEYS.join(', ')}`, key);
    const { endpoint, texts = '', maxPending = 20 } = options;
    if (!isSafeUrl(endpoint))
        invalid('endpoint', 'an http(s) or relative URL', endpoint);
    const getTexts = typeof texts == 'function' ? texts : typeof texts == 'string' ? () => texts : invalid('texts', 'a string or a function', texts);
    if (!(Number.isInteger(maxPending) && maxPending > 0))
        invalid('maxPending', 'a whole number from 1', maxPending);
    const win = options.window ?? globalThis.window;
    if (!win)
        return () => { };
    const report = (problem) => (cause) => consent.emit('error', { code: 'receipt', message: `consent-gate: a consent receipt ${problem}`, cause });
    const broken = report('could not be made');
    const fail = report('could not be sent; it is sent again on the next page load');
    // localStorage may be missing, blocked (throws) or full: receipts then live in memory only.
    let memory = [];
    const read = () => 
    // A damaged list (not JSON, not an array) is not read.
    attempt(() => JSON.parse(win.localStorage.getItem(KEY) || '[]').filter((receipt) => receipt?.receiptId)) ?? memory;
    const write = (list) => {
        memory = list;
        attempt(() => win.localStorage.setItem(KEY, JSON.stringify(list)));
    };
    const send = async (receipt) => {
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
            if (!response.ok)
                throw new Error(`HTTP ${response.status}`);
        }
        write(read().filter(({ receiptId }) => receiptId !== receipt.receiptId));
    };
    // Receipts are made one after the other, so that they are kept and sent in the order of the decisions.
    let queue = Promise.resolve();
    // The next page load: whatever is left is sent once more (each receipt once per page load).
    for (const receipt of read())
        send(receipt).catch(fail);
    return consent.on('decision', ({ state, remote }) => {
        // A decision made in another tab reaches this one too; the tab that made it sends the receipt.
        if (remote || !state.decided)
            return;
        try {
            // The texts of the moment of the decision, not of when the receipt is made.
            const shown = getTexts();
            queue = queue
                .then(async () => {
                const { choices } = state;
                const ids = Object.keys(choices);
                const receipt = {
                    receiptId: randomUuid(win.crypto),
                    consentId: state.consentId,
                    decidedAt: new Date(state.decidedAt).toISOString(),
                    revision: state.revision,
                    granted: ids.filter((id) => choices[id]),
                    denied: ids.filter((id) => !choices[id]),
                    locale: state.locale,
                    source: state.source,
                    url: win.location.origin + win.location.pathname,
                    textsHash: await hashText(win.crypto, shown),
                };
                // Kept first, so that a page closed before the answer sends it on the next load.
                write([...read(), receipt].slice(-maxPending));
                send(receipt).catch(fail);
            })
                .catch(broken);
        }
        catch (error) {
            broken(error);
        }
    });
};

export { consentReceipts };
