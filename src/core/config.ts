import { CATEGORIES, type CategoryId } from './categories';
import { ConsentConfigError } from './errors';
import { LOCALES, matchLocale } from './locale';
import type { ConsentEnvironment, ConsentStorage, CookieDeclaration, ResolvedConfig } from './types';

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

const DAY_LIMIT = 400;
// RFC 6265 section 4.1.1: a cookie name is a token (RFC 2616 section 2.2).
const TOKEN = /^[!#$%&'*+\-.^`|~\w]+$/;
const SAME_SITE = ['Lax', 'Strict', 'None'] as const;
const TOP_KEYS = ['revision', 'cookie', 'categories', 'locale', 'reloadOnWithdraw', 'gpc', 'gating', 'crossTab', 'storage', 'environment'];
const COOKIE_KEYS = ['name', 'domain', 'path', 'sameSite', 'secure', 'expires'];
const DECLARATION_KEYS = ['name', 'provider', 'purpose', 'duration', 'path', 'domain'];
const TEXT_FIELDS = ['provider', 'purpose', 'duration'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RegExp);

/**
 * Validates a configuration once and returns it frozen with every default filled in.
 * Without `report`, the first invalid field throws a `ConsentConfigError`; with it, each
 * invalid field is reported and replaced by its (safe) default.
 */
const createValidator = (report?: ConfigErrorReporter) => {
  const fail = (field: string, expected: string, received: unknown): undefined => {
    const error = new ConsentConfigError(field || 'config', expected, received);
    if (!report) throw error;
    report(error);
    return undefined;
  };

  /** Returns the value when `ok`, else reports and returns undefined (so the default applies). */
  const check = <T>(field: string, value: unknown, ok: (v: unknown) => v is T, expected: string): T | undefined => {
    if (value === undefined) return undefined;
    return ok(value) ? value : fail(field, expected, value);
  };

  const object = (field: string, value: unknown, keys: readonly string[]): Record<string, unknown> => {
    if (value === undefined) return {};
    if (!isRecord(value)) return fail(field, 'an object', value) ?? {};
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) fail(field ? `${field}.${key}` : key, `one of the keys ${keys.join(', ')}`, 'an unknown key');
    }
    return value;
  };
  return { fail, check, object };
};

const isFunction = (v: unknown): v is (...args: never[]) => unknown => typeof v === 'function';

/** Whether a value can serve as `storage`. */
export const isStorage = (v: unknown): v is ConsentStorage =>
  isRecord(v) && isFunction(v.read) && isFunction(v.write) && isFunction(v.remove);

/** Validates `environment` (and `storage`), which must be known before the page can be asked anything. */
export const resolveEnvironment = (input: unknown, report?: ConfigErrorReporter): ConsentEnvironment => {
  const { check, object } = createValidator(report);
  const top = isRecord(input) ? input : {};
  check('storage', top.storage, isStorage, 'an object with read, write and remove functions');
  const env = object('environment', top.environment, ['window', 'now', 'randomId']);
  return {
    window: check('environment.window', env.window, (v): v is Window & typeof globalThis => isRecord(v) && isRecord(v.document), 'a window object'),
    now: check('environment.now', env.now, isFunction, 'a function returning milliseconds since the epoch') as (() => number) | undefined,
    randomId: check('environment.randomId', env.randomId, isFunction, 'a function returning a unique id') as (() => string) | undefined,
  };
};

/**
 * Validates a configuration once and returns it frozen with every default filled in.
 * Without `report`, the first invalid field throws a `ConsentConfigError`; with it, each
 * invalid field is reported and replaced by its (safe) default.
 */
