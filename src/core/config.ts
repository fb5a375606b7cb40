import { CATEGORIES } from './categories';
import { ConsentConfigError } from './errors';
import { matchLocale } from './locale';
import type { ConsentEnvironment, ConsentStorage, ResolvedConfig } from './types';

/** What validation needs to know about the page. */
export interface PageFacts {
  /** The page's host name, when there is a page. */
  readonly hostname?: string;
  /** Whether the page is served over https. */
  readonly https: boolean;
  /** `<html lang>`, when there is a page. */
  readonly lang?: string;
}

/** Called with each problem when the caller prefers defaults to an exception (the script tag). */
export type ConfigErrorReporter = (error: ConsentConfigError) => void;

/** A field check: the test, what the field expects (for the message), and whether it is required. */
type Check = readonly [test: (value: any, page: PageFacts) => boolean, expected: string, required?: boolean];
/** An object's fields, a list of one kind of item, or a single check. */
type Schema = Check | readonly [Schema] | { readonly [key: string]: Schema };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value == 'object' && value !== null && !Array.isArray(value) && !(value instanceof RegExp);
const isString = (value: unknown): value is string => typeof value == 'string';
const isFunction = (value: unknown): boolean => typeof value == 'function';

const BOOLEAN: Check = [(v) => typeof v == 'boolean', 'true or false'];
const FUNCTION: Check = [isFunction, 'a function'];
const ANY: Check = [() => true, ''];
const PATH: Check = [(v) => isString(v) && /^\/[^;\s]*$/.test(v), 'a path starting with "/", without ";" or spaces'];
const TEXT: Check = [
  (v) => isString(v) || (isRecord(v) && Object.values(v).every(isString)),
  'a string, or an object of strings per locale',
];

/** Whether a value can serve as `storage`. */
export const isStorage = (v: unknown): v is ConsentStorage =>
  isRecord(v) && isFunction(v.read) && isFunction(v.write) && isFunction(v.remove);

/** Whether a cookie domain may be set from this host (RFC 6265 section 5.3 step 6). */
const domainMatches = (domain: unknown, { hostname }: PageFacts): boolean => {
  const bare = isString(domain) && domain.toLowerCase().replace(/^\./, '');
  if (!bare || !/^[a-z\d-]+(\.[a-z\d-]+)+$|^localhost$/.test(bare)) return false;
  const host = (hostname ?? bare).toLowerCase();
  return host == bare || host.endsWith(`.${bare}`);
};

const ENVIRONMENT: Schema = {
  window: [(v) => isRecord(v) && isRecord(v.document), 'a window object'],
  now: FUNCTION,
  randomId: FUNCTION,
};

const CATEGORY: Schema = {
  cookies: [
    {
      // RFC 6265 section 4.1.1: a cookie name is a token; `*` stands for any run of characters.
      name: [(v) => (isString(v) && v.length > 0) || v instanceof RegExp, 'a cookie name (with * wildcards) or a RegExp', true],
      provider: TEXT,
      purpose: TEXT,
      duration: TEXT,
      path: PATH,
      domain: [isString, 'a domain name'],
    },
  ],
};

