// @vitest-environment-options {"url": "https://www.limburg.be/"}
// Bad input and a hostile environment: each gives a clear error or a safe state, never a grant.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentConfigError, createConsent, type Consent } from '../../../src/core';
import { clearCookies, memoryStorage } from './helpers';

const instances: Consent[] = [];
const start = (config: Parameters<typeof createConsent>[0] = {}) => {
  const consent = createConsent(config);
  instances.push(consent);
  return consent;
};
afterEach(() => {
  for (const consent of instances.splice(0)) consent.destroy();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  clearCookies();
});

/** A value of every JSON-ish type, and a few that are not. */
const VALUES: Record<string, unknown> = {
  string: 'x',
  number: 7,
  negative: -1,
  boolean: true,
  null: null,
  array: [],
  object: {},
  function: () => {},
  nan: Number.NaN,
};

/** Each field with the kinds of value it accepts (everything else must be refused, naming it). */
const FIELDS: Array<[path: string, accepts: string[]]> = [
  ['revision', ['number']],
  ['cookie.name', ['string']],
  ['cookie.domain', []],
  ['cookie.path', []],
  ['cookie.sameSite', []],
  ['cookie.secure', ['boolean']],
  ['cookie.expires', ['number']],
  ['categories.performance.cookies', ['array']],
  ['locale', []],
  ['reloadOnWithdraw', ['boolean']],
  ['gpc', ['boolean']],
  ['gating', ['boolean']],
  ['crossTab', ['boolean']],
  ['storage', []],
  ['environment.now', ['function']],
  ['environment.randomId', ['function']],
];

const configWith = (path: string, value: unknown): Record<string, unknown> => {
  const keys = path.split('.');
  const config: Record<string, unknown> = {};
  let target = config;
  for (const key of keys.slice(0, -1)) target = (target[key] = {}) as Record<string, unknown>;
  target[keys[keys.length - 1]!] = value;
  return config;
};

describe('every config field given every wrong type', () => {
  const cases = FIELDS.flatMap(([path, accepts]) =>
    Object.entries(VALUES)
      .filter(([kind]) => !accepts.includes(kind))
      .map(([kind, value]) => [path, kind, value] as const),
  );

  it.each(cases)('%s given a %s is refused with an error naming it', (path, _kind, value) => {
    let error: unknown;
    try {
      start(configWith(path, value) as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConsentConfigError);
    expect((error as ConsentConfigError).field).toBe(path);
    expect((error as Error).message).toMatch(/expected .+, received /);
  });
});

describe('a hostile environment', () => {
  it('works without BroadcastChannel, following other tabs when it becomes visible', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const here = start();
    createConsent({ crossTab: false }).acceptAll();
    expect(here.allowed('advertising')).toBe(false);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(here.allowed('advertising')).toBe(true);
  });

  it('makes a version 4 consent id without crypto.randomUUID (pages served over http)', () => {
    Object.defineProperty(window.crypto, 'randomUUID', { value: undefined, configurable: true });
    const random = vi.spyOn(window.crypto, 'getRandomValues');
    try {
      const ids = new Set(Array.from({ length: 50 }, () => createConsent({ storage: memoryStorage() }).acceptAll().consentId));
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(random).toHaveBeenCalled();
    } finally {
      delete (window.crypto as { randomUUID?: unknown }).randomUUID;
    }
  });

  it('does not run a gated script twice when createConsent is called twice', async () => {
    document.body.innerHTML = '<script type="text/plain" data-consent="performance" src="/a.js"></script>';
    const first = start({ storage: memoryStorage() });
    const second = start({ storage: memoryStorage() });
    first.acceptAll();
    second.acceptAll();
    // Gated scripts are inserted from a queue, after the current task.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    // One script inserted to run, and no gated original left behind.
    expect(document.querySelectorAll('script[src="/a.js"]:not([type="text/plain"])')).toHaveLength(1);
    expect(document.querySelectorAll('script[type="text/plain"]')).toHaveLength(0);
    document.body.innerHTML = '';
  });

  it('ignores a document.cookie that silently drops every write, and says the choice is not stored', () => {
    vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {});
    const consent = start();
    const errors: string[] = [];
    consent.on('error', ({ code }) => errors.push(code));
    expect(consent.acceptAll()).toMatchObject({ decided: true, stored: false });
    expect(errors).toEqual(['storage']);
  });
});
