// @vitest-environment-options {"url": "https://www.limburg.be/nieuws/"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent, type Consent, type ConsentConfig, type ConsentEvents } from '../../../src/core';
import { clearCookies, fakeClock, memoryStorage } from './helpers';

const instances: Consent[] = [];
const start = (config: ConsentConfig = {}): Consent => {
  const consent = createConsent(config);
  instances.push(consent);
  return consent;
};
const cookieValue = (name = 'consent_gate'): string | undefined =>
  document.cookie.split('; ').find((pair) => pair.startsWith(`${name}=`))?.slice(name.length + 1);

afterEach(() => {
  for (const consent of instances.splice(0)) consent.destroy();
  vi.restoreAllMocks();
  clearCookies();
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: undefined, configurable: true });
});

describe('before a decision', () => {
  it('is not decided, grants only necessary, and stores nothing', () => {
    const consent = start();
    expect(consent.get()).toMatchObject({
      decided: false,
      choices: { necessary: true, functional: false, performance: false, advertising: false },
      consentId: null,
      source: null,
      stored: false,
    });
    expect(consent.allowed('necessary')).toBe(true);
    expect(consent.allowed('performance')).toBe(false);
    expect(document.cookie).toBe('');
  });
});

describe('a decision', () => {
  it('accepting all grants every category and stores a complete record in the cookie', () => {
    const clock = fakeClock();
    const consent = start({ revision: 3, environment: { now: clock.now } });
    const state = consent.acceptAll({ source: 'banner' });
    expect(state).toMatchObject({
      decided: true,
      choices: { necessary: true, functional: true, performance: true, advertising: true },
      revision: 3,
      decidedAt: clock.time,
      expiresAt: clock.time + 182 * 86_400_000,
      source: 'banner',
      locale: 'nl',
      gpc: false,
      stored: true,
    });
    expect(state.consentId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(cookieValue()).toMatch(new RegExp(`^1\\.${state.consentId}\\.3\\.`));
    expect(consent.state).toBe(state);
    expect(Object.isFrozen(state) && Object.isFrozen(state.choices)).toBe(true);
  });

  it('rejecting all is remembered too, by the next page view', () => {
    start().rejectAll({ source: 'banner' });
    const next = start();
    expect(next.get()).toMatchObject({ decided: true, source: 'banner', choices: { functional: false, performance: false, advertising: false } });
  });

  it('grant adds categories and keeps the others', () => {
    const consent = start();
    consent.grant('functional');
    consent.grant(['performance']);
    expect(consent.get().choices).toEqual({ necessary: true, functional: true, performance: true, advertising: false });
  });

  it('set replaces the choice: categories left out are denied', () => {
    const consent = start();
    consent.acceptAll();
    consent.set({ functional: true }, { source: 'preferences' });
    expect(consent.get().choices).toEqual({ necessary: true, functional: true, performance: false, advertising: false });
    expect(consent.get().source).toBe('preferences');
    expect(consent.set({ necessary: true, performance: true } as never).choices.performance).toBe(true);
  });

  it('keeps the consent id when the choice changes, and makes a new one after reset', () => {
    const consent = start();
    const first = consent.acceptAll().consentId;
    expect(consent.rejectAll().consentId).toBe(first);
    consent.reset();
    expect(consent.get().consentId).toBeNull();
    expect(consent.acceptAll().consentId).not.toBe(first);
  });

  it('reset forgets the decision and removes the cookie', () => {
    const consent = start();
    consent.acceptAll();
    const state = consent.reset();
    expect(state).toMatchObject({ decided: false, choices: { performance: false } });
    expect(cookieValue()).toBeUndefined();
    expect(start().get().decided).toBe(false);
  });

  it('rejects bad arguments with a message naming the method and what was expected', () => {
    const consent = start();
    expect(() => consent.allowed('analytics' as never)).toThrow(
      'consent-gate: allowed(): expected necessary, functional, performance, advertising, received "analytics"',
    );
    expect(() => consent.allowed()).toThrow('allowed(): expected at least one category id');
    expect(() => consent.grant('necessary' as never)).toThrow('grant(): expected functional, performance, advertising, received "necessary"');
    expect(() => consent.grant(7 as never)).toThrow('grant(): expected functional, performance, advertising, received 7');
    expect(() => consent.grant([])).toThrow('grant(): expected at least one category id');
    expect(() => consent.set({ necessary: false } as never)).toThrow('set(): expected functional, performance, advertising, received "necessary"');
    expect(() => consent.set({ performance: 'yes' } as never)).toThrow('set(): expected performance to be true or false, received "yes"');
    expect(() => consent.set({ marketing: true } as never)).toThrow('received "marketing"');
    expect(() => consent.set(null as never)).toThrow('set(): expected an object like { functional: true }, received null');
    expect(() => consent.acceptAll({ source: 'wall' as never })).toThrow('acceptAll(): expected options.source to be one of banner, preferences, api, placeholder, gpc, received "wall"');
    expect(consent.get().decided).toBe(false);
  });
});

describe('events', () => {
  it('tells listeners about the decision and each category that changed', () => {
    const consent = start();
    const seen: string[] = [];
    consent.on('decision', ({ state, previous }) => seen.push(`decision ${previous.decided}->${state.decided}`));
    consent.on('grant', ({ category }) => seen.push(`grant ${category}`));
    consent.on('deny', ({ category }) => seen.push(`deny ${category}`));
    consent.grant(['performance', 'advertising']);
    consent.set({ functional: true });
    expect(seen).toEqual([
      'decision false->true',
      'grant performance',
      'grant advertising',
      'decision true->true',
      'grant functional',
      'deny performance',
      'deny advertising',
    ]);
  });

  it('a listener that throws does not stop the others, and is reported', () => {
    const consent = start();
    const errors: ConsentEvents['error'][] = [];
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const after = vi.fn();
    consent.on('error', (event) => errors.push(event));
    consent.on('grant', () => {
      throw new Error('broken analytics snippet');
    });
    consent.on('grant', after);
    consent.acceptAll();
    expect(after).toHaveBeenCalledTimes(3);
    expect(logged).toHaveBeenCalled();
    expect(errors[0]).toMatchObject({ code: 'listener' });
    expect(consent.allowed('advertising')).toBe(true);
  });

  it('unsubscribing, also during an emit, and once work', () => {
    const consent = start();
    const calls: string[] = [];
    const offB = consent.on('decision', () => calls.push('b'));
    consent.on('decision', () => {
      calls.push('a');
      offB();
    });
    consent.once('decision', () => calls.push('once'));
    consent.acceptAll();
    consent.rejectAll();
    expect(calls).toEqual(['b', 'a', 'once', 'a']);
  });

  it('refuses a handler that is not a function', () => {
    expect(() => start().on('decision', 'log' as never)).toThrow(/expected handler to be a function/);
  });

  it('refuses an event name that does not exist, so that a misspelt one does not wait forever', () => {
    expect(() => start().on('decided' as never, () => {})).toThrow(/on\(\): expected an event name \(decision, grant, deny, .*error\), received "decided"/);
    expect(() => start().once('accept' as never, () => {})).toThrow(TypeError);
  });
});

describe('how long a decision holds', () => {
  it('keeps a refusal for 182 days, then asks again', () => {
    const clock = fakeClock();
    start({ environment: { now: clock.now } }).rejectAll();
    clock.advanceDays(181);
    expect(start({ environment: { now: clock.now } }).get().decided).toBe(true);
    clock.advanceDays(2);
    expect(start({ environment: { now: clock.now } }).get().decided).toBe(false);
  });

  it('honours a shorter configured lifetime', () => {
    const clock = fakeClock();
    start({ cookie: { expires: 30 }, environment: { now: clock.now } }).acceptAll();
    clock.advanceDays(31);
    expect(start({ cookie: { expires: 30 }, environment: { now: clock.now } }).allowed('performance')).toBe(false);
  });

  it('asks again when the policy revision goes up', () => {
    start({ revision: 1 }).acceptAll();
    const next = start({ revision: 2 });
    expect(next.get()).toMatchObject({ decided: false, revision: 2 });
    expect(next.allowed('performance')).toBe(false);
  });

  it('treats a tampered cookie as no decision', () => {
    start().set({ performance: true });
    document.cookie = `consent_gate=${cookieValue()!.replace('.1010.', '.1111.')}; path=/`;
    expect(start().get().decided).toBe(false);
  });
});

describe('Global Privacy Control', () => {
  const signal = (value: boolean) => Object.defineProperty(navigator, 'globalPrivacyControl', { value, configurable: true });

  it('keeps advertising denied when the visitor accepts all, and records the signal', () => {
    signal(true);
    const state = start().acceptAll({ source: 'banner' });
    expect(state.choices).toEqual({ necessary: true, functional: true, performance: true, advertising: false });
    expect(state.gpc).toBe(true);
  });

  it('lets the visitor switch advertising on explicitly', () => {
    signal(true);
    expect(start().set({ advertising: true }, { source: 'preferences' }).choices.advertising).toBe(true);
  });

  it('is ignored when configured off', () => {
    signal(true);
    const state = start({ gpc: false }).acceptAll();
    expect(state.choices.advertising).toBe(true);
    expect(state.gpc).toBe(false);
  });

  it('does not decide anything by itself', () => {
    signal(true);
    expect(start().get().decided).toBe(false);
  });
});

describe('storage', () => {
  it('keeps the choice for this page view when the browser refuses the cookie, and says so', () => {
    const refusing = { read: () => undefined, write: () => {}, remove: () => {} };
    const consent = start({ storage: refusing });
    const errors: ConsentEvents['error'][] = [];
    consent.on('error', (event) => errors.push(event));
    const state = consent.acceptAll();
    expect(state).toMatchObject({ decided: true, stored: false });
    expect(consent.allowed('performance')).toBe(true);
    expect(errors).toEqual([expect.objectContaining({ code: 'storage', message: expect.stringMatching(/could not be stored/) })]);
  });

  it('survives a storage that throws on every call', () => {
    const broken = {
      read: () => {
        throw new Error('SecurityError');
      },
      write: () => {
        throw new Error('SecurityError');
      },
      remove: () => {
        throw new Error('SecurityError');
      },
    };
    const consent = start({ storage: broken });
    expect(consent.get().decided).toBe(false);
    expect(consent.rejectAll().decided).toBe(true);
    expect(() => consent.reset()).not.toThrow();
  });

  it('works for the page view when document.cookie throws (a sandboxed frame)', () => {
    const sandboxed = (): never => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    };
    const spies = [vi.spyOn(document, 'cookie', 'get').mockImplementation(sandboxed), vi.spyOn(document, 'cookie', 'set').mockImplementation(sandboxed)];
    try {
      const consent = start({ categories: { performance: { cookies: [{ name: '_ga' }] } } });
      const errors: string[] = [];
      consent.on('error', ({ code }) => errors.push(code));
      expect(consent.get().decided).toBe(false);
      expect(consent.acceptAll()).toMatchObject({ decided: true, stored: false });
      expect(consent.rejectAll().choices.performance).toBe(false);
      expect(errors).toEqual(['storage', 'storage']);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('of two cookies with the record name, takes the newest valid record', () => {
    const clock = fakeClock();
    start({ cookie: { path: '/nieuws/' }, environment: { now: clock.now } }).grant('functional');
    clock.advanceDays(1);
    start({ environment: { now: clock.now } }).set({ performance: true });
    expect(document.cookie.match(/consent_gate=/g)).toHaveLength(2);
    clock.advanceDays(1);
    expect(start({ environment: { now: clock.now } }).get().choices).toMatchObject({ functional: false, performance: true });
    document.cookie = 'consent_gate=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/nieuws/';
  });

  it('skips a stale or broken twin and reads the valid record', () => {
    start().grant('functional');
    document.cookie = 'consent_gate=1.broken; path=/nieuws/';
    expect(start().allowed('functional')).toBe(true);
    document.cookie = 'consent_gate=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/nieuws/';
  });

  it('uses a storage adapter for reading and writing', () => {
    const storage = memoryStorage();
    start({ storage }).grant('functional');
    expect(storage.value).toMatch(/\.1100\.api\.nl\.0\./);
    expect(start({ storage }).allowed('functional')).toBe(true);
    expect(document.cookie).toBe('');
  });

  it('writes the cookie with the configured name', () => {
    start({ cookie: { name: 'cg' } }).acceptAll();
    expect(cookieValue('cg')).toBeDefined();
    expect(cookieValue()).toBeUndefined();
  });
});

describe('withdrawal', () => {
  it('erases the cookies declared for a withdrawn category, exact and wildcard names', () => {
    const consent = start({
      categories: { performance: { cookies: [{ name: '_ga' }, { name: '_ga_*' }] }, functional: { cookies: [{ name: 'lang' }] } },
    });
    consent.acceptAll();
    document.cookie = '_ga=GA1.1; path=/';
    document.cookie = '_ga_XYZ=GS1.1; path=/';
    document.cookie = 'lang=nl; path=/';
    document.cookie = '_gat=1; path=/';
    consent.set({ functional: true });
    const names = document.cookie.split('; ').map((pair) => pair.split('=')[0]);
    expect(names).not.toContain('_ga');
    expect(names).not.toContain('_ga_XYZ');
    expect(names).toEqual(expect.arrayContaining(['lang', '_gat', 'consent_gate']));
  });

  it('erases a declared cookie whose value is not valid percent-encoding', () => {
    // Legacy trackers store Latin-1 escapes such as %E9, which decodeURIComponent rejects.
    document.cookie = 'legacy_id=caf%E9%; path=/';
    start({ categories: { advertising: { cookies: [{ name: 'legacy_*' }] } } });
    expect(document.cookie).not.toContain('legacy_id=');
  });

  it('erases declared cookies of categories that are not granted when the page starts', () => {
    document.cookie = '_ga=GA1.1; path=/';
    start({ categories: { performance: { cookies: [{ name: '_ga' }] } } });
    expect(document.cookie).not.toContain('_ga=');
  });
});

describe('several instances and tabs', () => {
  it('applies a decision made by another instance of the same site (another tab)', async () => {
    const here = start();
    const there = start();
    const granted = new Promise((resolve) => there.on('grant', resolve));
    const remote: boolean[] = [];
    here.on('decision', (event) => remote.push(event.remote));
    there.on('decision', (event) => remote.push(event.remote));
    here.grant('performance');
    await granted;
    expect(remote).toEqual([false, true]);
    expect(there.allowed('performance')).toBe(true);
    expect(there.get().consentId).toBe(here.get().consentId);
  });

  it('re-reads the cookie when the tab becomes visible again', () => {
    const consent = start({ crossTab: true });
    const other = createConsent({ crossTab: false });
    other.acceptAll();
    expect(consent.allowed('advertising')).toBe(false);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(consent.allowed('advertising')).toBe(true);
    other.destroy();
  });
});
