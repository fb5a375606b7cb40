/*! consent-gate v0.1.0 | MIT */
'use strict';

/**
 * An RFC 9562 version 4 UUID. `randomUUID` exists only in secure contexts, `getRandomValues`
 * everywhere; without either (very old engines) Math.random still gives a unique enough id.
 */
const randomUuid = (crypto) => crypto?.randomUUID?.() ??
    '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) => {
        const random = crypto ? crypto.getRandomValues(new Uint8Array(1))[0] : Math.random() * 256;
        // Every 0 and 1 becomes a random hex digit; the 4 (version) stays, the 8 becomes 8-b (variant).
        return (+digit ^ (random & (15 >> (+digit / 4)))).toString(16);
    });

exports.randomUuid = randomUuid;
