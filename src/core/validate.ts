import { ConsentConfigError } from './errors';
import { freeze } from './freeze';

/** A field check: the test, what the field expects (for the message), and whether it is required. */
export type Check = readonly [test: (value: any, page: any) => boolean, expected: string, required?: boolean];
/** An object's fields, a list of one kind of item, or a single check. */
export type Schema = Check | readonly [Schema] | { readonly [key: string]: Schema };

/** One validation: shared by the core's configuration and the UI's options. */
export interface Validation {
  /** Handed to every test, e.g. facts about the page. */
  readonly page?: unknown;
  /** What the whole value is called in messages: `config`, `options`. */
  readonly root: string;
  /** The error to throw or report. */
  readonly error: new (field: string, expected: string, received: unknown) => ConsentConfigError;
  /** Called with each problem when the caller prefers defaults to an exception (the script tag). */
  readonly report?: ((error: any) => void) | undefined;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value == 'object' && value !== null && !Array.isArray(value) && !(value instanceof RegExp);
export const isString = (value: unknown): value is string => typeof value == 'string';

/**
 * Whether a URL may become a link or an endpoint: http(s), or relative to the page. `javascript:`, `data:` and
 * every other scheme are refused, after the same clean-up a browser does (tabs, newlines and
 * leading control characters are dropped by the URL parser, so `java\tscript:` is caught too).
 */
export const isSafeUrl = (value: unknown): value is string => {
  if (!isString(value) || value.trim() === '') return false;
  try {
    return /^https?:$/.test(new URL(value, 'https://base.invalid/').protocol);
  } catch {
    return false;
  }
};

/** Throws the error for a field, or with `report` reports it; returns undefined, i.e. "use the default". */
export const invalid = (run: Validation, field: string, expected: string, received: unknown): undefined => {
  const error = new run.error(field || run.root, expected, received);
  if (!run.report) throw error;
  run.report(error);
};

/**
 * Checks a value against a schema and returns its valid parts, frozen. An invalid field throws,
 * or with `report` is reported and left out, so that its default applies.
 */
export const validate = (schema: Schema, value: unknown, field: string, run: Validation): any => {
  const fail = (expected: string): undefined => invalid(run, field, expected, value);
  if (typeof schema[0] == 'function') {
    const [test, expected, required] = schema as Check;
    if (value === undefined) return required ? fail(expected) : undefined;
    return test(value, run.page) ? value : fail(expected);
  }
  if (value === undefined) return undefined;
  if (Array.isArray(schema)) {
    if (!Array.isArray(value)) return fail('an array');
    return freeze(value.flatMap((item, index) => validate(schema[0], item, `${field}[${index}]`, run) ?? []));
  }
  if (!isRecord(value)) return fail('an object');
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const inner = (schema as Record<string, Schema>)[key] ?? [() => false, `a known key (${Object.keys(schema).join(', ')})`];
    const valid = validate(inner, value[key], field ? `${field}.${key}` : key, run);
    // Only valid fields are kept, so that spreading the result over defaults keeps the defaults.
    if (valid !== undefined) out[key] = valid;
  }
  // A required field that is missing or invalid makes the whole item invalid.
  for (const key in schema) {
    if ((schema as Record<string, Check>)[key]![2] && out[key] === undefined) return value[key] === undefined ? fail(`an object with a "${key}"`) : undefined;
  }
  return freeze(out);
};
