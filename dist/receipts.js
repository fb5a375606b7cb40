/*! consent-gate v0.1.0 | MIT */
import { r as randomUuid } from './shared/random-uuid-Xzb4syvT.js';

/** localStorage key of the receipts not yet sent: a JSON array, oldest first. */
const KEY = 'consent-gate:receipts';
const OPTION_KEYS = ['endpoint', 'texts', 'maxPending', 'window'];
const invalid = (field, expected, received) => {
    throw new TypeError(`consent-gate: consentReceipts(): invalid option "${field}": expected ${expected}, received ${typeof received == 'string' ? JSON.stringify(received) : String(received)}`);
};
const hex = (bytes) => Array.from(bytes, (byte) => (byte | 256).toString(16).slice(1)).join('');
/** `sha-256:<hex>` through Web Crypto; without it (insecure contexts), 32-bit FNV-1a. */
const hashText = async (crypto, text) => {
    const bytes = new TextEncoder().encode(text);
    try {
        return `sha-256:${hex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)))}`;
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
 * `storage` and never thrown. Returns a function that disconnects it.
 * @example
 * consentReceipts(createConsent(), { endpoint: '/consent/receipts', texts: () => banner.textContent ?? '' });
 */
const consentReceipts = (consent, options) => {
    if (typeof options != 'object' || options === null)
        invalid('options', 'an object with an endpoint', options);
    for (const key of Object.keys(options))
        if (!OPTION_KEYS.includes(key))
            invalid(key, `one of ${OPTION_KEYS.join(', ')}`, key);
    const { endpoint, texts = '', maxPending = 20 } = options;
    let url = false;
    try {
        url = /^https?:$/.test(new URL(endpoint, 'http://a').protocol) && !!endpoint.trim();
    }
    catch {
        // Not a URL (or not a string): reported below.
    }
    if (!url)
        invalid('endpoint', 'an http(s) or relative URL', endpoint);
    if (typeof texts != 'string' && typeof texts != 'function')
        invalid('texts', 'a string or a function', texts);
    if (!(Number.isInteger(maxPending) && maxPending > 0))
        invalid('maxPending', 'a whole number from 1', maxPending);
    const win = options.window ?? (typeof window == 'undefined' ? undefined : window);
    if (!win)
        return () => { };
    const report = (problem) => (cause) => consent.emit('error', { code: 'receipt', message: `consent-gate: a consent receipt ${problem}`, cause });
    const fail = report('could not be sent; it is sent again on the next page load');
    const broken = report('could not be made');
    // localStorage may be missing, blocked (throws) or full: receipts then live in memory only.
    let memory = [];
    const read = () => {
        try {
            const list = JSON.parse(win.localStorage.getItem(KEY) || '[]');
            return Array.isArray(list) ? list.filter((receipt) => receipt?.receiptId) : [];
        }
        catch {
            return memory;
        }
    };
    const write = (list) => {
        memory = list;
        try {
            win.localStorage.setItem(KEY, JSON.stringify(list));
        }
        catch {
            // Memory only.
        }
    };
    const send = async (receipt) => {
        const body = JSON.stringify(receipt);
        let beacon;
        try {
            beacon = win.navigator.sendBeacon?.(endpoint, new Blob([body], { type: 'application/json' }));
        }
        catch {
            // A refused beacon (an extension, a policy) may still go through fetch.
        }
        if (!beacon) {
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
    const receive = (state) => {
        if (!state.decided)
            return;
        const { choices } = state;
        const categories = Object.keys(choices);
        const granted = categories.filter((id) => choices[id]);
        const text = typeof texts == 'function' ? texts() : texts;
        queue = queue
            .then(async () => {
            const receipt = {
                receiptId: randomUuid(win.crypto),
                consentId: state.consentId,
                decidedAt: new Date(state.decidedAt).toISOString(),
                revision: state.revision,
                granted,
                denied: categories.filter((id) => !choices[id]),
                locale: state.locale,
                source: state.source,
                url: win.location.origin + win.location.pathname,
                textsHash: await hashText(win.crypto, text),
            };
            // Kept first, so that a page closed before the answer sends it on the next load.
            write([...read(), receipt].slice(-maxPending));
            send(receipt).catch(fail);
        })
            .catch(broken);
    };
    // The next page load: whatever is left is sent once more (each receipt once per page load).
    for (const receipt of read())
        send(receipt).catch(fail);
    return consent.on('decision', ({ state, remote }) => {
        // A decision made in another tab reaches this one too; the tab that made it sends the receipt.
        if (remote)
            return;
        try {
            receive(state);
        }
        catch (error) {
            broken(error);
        }
    });
};

export { consentReceipts };
