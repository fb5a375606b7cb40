/*! consent-gate v0.1.0 | MIT */
import { f as freeze } from './locale-DWh8x0hp.js';

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
            : `an ${typeof value}`;

const isRecord = (value) => typeof value == 'object' && value !== null && !Array.isArray(value) && !(value instanceof RegExp);
const isString = (value) => typeof value == 'string';
/** Throws the error for a field, or with `report` reports it; returns undefined, i.e. "use the default". */
const invalid = (run, field, expected, received) => {
    const error = new run.error(field || run.root, expected, received);
    if (!run.report)
        throw error;
    run.report(error);
};
/**
 * Checks a value against a schema and returns its valid parts, frozen. An invalid field throws,
 * or with `report` is reported and left out, so that its default applies.
 */
const validate = (schema, value, field, run) => {
    const fail = (expected) => invalid(run, field, expected, value);
    if (typeof schema[0] == 'function') {
        const [test, expected, required] = schema;
        if (value === undefined)
            return required ? fail(expected) : undefined;
        return test(value, run.page) ? value : fail(expected);
    }
    if (value === undefined)
        return undefined;
    if (Array.isArray(schema)) {
        if (!Array.isArray(value))
            return fail('an array');
        return freeze(value.flatMap((item, index) => validate(schema[0], item, `${field}[${index}]`, run) ?? []));
    }
    if (!isRecord(value))
        return fail('an object');
    const out = {};
    for (const key in value) {
        const inner = schema[key] ?? [() => false, `a known key (${Object.keys(schema).join(', ')})`];
        const valid = validate(inner, value[key], field ? `${field}.${key}` : key, run);
        // Only valid fields are kept, so that spreading the result over defaults keeps the defaults.
        if (valid !== undefined)
            out[key] = valid;
    }
    // A required field that is missing or invalid makes the whole item invalid.
    for (const key in schema) {
        if (schema[key][2] && out[key] === undefined)
            return value[key] === undefined ? fail(`an object with a "${key}"`) : undefined;
    }
    return freeze(out);
};

export { ConsentConfigError as C, isRecord as a, invalid as b, fail as f, isString as i, validate as v };