export const resolveConfig = (input: unknown, page: PageFacts, report?: ConfigErrorReporter): ResolvedConfig => {
  const { fail, check, object } = createValidator(report);
  const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
  const isString = (v: unknown): v is string => typeof v === 'string';

  const top = object('', input, TOP_KEYS);
  const cookieInput = object('cookie', top.cookie, COOKIE_KEYS);

  const revision = check(
    'revision',
    top.revision,
    (v): v is number => Number.isSafeInteger(v) && (v as number) >= 0,
    'a whole number of 0 or more',
  );

  const name = check('cookie.name', cookieInput.name, (v): v is string => isString(v) && TOKEN.test(v), 'a cookie name made of RFC 6265 token characters (letters, digits, !#$%&\'*+-.^_`|~)');
  const path = check('cookie.path', cookieInput.path, (v): v is string => isString(v) && /^\/[^;\s]*$/.test(v), 'a path starting with "/" without ";" or spaces');
  const sameSite = check('cookie.sameSite', cookieInput.sameSite, (v): v is (typeof SAME_SITE)[number] => SAME_SITE.includes(v as never), '"Lax", "Strict" or "None"');
  const secureInput = check('cookie.secure', cookieInput.secure, isBool, 'true or false');
  const expires = check(
    'cookie.expires',
    cookieInput.expires,
    (v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= DAY_LIMIT,
    `a number of days above 0 and at most ${DAY_LIMIT}`,
  );
  const domain = check('cookie.domain', cookieInput.domain, (v): v is string => isString(v) && domainMatches(v, page.hostname), `a domain that is the page's host or a parent of it${page.hostname ? ` ("${page.hostname}")` : ''}`);

  const categoriesInput = object('categories', top.categories, CATEGORIES);
  const categories = {} as Record<CategoryId, { cookies: readonly CookieDeclaration[] }>;
  for (const id of CATEGORIES) {
    const field = `categories.${id}`;
    const categoryInput = object(field, categoriesInput[id], ['cookies']);
    const list = check(`${field}.cookies`, categoryInput.cookies, Array.isArray, 'an array of cookie declarations') ?? [];
    const cookies = list.flatMap((entry, index) => {
      const declaration = declarationOf(`${field}.cookies[${index}]`, entry);
      return declaration ? [declaration] : [];
    });
    categories[id] = Object.freeze({ cookies: Object.freeze(cookies) });
  }

  function declarationOf(field: string, entry: unknown): CookieDeclaration | undefined {
    if (!isRecord(entry)) return fail(field, 'an object with a "name"', entry);
    object(field, entry, DECLARATION_KEYS);
    const nameOk = (isString(entry.name) && entry.name.length > 0) || entry.name instanceof RegExp;
    if (!nameOk) return fail(`${field}.name`, 'a cookie name, a name with * wildcards, or a RegExp', entry.name);
    const out: Record<string, unknown> = { name: entry.name };
    for (const key of TEXT_FIELDS) {
      const text = check(`${field}.${key}`, entry[key], isText, 'a string or an object of strings per locale');
      if (text !== undefined) out[key] = text;
    }
    const cookiePath = check(`${field}.path`, entry.path, (v): v is string => isString(v) && v.startsWith('/'), 'a path starting with "/"');
    if (cookiePath !== undefined) out.path = cookiePath;
    const cookieDomain = check(`${field}.domain`, entry.domain, isString, 'a domain name');
    if (cookieDomain !== undefined) out.domain = cookieDomain;
    return Object.freeze(out) as unknown as CookieDeclaration;
  }

  const localeInput = check('locale', top.locale, (v): v is string => isString(v) && matchLocale(v) !== undefined, `one of ${LOCALES.join(', ')} (a region such as nl-BE is fine)`);

  return Object.freeze({
    revision: revision ?? 1,
    cookie: Object.freeze({
      name: name ?? 'consent_gate',
      domain,
      path: path ?? '/',
      sameSite: sameSite ?? 'Lax',
      secure: secureInput ?? page.https,
      expires: expires ?? 182,
    }),
    categories: Object.freeze(categories),
    locale: matchLocale(localeInput) ?? matchLocale(page.lang) ?? LOCALES[0],
    reloadOnWithdraw: check('reloadOnWithdraw', top.reloadOnWithdraw, isBool, 'true or false') ?? true,
    gpc: check('gpc', top.gpc, isBool, 'true or false') ?? true,
    gating: check('gating', top.gating, isBool, 'true or false') ?? true,
    crossTab: check('crossTab', top.crossTab, isBool, 'true or false') ?? true,
  });
};

const isText = (value: unknown): value is string | Record<string, string> =>
  typeof value === 'string' || (isRecord(value) && Object.values(value).every((v) => typeof v === 'string'));

/** Whether a cookie domain may be set from this host (RFC 6265 section 5.3 step 6). */
const domainMatches = (domain: string, hostname: string | undefined): boolean => {
  const bare = domain.toLowerCase().replace(/^\./, '');
  if (!/^[a-z0-9.-]+$/.test(bare) || !bare.includes('.') && bare !== 'localhost') return false;
  if (hostname === undefined) return true;
  const host = hostname.toLowerCase();
  return host === bare || host.endsWith(`.${bare}`);
};
