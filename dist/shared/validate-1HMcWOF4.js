/*! consent-gate v0.1.0 | MIT */
import { f as freeze } from './errors-DoGDOgfH.js';

const isRecord = (value) => typeof value == 'object' && value !== null && !Array.isArray(value) && !(value instanceof RegExp);
const isString = (value) => typeof value == 'string';
/**
 * Whether a URL may become a link or an endpoint: http(s), or relative to the page. `javascript:`, `data:` and
 * every other scheme are refused, after the same clean-up a browser does (tabs, newlines and
 * leading control characters are dropped by the URL parser, so `java\tscript:` is caught too).
 */
const isSafeUrl = (value) => {
    if (!isString(value) || value.trim() === '')
        return false;
    try {
        return /^https?:$/.test(new URL(value, 'https://base.invalid/').protocol);
    }
    catch {
        return false;
    }
};
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

export { isRecord as a, invalid as b, isSafeUrl as c, isString as i, validate as v };
