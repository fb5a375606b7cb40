import { CATEGORIES } from './categories';
import { ConsentConfigError } from './errors';
import { freeze } from './freeze';
import { LOCALE_EXPECTED, matchLocale } from './locale';
import { invalid, isRecord, isString, validate, type Check, type Schema, type Validation } from './validate';
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

const isFunction = (value: unknown): boolean => typeof value == 'function';

const BOOLEAN: Check = [(v) => typeof v == 'boolean', 'true or false'];
const FUNCTION: Check = [isFunction, 'a function'];
const ANY: Check = [() => true, ''];
const NONE: readonly never[] = freeze([]);
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
  locale: [(v) => isString(v) && !!matchLocale(v), LOCALE_EXPECTED],
  reloadOnWithdraw: BOOLEAN,
  gpc: BOOLEAN,
  gating: BOOLEAN,
  crossTab: BOOLEAN,
  storage: [isStorage, 'an object with read, write and remove functions'],
  // Checked on its own first: the other checks need the page it describes.
  environment: ANY,
};

/** The core's validation: errors name the field of `createConsent`'s config. */
const run = (page: PageFacts, report?: ConfigErrorReporter): Validation => ({ page, root: 'config', error: ConsentConfigError, report });

/** Validates `environment` alone: it says which page the rest of the configuration is for. */
export const resolveEnvironment = (input: unknown, report?: ConfigErrorReporter): ConsentEnvironment =>
  validate(ENVIRONMENT, isRecord(input) ? input.environment : undefined, 'environment', run({ https: false }, report)) ?? {};

/**
 * Validates a configuration once and returns it frozen with every default filled in.
 * Without `report`, the first invalid field throws a `ConsentConfigError`; with it, each
 * invalid field is reported and replaced by its (safe) default.
 */
export const resolveConfig = (input: unknown, page: PageFacts, report?: ConfigErrorReporter): ResolvedConfig => {
  // `storage` and `environment` are used as given, not kept in the resolved config.
  const { cookie, categories = {}, locale, storage, environment, ...flags } = validate(SCHEMA, input, '', run(page, report)) ?? {};
  // Defaults first, then the valid fields over them (keeping this key order).
  const jar = { name: 'consent_gate', domain: undefined, path: '/', sameSite: 'Lax', secure: page.https, expires: 182, ...cookie };
  // Only where this config writes the cookie itself, on a page (a server cannot know https).
  if (jar.sameSite == 'None' && !jar.secure && page.hostname !== undefined && storage === undefined) {
    // Browsers refuse such a cookie outright: the visitor would be asked again on every page.
    invalid(run(page, report), 'cookie.sameSite', '"Lax" or "Strict" unless the cookie is Secure (https)', 'None');
    jar.sameSite = 'Lax';
  }
  return freeze({
    revision: 1,
    cookie: freeze(jar),
    categories: freeze(
      Object.fromEntries(CATEGORIES.map((id) => [id, freeze({ cookies: categories[id]?.cookies ?? NONE })])),
    ),
    locale: matchLocale(locale) ?? matchLocale(page.lang) ?? 'nl',
    reloadOnWithdraw: true,
    gpc: true,
    gating: true,
    crossTab: true,
    ...flags,
  });
};
