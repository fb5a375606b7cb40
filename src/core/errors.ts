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

/** A short, safe description of a value for error messages. */
export const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof RegExp) return String(value);
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'function':
      return 'a function';
    default:
      return `a ${typeof value}`;
  }
};
