// @vitest-environment-options {"url": "https://www.limburg.be/nieuws/"}
import { describe, expect, it } from 'vitest';
import { ConsentConfigError, createConsent } from '../../../src/core';
import { resolveConfig } from '../../../src/core/config';

const page = { hostname: 'www.limburg.be', https: true, lang: 'nl-BE' };

describe('configuration', () => {
  it('fills in safe defaults and freezes the result', () => {
    const config = resolveConfig({}, page);
    expect(config).toMatchObject({
      revision: 1,
      cookie: { name: 'consent_gate', domain: undefined, path: '/', sameSite: 'Lax', secure: true, expires: 182 },
      locale: 'nl',
      reloadOnWithdraw: true,
      gpc: true,
      gating: true,
      crossTab: true,
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.cookie)).toBe(true);
    expect(Object.isFrozen(config.categories.performance.cookies)).toBe(true);
  });

  it('turns Secure off by default on a page served over http', () => {
    expect(resolveConfig({}, { ...page, https: false }).cookie.secure).toBe(false);
  });

  it('takes the locale from the config, else from <html lang>, else Dutch', () => {
    expect(resolveConfig({ locale: 'fr-BE' }, page).locale).toBe('fr');
    expect(resolveConfig({}, { ...page, lang: 'de-BE' }).locale).toBe('de');
    expect(resolveConfig({}, { ...page, lang: 'es' }).locale).toBe('nl');
  });

  it('accepts a cookie domain that is the page host or a parent of it', () => {
    expect(resolveConfig({ cookie: { domain: '.limburg.be' } }, page).cookie.domain).toBe('.limburg.be');
    expect(resolveConfig({ cookie: { domain: 'www.limburg.be' } }, page).cookie.domain).toBe('www.limburg.be');
  });

  it('keeps cookie declarations with wildcards and localized texts', () => {
    const config = resolveConfig(
      { categories: { performance: { cookies: [{ name: '_ga_*', provider: 'Google', purpose: { nl: 'Bezoeken tellen', en: 'Counting visits' }, duration: '2 jaar' }] } } },
      page,
    );
    expect(config.categories.performance.cookies[0]).toMatchObject({ name: '_ga_*', purpose: { en: 'Counting visits' } });
    expect(config.categories.functional.cookies).toEqual([]);
  });

  const invalid: Array<[field: string, config: unknown, expected: RegExp]> = [
    ['config', 'yes', /expected an object/],
    ['config', [], /expected an object/],
    ['colour', { colour: 'blue' }, /expected a known key \(revision, cookie, categories, locale, reloadOnWithdraw, gpc, gating, crossTab, storage, environment\), received "blue"/],
    ['revision', { revision: -1 }, /whole number of 0 or more, received -1/],
    ['revision', { revision: 1.5 }, /received 1.5/],
    ['revision', { revision: '2' }, /received "2"/],
    ['cookie', { cookie: 'consent' }, /expected an object/],
    ['cookie.nam', { cookie: { nam: 'x' } }, /a known key \(name, domain, path, sameSite, secure, expires\)/],
    ['cookie.name', { cookie: { name: 'my cookie' } }, /RFC 6265 token/],
    ['cookie.name', { cookie: { name: 'a;b' } }, /RFC 6265/],
    ['cookie.name', { cookie: { name: '' } }, /RFC 6265/],
    ['cookie.domain', { cookie: { domain: 'example.com' } }, /expected the page's host or a parent domain of it, received "example\.com"/],
    ['cookie.domain', { cookie: { domain: 'w.limburg.be' } }, /parent domain of it/],
    ['cookie.domain', { cookie: { domain: 'be' } }, /parent domain of it/],
    ['cookie.path', { cookie: { path: 'shop' } }, /starting with "\/"/],
    ['cookie.sameSite', { cookie: { sameSite: 'lax ' } }, /"Lax", "Strict" or "None"/],
    ['cookie.secure', { cookie: { secure: 'yes' } }, /true or false/],
    ['cookie.sameSite', { cookie: { sameSite: 'None', secure: false } }, /"Lax" or "Strict" unless the cookie is Secure \(https\), received "None"/],
    ['cookie.expires', { cookie: { expires: 0 } }, /above 0 and at most 400, received 0/],
    ['cookie.expires', { cookie: { expires: 401 } }, /received 401/],
    ['cookie.expires', { cookie: { expires: Number.NaN } }, /received NaN/],
    ['categories.marketing', { categories: { marketing: {} } }, /a known key \(necessary, functional, performance, advertising\)/],
    ['categories.performance.cookies', { categories: { performance: { cookies: '_ga' } } }, /an array/],
    ['categories.performance.cookies[0]', { categories: { performance: { cookies: ['_ga'] } } }, /expected an object, received "_ga"/],
    ['categories.performance.cookies[0]', { categories: { performance: { cookies: [{ provider: 'Google' }] } } }, /an object with a "name"/],
    ['categories.performance.cookies[0].name', { categories: { performance: { cookies: [{ name: 3 }] } } }, /a cookie name \(with \* wildcards\) or a RegExp, received 3/],
    ['categories.performance.cookies[0].purpose', { categories: { performance: { cookies: [{ name: '_ga', purpose: 5 }] } } }, /a string, or an object of strings per locale/],
    ['categories.performance.cookies[0].expiry', { categories: { performance: { cookies: [{ name: '_ga', expiry: '2y' }] } } }, /a known key \(name, provider, purpose, duration, path, domain\)/],
    ['locale', { locale: 'es' }, /nl, fr, de or en/],
    ['locale', { locale: 7 }, /received 7/],
    ['reloadOnWithdraw', { reloadOnWithdraw: 'no' }, /true or false/],
    ['gpc', { gpc: 1 }, /true or false/],
    ['gating', { gating: null }, /received null/],
    ['crossTab', { crossTab: {} }, /received an object/],
    ['cookie.expires', { cookie: { expires: '30' } }, /received "30"/],
    ['storage', { storage: {} }, /read, write and remove functions/],
    ['environment.now', { environment: { now: 5 } }, /a function/],
    ['environment.clock', { environment: { clock: 5 } }, /a known key \(window, now, randomId\)/],
    ['environment.window', { environment: { window: {} } }, /a window object/],
  ];

  it.each(invalid)('rejects an invalid %s, naming it and what was expected', (field, config, expected) => {
    let error: unknown;
    try {
      createConsent(config as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConsentConfigError);
    expect((error as ConsentConfigError).field).toBe(field);
    expect((error as Error).message).toContain(`"${field}"`);
    expect((error as Error).message).toMatch(expected);
  });

  it('in reporting mode reports every invalid field and keeps the valid ones', () => {
    const reported: string[] = [];
    const config = resolveConfig(
      { revision: 4, cookie: { expires: 9999, name: 'cg' }, gpc: 'x', locale: 'en' },
      page,
      (error) => reported.push(error.field),
    );
    expect(reported).toEqual(['cookie.expires', 'gpc']);
    expect(config).toMatchObject({ revision: 4, cookie: { expires: 182, name: 'cg' }, gpc: true, locale: 'en' });
  });

  it('keeps SameSite=None where the cookie is Secure, and falls back to Lax on an http page', () => {
    expect(resolveConfig({ cookie: { sameSite: 'None' } }, page).cookie).toMatchObject({ sameSite: 'None', secure: true });
    const reported: string[] = [];
    const config = resolveConfig({ cookie: { sameSite: 'None' } }, { ...page, https: false }, (error) => reported.push(error.field));
    expect(reported).toEqual(['cookie.sameSite']);
    expect(config.cookie).toMatchObject({ sameSite: 'Lax', secure: false });
  });

  it('leaves SameSite=None alone where it cannot judge it: on a server, or with storage of its own', () => {
    const report = (error: ConsentConfigError) => {
      throw error;
    };
    expect(resolveConfig({ cookie: { sameSite: 'None' } }, { https: false }, report).cookie.sameSite).toBe('None');
    const storage = { read: () => undefined, write: () => {}, remove: () => {} };
    expect(resolveConfig({ cookie: { sameSite: 'None' }, storage }, { ...page, https: false }, report).cookie.sameSite).toBe('None');
  });
});
