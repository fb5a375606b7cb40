/*! consent-gate v0.1.0 | MIT */
/** `Object.freeze` under a short name of its own: the core freezes everything it hands out, in many places. */
const freeze = Object.freeze;

/** Every message of the core reads "consent-gate: <what>: expected <this>, received <that>". */
const message = (what, expected, received) => `consent-gate: ${what}: expected ${expected}, received ${describe(received)}`;
/**
 * Thrown by `createConsent` for invalid configuration. `field` is the dotted path of the
 * offending field, e.g. `cookie.expires`.
 * @example
 * try { createConsent({ revision: -1 }) } catch (e) { if (e instanceof ConsentConfigError) e.field }
 */
class ConsentConfigError extends Error {
    constructor(field, expected, received) {
        super(message(`invalid config "${field}"`, expected, received));
        this.name = 'ConsentConfigError';
        this.field = field;
    }
}
/** Throws the TypeError for a bad argument of a method, e.g. `fail('grant()', 'a category id', 7)`. */
const fail = (method, expected, received) => {
    throw new TypeError(message(method, expected, received));
};
/** A short, safe description of a value for error messages (never a function's source). */
const describe = (value) => typeof value == 'string'
    ? JSON.stringify(value.slice(0, 60))
    : value === null || (typeof value != 'object' && typeof value != 'function') || value instanceof RegExp
        ? String(value)
        : Array.isArray(value)
            ? 'an array'
            : typeof value == 'function'
                ? 'a function'
                : 'an object';

export { ConsentConfigError as C, fail as a, freeze as f };