const SCHEMA: Schema = {
  revision: [(v) => Number.isSafeInteger(v) && v >= 0, 'a whole number of 0 or more'],
  cookie: {
    name: [(v) => isString(v) && /^[!#$%&'*+\-.^`|~\w]+$/.test(v), "an RFC 6265 token (letters, digits, !#$%&'*+-.^_`|~)"],
    domain: [domainMatches, "the page's host or a parent domain of it"],
    path: PATH,
    sameSite: [(v) => ['Lax', 'Strict', 'None'].includes(v), '"Lax", "Strict" or "None"'],
    secure: BOOLEAN,
    // Browsers cap cookie lifetimes at 400 days (RFC 6265bis section 5.5).
    expires: [(v) => typeof v == 'number' && v > 0 && v <= 400, 'a number of days above 0 and at most 400'],
  },
  categories: Object.fromEntries(CATEGORIES.map((id) => [id, CATEGORY])),
  locale: [(v) => isString(v) && !!matchLocale(v), 'nl, fr, de or en (a region such as nl-BE is fine)'],
  reloadOnWithdraw: BOOLEAN,
  gpc: BOOLEAN,
  gating: BOOLEAN,
  crossTab: BOOLEAN,
  storage: [isStorage, 'an object with read, write and remove functions'],
  // Checked on its own first: the other checks need the page it describes.
  environment: ANY,
};

/**
 * Checks a value against a schema and returns its valid parts, frozen. An invalid field throws a
 * `ConsentConfigError`, or with `report` is reported and left out, so that its default applies.
 */
const validate = (schema: Schema, value: unknown, field: string, page: PageFacts, report?: ConfigErrorReporter): any => {
  const fail = (expected: string, received: unknown = value): undefined => {
    const error = new ConsentConfigError(field || 'config', expected, received);
    if (!report) throw error;
    report(error);
  };
  if (typeof schema[0] == 'function') {
    const [test, expected, required] = schema as Check;
    if (value === undefined) return required ? fail(expected) : undefined;
    return test(value, page) ? value : fail(expected);
  }
  if (value === undefined) return undefined;
  if (Array.isArray(schema)) {
    if (!Array.isArray(value)) return fail('an array');
    return Object.freeze(
      value.flatMap((item, index) => validate(schema[0], item, `${field}[${index}]`, page, report) ?? []),
    );
  }
  if (!isRecord(value)) return fail('an object');
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const path = field ? `${field}.${key}` : key;
    const inner = (schema as Record<string, Schema>)[key];
    if (!inner) validate([() => false, `a known key (${Object.keys(schema).join(', ')})`], value[key], path, page, report);
    else out[key] = validate(inner, value[key], path, page, report);
  }
  // A required field that is missing or invalid makes the whole item invalid.
  for (const key in schema) {
    const inner = (schema as Record<string, Schema>)[key]!;
    if ((inner as Check)[2] && out[key] === undefined) return value[key] === undefined ? fail(`an object with a "${key}"`) : undefined;
  }
  return Object.freeze(out);
};

/** Validates `environment` alone: it says which page the rest of the configuration is for. */
export const resolveEnvironment = (input: unknown, report?: ConfigErrorReporter): ConsentEnvironment =>
  validate(ENVIRONMENT, isRecord(input) ? input.environment : undefined, 'environment', { https: false }, report) ?? {};

/**
 * Validates a configuration once and returns it frozen with every default filled in.
 * Without `report`, the first invalid field throws a `ConsentConfigError`; with it, each
 * invalid field is reported and replaced by its (safe) default.
 */
export const resolveConfig = (input: unknown, page: PageFacts, report?: ConfigErrorReporter): ResolvedConfig => {
  const valid = validate(SCHEMA, input, '', page, report) ?? {};
  const cookie = valid.cookie ?? {};
  const categories = valid.categories ?? {};
  return Object.freeze({
    revision: valid.revision ?? 1,
    cookie: Object.freeze({
      name: cookie.name ?? 'consent_gate',
      domain: cookie.domain,
      path: cookie.path ?? '/',
      sameSite: cookie.sameSite ?? 'Lax',
      secure: cookie.secure ?? page.https,
      expires: cookie.expires ?? 182,
    }),
    categories: Object.freeze(
      Object.fromEntries(CATEGORIES.map((id) => [id, Object.freeze({ cookies: categories[id]?.cookies ?? Object.freeze([]) })])),
    ),
    locale: matchLocale(valid.locale) ?? matchLocale(page.lang) ?? 'nl',
    reloadOnWithdraw: valid.reloadOnWithdraw ?? true,
    gpc: valid.gpc ?? true,
    gating: valid.gating ?? true,
    crossTab: valid.crossTab ?? true,
  }) as ResolvedConfig;
};
