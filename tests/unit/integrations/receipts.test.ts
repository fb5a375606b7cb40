// @vitest-environment-options {"url": "https://www.limburg.be/"}
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent, type Consent, type ConsentEvents } from '../../../src/core';
import { consentReceipts, type ConsentReceipt } from '../../../src/integrations/receipts';
import { fakeClock, memoryStorage } from '../core/helpers';

const KEY = 'consent-gate:receipts';
const CONSENT_ID = '0b8e5c1e-7a51-4f0e-9f43-2d6c1a9b7e10';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const sha256 = (text: string) => `sha-256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

/** A localStorage kept in a Map; two pages share one to stand for two page loads of a site. */
const localStore = (): Storage => {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
    clear: () => map.clear(),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
};

type Beacon = 'accepts' | 'refuses' | 'missing' | 'throws';
type Transport = 'ok' | 'server error' | 'offline';

interface PageOptions {
  readonly beacon?: Beacon;
  readonly fetch?: Transport;
  readonly storage?: Storage | 'missing' | 'blocked';
  readonly crypto?: Partial<Crypto>;
  readonly href?: string;
}

/** A fake window: what the integration touches, with every call and every attempt to send recorded. */
const page = ({ beacon = 'accepts', fetch = 'ok', storage = localStore(), crypto = globalThis.crypto, href }: PageOptions = {}) => {
  // One entry per attempt: a refused beacon and the fetch after it are one attempt.
  const tries: Array<Promise<string>> = [];
  const sendBeacon = vi.fn((_url: string, body: Blob) => {
    tries.push(body.text());
    if (beacon === 'throws') throw new TypeError('beacon blocked');
    return beacon === 'accepts';
  });
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    if (beacon === 'missing') tries.push(Promise.resolve(init.body as string));
    if (fetch === 'offline') throw new TypeError('Failed to fetch');
    return new Response(null, { status: fetch === 'ok' ? 201 : 503 });
  });
  const win = {
    location: new URL(href ?? 'https://www.limburg.be/nl/cookies/?utm_source=mail&email=jan%40example.be#settings'),
    navigator: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) TestBrowser/1.0', ...(beacon !== 'missing' && { sendBeacon }) },
    fetch: fetchMock,
    crypto,
  };
  if (storage === 'blocked') {
    Object.defineProperty(win, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  } else if (storage !== 'missing') {
    Object.assign(win, { localStorage: storage });
  }
  const sentBodies = async (): Promise<ConsentReceipt[]> => (await Promise.all(tries)).map((json) => JSON.parse(json) as ConsentReceipt);
  return { window: win as unknown as Window, sendBeacon, fetch: fetchMock, tries, sentBodies };
};
type Page = ReturnType<typeof page>;

const consents: Consent[] = [];
const start = (clock = fakeClock()) => {
  const consent = createConsent({
    revision: 3,
    locale: 'fr',
    reloadOnWithdraw: false,
    crossTab: false,
    gating: false,
    storage: memoryStorage(),
    environment: { now: clock.now, randomId: () => CONSENT_ID },
  });
  consents.push(consent);
  const errors: Array<ConsentEvents['error']> = [];
  consent.on('error', (error) => errors.push(error));
  return { consent, clock, errors };
};

afterEach(() => {
  for (const consent of consents.splice(0)) consent.destroy();
});

/** The receipts of every attempt the page made to send, once `count` attempts happened. */
const attempts = async (target: Page, count: number): Promise<ConsentReceipt[]> => {
  await vi.waitFor(() => expect(target.tries.length).toBeGreaterThanOrEqual(count));
  const bodies = await target.sentBodies();
  expect(bodies).toHaveLength(count);
  return bodies;
};
const pending = (storage: Storage): ConsentReceipt[] => JSON.parse(storage.getItem(KEY) ?? '[]');

describe('consent receipts', () => {
  it('sends a receipt of a decision with exactly the decision, the page without its query string, and the texts hash', async () => {
    const { consent } = start();
    const target = page();
    consentReceipts(consent, { endpoint: '/consent/receipts', texts: 'Nous utilisons des cookies — ça vous va ?', window: target.window });
    consent.set({ performance: true }, { source: 'banner' });
    const [receipt] = await attempts(target, 1);
    expect(receipt).toEqual({
      receiptId: expect.stringMatching(UUID),
      consentId: CONSENT_ID,
      decidedAt: '2026-11-29T09:00:00.000Z',
      revision: 3,
      granted: ['necessary', 'performance'],
      denied: ['functional', 'advertising'],
      locale: 'fr',
      source: 'banner',
      url: 'https://www.limburg.be/nl/cookies/',
      textsHash: sha256('Nous utilisons des cookies — ça vous va ?'),
    });
    expect(Object.keys(receipt!)).toEqual(['receiptId', 'consentId', 'decidedAt', 'revision', 'granted', 'denied', 'locale', 'source', 'url', 'textsHash']);
    const json = JSON.stringify(receipt);
    for (const secret of ['Mozilla', 'TestBrowser', 'utm_source', 'example.be', 'settings']) expect(json).not.toContain(secret);
  });

  it('sends one receipt per decision, a new receipt id each time, and none for a reset', async () => {
    const { consent, clock } = start();
    const target = page();
    consentReceipts(consent, { endpoint: '/consent/receipts', window: target.window });
    consent.acceptAll();
    clock.time += 60_000;
    consent.reset();
    clock.time += 60_000;
    consent.rejectAll({ source: 'preferences' });
    const receipts = await attempts(target, 2);
    expect(receipts.map(({ granted, source, decidedAt }) => ({ granted, source, decidedAt }))).toEqual([
      { granted: ['necessary', 'functional', 'performance', 'advertising'], source: 'api', decidedAt: '2026-11-29T09:00:00.000Z' },
      { granted: ['necessary'], source: 'preferences', decidedAt: '2026-11-29T09:02:00.000Z' },
    ]);
    expect(receipts[0]!.receiptId).not.toBe(receipts[1]!.receiptId);
  });

  it('hashes the texts of the moment of the decision when given a function, and an empty text by default', async () => {
    const { consent, clock } = start();
    let texts = 'Wij gebruiken cookies.';
    const target = page();
    consentReceipts(consent, { endpoint: '/consent/receipts', texts: () => texts, window: target.window });
    consent.acceptAll();
    texts = 'Nous utilisons des cookies.';
    clock.time += 1000;
    consent.rejectAll();
    expect((await attempts(target, 2)).map(({ textsHash }) => textsHash)).toEqual([sha256('Wij gebruiken cookies.'), sha256('Nous utilisons des cookies.')]);

    const plain = page();
    consentReceipts(start().consent, { endpoint: '/r', window: plain.window });
    consents.at(-1)!.acceptAll();
    expect((await attempts(plain, 1))[0]!.textsHash).toBe(sha256(''));
  });

  it('falls back to FNV-1a and a getRandomValues UUID where Web Crypto has no subtle and no randomUUID (http pages)', async () => {
    const { consent } = start();
    const target = page({ crypto: { getRandomValues: (array) => globalThis.crypto.getRandomValues(array) }, href: 'http://intranet.limburg.be/' });
    consentReceipts(consent, { endpoint: '/consent/receipts', texts: 'foobar', window: target.window });
    consent.acceptAll();
    const [receipt] = await attempts(target, 1);
    // Published FNV-1a 32-bit test vector: "foobar" -> 0xbf9cf968.
    expect(receipt).toMatchObject({ textsHash: 'fnv-1a-32:bf9cf968', receiptId: expect.stringMatching(UUID), url: 'http://intranet.limburg.be/' });
  });

  it('sends through sendBeacon as an application/json Blob, and then keeps nothing pending', async () => {
    const { consent } = start();
    const storage = localStore();
    const target = page({ storage });
    consentReceipts(consent, { endpoint: 'https://www.limburg.be/consent/receipts', window: target.window });
    consent.acceptAll();
    await attempts(target, 1);
    const [url, blob] = target.sendBeacon.mock.calls[0]!;
    expect(url).toBe('https://www.limburg.be/consent/receipts');
    expect(blob.type).toBe('application/json');
    expect(target.fetch).not.toHaveBeenCalled();
    expect(pending(storage)).toEqual([]);
  });

  it.each<Beacon>(['refuses', 'missing', 'throws'])('falls back to a keepalive fetch when the beacon %s', async (beacon) => {
    const { consent, errors } = start();
    const storage = localStore();
    const target = page({ beacon, storage });
    consentReceipts(consent, { endpoint: '/consent/receipts', window: target.window });
    consent.acceptAll();
    await vi.waitFor(() => expect(target.fetch).toHaveBeenCalledTimes(1));
    const [url, init] = target.fetch.mock.calls[0]!;
    expect(url).toBe('/consent/receipts');
    expect(init).toEqual({
      method: 'POST',
      body: expect.any(String),
      headers: { 'content-type': 'application/json' },
      keepalive: true,
      credentials: 'same-origin',
    });
    expect(JSON.parse(init.body as string)).toMatchObject({ consentId: CONSENT_ID });
    await vi.waitFor(() => expect(pending(storage)).toEqual([]));
    expect(errors).toEqual([]);
  });

  it.each<Transport>(['server error', 'offline'])(
    'keeps the receipt and reports an error event when the beacon is refused and fetch fails (%s), and sends it once on the next page load',
    async (failure) => {
      const storage = localStore();
      const first = start();
      const failing = page({ beacon: 'refuses', fetch: failure, storage });
      consentReceipts(first.consent, { endpoint: '/consent/receipts', window: failing.window });
      first.consent.acceptAll();
      await vi.waitFor(() => expect(first.errors).toHaveLength(1));
      expect(first.errors[0]).toMatchObject({ code: 'receipt', message: expect.stringContaining('could not be sent; it is sent again on the next page load') });
      const [kept] = pending(storage);
      expect(kept).toMatchObject({ consentId: CONSENT_ID, granted: ['necessary', 'functional', 'performance', 'advertising'] });

      // The next page load: another window and consent instance on the same localStorage.
      const next = page({ storage });
      consentReceipts(start().consent, { endpoint: '/consent/receipts', window: next.window });
      expect(await attempts(next, 1)).toEqual([kept]);
      expect(pending(storage)).toEqual([]);
    },
  );

  it('retries each pending receipt at most once per page load, even when it fails again', async () => {
    const storage = localStore();
    const first = start();
    consentReceipts(first.consent, { endpoint: '/r', window: page({ beacon: 'refuses', fetch: 'offline', storage }).window });
    first.consent.acceptAll();
    await vi.waitFor(() => expect(pending(storage)).toHaveLength(1));
    await vi.waitFor(() => expect(first.errors).toHaveLength(1));
    const [old] = pending(storage);

    const second = start();
    second.clock.time += 60_000;
    const again = page({ beacon: 'refuses', fetch: 'offline', storage });
    consentReceipts(second.consent, { endpoint: '/r', window: again.window });
    second.consent.rejectAll();
    const sent = await attempts(again, 2);
    await vi.waitFor(() => expect(second.errors).toHaveLength(2));
    expect(sent.map(({ receiptId }) => receiptId).filter((id) => id === old!.receiptId)).toHaveLength(1);
    expect(pending(storage).map(({ granted }) => granted.length)).toEqual([4, 1]);
  });

  it.each([
    [1, 5, 1],
    [3, 5, 3],
    [20, 5, 5],
  ])('keeps at most maxPending (%i) unsent receipts, dropping the oldest (%i decisions -> %i kept)', async (maxPending, decisions, kept) => {
    const storage = localStore();
    const { consent, clock, errors } = start();
    consentReceipts(consent, { endpoint: '/r', maxPending, window: page({ beacon: 'missing', fetch: 'server error', storage }).window });
    const times: string[] = [];
    for (let index = 0; index < decisions; index++) {
      clock.time += 1000;
      times.push(new Date(clock.time).toISOString());
      if (index % 2) consent.acceptAll();
      else consent.rejectAll();
      await vi.waitFor(() => expect(errors).toHaveLength(index + 1));
    }
    expect(pending(storage).map(({ decidedAt }) => decidedAt)).toEqual(times.slice(-kept));
  });

  it('defaults maxPending to 20', async () => {
    const storage = localStore();
    const { consent, clock, errors } = start();
    consentReceipts(consent, { endpoint: '/r', window: page({ beacon: 'missing', fetch: 'offline', storage }).window });
    for (let index = 0; index < 22; index++) {
      clock.time += 1000;
      consent.set({ functional: index % 2 == 0 });
    }
    await vi.waitFor(() => expect(errors).toHaveLength(22));
    expect(pending(storage)).toHaveLength(20);
  });

  it.each([
    ['missing', 'missing' as const],
    ['blocked (throws on access)', 'blocked' as const],
    [
      'full (setItem throws)',
      {
        ...localStore(),
        setItem: () => {
          throw new DOMException('quota', 'QuotaExceededError');
        },
      },
    ],
    [
      'throwing on every call',
      {
        ...localStore(),
        getItem: () => {
          throw new Error('denied');
        },
        setItem: () => {
          throw new Error('denied');
        },
      },
    ],
  ])('keeps working in memory when localStorage is %s: never throws, still sends, reports a failed send', async (_label, storage) => {
    const working = start();
    const ok = page({ storage: storage as Storage });
    expect(() => consentReceipts(working.consent, { endpoint: '/r', window: ok.window })).not.toThrow();
    expect(() => working.consent.acceptAll()).not.toThrow();
    expect(await attempts(ok, 1)).toHaveLength(1);
    expect(working.errors).toEqual([]);

    const failing = start();
    const down = page({ beacon: 'refuses', fetch: 'offline', storage: storage as Storage });
    consentReceipts(failing.consent, { endpoint: '/r', window: down.window });
    failing.consent.acceptAll();
    await vi.waitFor(() => expect(failing.errors).toHaveLength(1));
  });

  it.each([
    ['not JSON', '{not json'],
    ['not a list', '{"receiptId":"c0a8e1f2-0000-4000-8000-000000000000"}'],
    ['a list of things that are not receipts', '[null, 7, "receipt", {"consentId":"x"}]'],
  ])('starts a new list when the stored one is damaged (%s), and sends nothing of it', async (_label, damaged) => {
    const storage = localStore();
    storage.setItem(KEY, damaged);
    const { consent } = start();
    const target = page({ storage, beacon: 'refuses', fetch: 'offline' });
    consentReceipts(consent, { endpoint: '/r', window: target.window });
    consent.acceptAll();
    await vi.waitFor(() => expect(pending(storage)).toHaveLength(1));
    expect(pending(storage)[0]).toMatchObject({ consentId: CONSENT_ID });
    expect(await attempts(target, 1)).toEqual(pending(storage));
  });

  it('sends no receipt for a decision made in another tab (that tab sends it)', async () => {
    const tabA = start();
    const tabB = start();
    const pageA = page();
    const pageB = page();
    consentReceipts(tabA.consent, { endpoint: '/r', window: pageA.window });
    consentReceipts(tabB.consent, { endpoint: '/r', window: pageB.window });
    const previous = tabA.consent.get();
    tabA.consent.acceptAll();
    // What tab sync does in the other tab: the same decision arrives as a 'decision' event.
    tabB.consent.emit('decision', { state: tabA.consent.get(), previous, remote: true });
    await attempts(pageA, 1);
    tabB.clock.time += 1000;
    tabB.consent.rejectAll();
    expect((await attempts(pageB, 1))[0]!.granted).toEqual(['necessary']);
  });

  it('reports a texts function that throws as an error event instead of throwing into the page', async () => {
    const { consent, errors } = start();
    const target = page();
    consentReceipts(consent, {
      endpoint: '/r',
      texts: () => {
        throw new Error('no banner');
      },
      window: target.window,
    });
    expect(() => consent.acceptAll()).not.toThrow();
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatchObject({ code: 'receipt', message: expect.stringContaining('could not be made'), cause: new Error('no banner') });
  });

  it('stops when disconnected', async () => {
    const { consent, clock } = start();
    const target = page();
    const disconnect = consentReceipts(consent, { endpoint: '/r', window: target.window });
    consent.acceptAll();
    await attempts(target, 1);
    disconnect();
    clock.time += 1000;
    consent.rejectAll();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await target.sentBodies()).toHaveLength(1);
  });

  it.each(['/consent/receipts', 'receipts', '../receipts', 'https://www.limburg.be/consent/receipts', 'http://127.0.0.1:8787/receipts', '//www.limburg.be/r'])(
    'accepts the endpoint %s',
    (endpoint) => {
      expect(() => consentReceipts(start().consent, { endpoint, window: page().window })).not.toThrow();
    },
  );

  it.each([
    [undefined, /"options": expected an object with an endpoint, received undefined/],
    [{}, /"endpoint": expected an http\(s\) or relative URL, received undefined/],
    [{ endpoint: '' }, /"endpoint": expected an http\(s\) or relative URL, received ""/],
    [{ endpoint: '  ' }, /"endpoint": expected an http\(s\) or relative URL, received " {2}"/],
    [{ endpoint: 'javascript:alert(1)' }, /"endpoint": expected an http\(s\) or relative URL, received "javascript:alert\(1\)"/],
    [{ endpoint: 'ftp://files.limburg.be/receipts' }, /"endpoint".*received "ftp:/],
    [{ endpoint: 'data:application/json,{}' }, /"endpoint"/],
    [{ endpoint: 42 }, /"endpoint": expected an http\(s\) or relative URL, received 42/],
    [{ endpoint: '/r', texts: 42 }, /"texts": expected a string or a function, received 42/],
    [{ endpoint: '/r', maxPending: 0 }, /"maxPending": expected a whole number from 1, received 0/],
    [{ endpoint: '/r', maxPending: 2.5 }, /"maxPending": expected a whole number from 1, received 2.5/],
    [{ endpoint: '/r', maxPending: '20' }, /"maxPending": expected a whole number from 1, received "20"/],
    [{ endpoint: '/r', url: '/r' }, /"url": expected one of endpoint, texts, maxPending, window, received "url"/],
  ])('rejects invalid options %o with a TypeError naming the option, the expected and the received value', async (options, message) => {
    const target = page();
    const { consent } = start();
    // The page is handed over, so that anything the refused call had set up would send through it.
    const given = typeof options == 'object' ? { ...options, window: target.window } : options;
    expect(() => consentReceipts(consent, given as never)).toThrow(TypeError);
    expect(() => consentReceipts(consent, given as never)).toThrow(message);
    consent.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(target.tries).toHaveLength(0);
  });
});
