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
    super(`consent-gate: invalid config "${field}": expected ${expected}, received ${describe(received)}`);
    this.name = 'ConsentConfigError';
    this.field = field;
  }
}

/** A short, safe description of a value for error messages (never a function's source). */
export const describe = (value: unknown): string =>
  typeof value == 'string'
    ? JSON.stringify(value.slice(0, 60))
    : value === null || (typeof value != 'object' && typeof value != 'function')
      ? String(value)
      : value instanceof RegExp
        ? String(value)
        : Array.isArray(value)
          ? 'an array'
          : `an ${typeof value}`;
