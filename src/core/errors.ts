/** Every message of the core reads "consent-gate: <what>: expected <this>, received <that>". */
const message = (what: string, expected: string, received: unknown): string =>
  `consent-gate: ${what}: expected ${expected}, received ${describe(received)}`;

/**
 * Thrown by `createConsent` for invalid configuration. `field` is the dotted path of the
 * offending field, e.g. `cookie.expires`.
 * @example
 * try { createConsent({ revision: -1 }) } catch (e) { if (e instanceof ConsentConfigError) e.field }
 */
export class ConsentConfigError extends Error {
  /** Dotted path of the invalid field, e.g. `cookie.expires`. */
  readonly field: string;

  constructor(field: string, expected: string, received: unknown) {
    super(message(`invalid config "${field}"`, expected, received));
    this.name = 'ConsentConfigError';
    this.field = field;
  }
}

/** Throws the TypeError for a bad argument of a method, e.g. `fail('grant()', 'a category id', 7)`. */
export const fail = (method: string, expected: string, received: unknown): never => {
  throw new TypeError(message(method, expected, received));
};

/** A short, safe description of a value for error messages (never a function's source). */
const describe = (value: unknown): string =>
  typeof value == 'string'
    ? JSON.stringify(value.slice(0, 60))
    : value === null || (typeof value != 'object' && typeof value != 'function') || value instanceof RegExp
      ? String(value)
      : Array.isArray(value)
        ? 'an array'
        : typeof value == 'function'
          ? 'a function'
          : 'an object';
