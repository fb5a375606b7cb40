import { request } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsent, type ConsentState } from '../../src/core';
import { consentReceipts, type ConsentReceipt } from '../../src/integrations/receipts';
import { MAX_BODY, startReceiptServer, type RunningReceiptServer } from '../../examples/receipt-server/server.mjs';

const receipt = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  receiptId: crypto.randomUUID(),
  consentId: '0b8e5c1e-7a51-4f0e-9f43-2d6c1a9b7e10',
  decidedAt: '2026-11-29T09:00:00.000Z',
  revision: 3,
  granted: ['necessary', 'performance'],
  denied: ['functional', 'advertising'],
  locale: 'nl',
  source: 'banner',
  url: 'https://www.limburg.be/nl/',
  textsHash: `sha-256:${'ab'.repeat(32)}`,
  ...overrides,
});

let dir: string;
let file: string;
let server: RunningReceiptServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'receipt-server-'));
  file = join(dir, 'out', 'receipts.jsonl');
  server = await startReceiptServer({ port: 0, file });
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const post = (body: unknown, { type = 'application/json', path = '/receipts', method = 'POST' } = {}) =>
  fetch(new URL(path, server.url), {
    method,
    headers: type ? { 'content-type': type } : {},
    body: method === 'GET' || method === 'HEAD' ? undefined : typeof body == 'string' ? body : JSON.stringify(body),
  });

const lines = async (): Promise<Array<Record<string, unknown>>> =>
  (await readFile(file, 'utf8').catch(() => ''))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

/** Sends a body in pieces without a content-length (chunked), as a slow or hostile client would. */
const postChunked = (chunks: string[]) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(server.url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });

describe('receipt server', () => {
  it('listens on 127.0.0.1 and names its /receipts endpoint', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/receipts$/);
  });

  it('stores a valid receipt as one JSON line with the time it arrived (201), and a receipt id once (duplicate: 200)', async () => {
    const good = receipt();
    const first = await post(good);
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ stored: true, receiptId: good.receiptId });

    const again = await post(good, { type: 'application/json; charset=utf-8' });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ duplicate: true, receiptId: good.receiptId });

    const stored = (await lines()).filter(({ receiptId }) => receiptId === good.receiptId);
    expect(stored).toEqual([{ ...good, receivedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/) }]);
  });

  it('stores a receipt sent many times at once exactly once', async () => {
    const good = receipt({ locale: 'fr', source: 'preferences', textsHash: 'fnv-1a-32:bf9cf968' });
    const statuses = (await Promise.all(Array.from({ length: 8 }, () => post(good)))).map(({ status }) => status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect((await lines()).filter(({ receiptId }) => receiptId === good.receiptId)).toHaveLength(1);
  });

  it('remembers stored receipt ids after a restart on the same file', async () => {
    const good = receipt();
    expect((await post(good)).status).toBe(201);
    const restarted = await startReceiptServer({ port: 0, file });
    try {
      const again = await fetch(restarted.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(good) });
      expect(again.status).toBe(200);
    } finally {
      await restarted.close();
    }
  });

  it.each(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers %s /receipts with 405 and Allow: POST', async (method) => {
    const response = await post(receipt(), { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toEqual({ error: 'method: POST' });
  });

  it.each([
    ['POST', '/'],
    ['POST', '/receipt'],
    ['POST', '/receipts/'],
    ['POST', '/receipts/1'],
    ['GET', '/receipts.jsonl'],
  ])('answers %s %s with 404', async (method, path) => {
    const response = await post(receipt(), { method, path });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'path: /receipts' });
  });

  it.each([
    ['text/plain', 'content-type: application/json'],
    ['application/x-www-form-urlencoded', 'content-type: application/json'],
    ['', 'content-type: application/json'],
  ])('refuses the content type "%s" with 400', async (type, error) => {
    const response = await post(receipt(), { type });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
  });

  it.each([
    ['{"receiptId":', 'body: valid JSON'],
    ['', 'body: valid JSON'],
    ["{'receiptId': 1}", 'body: valid JSON'],
    ['null', 'body: a JSON object (one receipt)'],
    ['[]', 'body: a JSON object (one receipt)'],
    ['"receipt"', 'body: a JSON object (one receipt)'],
  ])('refuses the malformed body %j with 400', async (body, error) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
  });

  const FIELDS = ['receiptId', 'consentId', 'decidedAt', 'revision', 'granted', 'denied', 'locale', 'source', 'url', 'textsHash'];

  it.each(FIELDS)('refuses a receipt without %s with 400 naming the field', async (field) => {
    const incomplete = receipt();
    delete incomplete[field];
    const response = await post(incomplete);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(new RegExp(`^${field}: .+ \\(missing\\)$`));
  });

  it.each([
    ['userAgent', { userAgent: 'Mozilla/5.0' }],
    ['ip', { ip: '203.0.113.7' }],
  ])('refuses a receipt with the unknown field %s', async (field, extra) => {
    const response = await post(receipt(extra));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(new RegExp(`^${field}: no such field \\(a receipt has receiptId, consentId,`));
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a receipt id that is not a UUID', { receiptId: 'receipt-1' }, 'receiptId: a UUID'],
    ['a numeric receipt id', { receiptId: 42 }, 'receiptId: a UUID'],
    ['a consent id that is not a UUID', { consentId: '0b8e5c1e7a514f0e9f432d6c1a9b7e10' }, 'consentId: a UUID'],
    ['a date without time', { decidedAt: '2026-11-29' }, 'decidedAt: an ISO 8601 date and time'],
    ['an impossible date', { decidedAt: '2026-02-30T09:00:00.000Z' }, 'decidedAt: an ISO 8601 date and time'],
    ['an impossible hour', { decidedAt: '2026-11-29T25:00:00Z' }, 'decidedAt: an ISO 8601 date and time'],
    ['a time without zone', { decidedAt: '2026-11-29T09:00:00' }, 'decidedAt: an ISO 8601 date and time'],
    ['a number of milliseconds', { decidedAt: 1795942800000 }, 'decidedAt: an ISO 8601 date and time'],
    ['a negative revision', { revision: -1 }, 'revision: a whole number from 0'],
    ['a fractional revision', { revision: 1.5 }, 'revision: a whole number from 0'],
    ['a revision as text', { revision: '3' }, 'revision: a whole number from 0'],
    ['granted as text', { granted: 'necessary' }, 'granted: an array of category ids'],
    ['an unknown category', { granted: ['necessary', 'marketing'], denied: ['functional', 'performance', 'advertising'] }, 'granted: an array of category ids'],
    ['necessary not granted', { granted: ['performance'], denied: ['necessary', 'functional', 'advertising'] }, 'granted: an array of category ids (necessary, functional, performance, advertising), each once, including necessary'],
    ['a category granted twice', { granted: ['necessary', 'performance', 'performance'] }, 'granted: an array of category ids'],
    ['a category both granted and denied', { denied: ['functional', 'advertising', 'performance'] }, 'denied: an array of the category ids not granted'],
    ['a category neither granted nor denied', { denied: ['functional'] }, 'denied: an array of the category ids not granted: together with granted, every category exactly once'],
    ['denied with an unknown category', { denied: ['functional', 'cookies'] }, 'denied: an array of the category ids not granted'],
    ['an unsupported locale', { locale: 'es' }, 'locale: one of nl, fr, de, en'],
    ['a region locale', { locale: 'nl-BE' }, 'locale: one of nl, fr, de, en'],
    ['an unknown source', { source: 'cookie-wall' }, 'source: one of banner, preferences, api, placeholder, gpc'],
    ['a url with a query string', { url: 'https://www.limburg.be/nl/?email=jan%40example.be' }, 'url: an http(s) URL without query string or hash'],
    ['a url with a hash', { url: 'https://www.limburg.be/nl/#top' }, 'url: an http(s) URL without query string or hash'],
    ['a url of another scheme', { url: 'file:///etc/passwd' }, 'url: an http(s) URL without query string or hash'],
    ['a relative url', { url: '/nl/' }, 'url: an http(s) URL without query string or hash'],
    ['a hash without algorithm', { textsHash: 'ab'.repeat(32) }, 'textsHash: sha-256:<64 hex digits> or fnv-1a-32:<8 hex digits>'],
    ['a short sha-256', { textsHash: 'sha-256:abcd' }, 'textsHash: sha-256:<64 hex digits>'],
    ['an unknown algorithm', { textsHash: 'md5:d41d8cd98f00b204e9800998ecf8427e' }, 'textsHash: sha-256:<64 hex digits>'],
    ['upper-case hex', { textsHash: 'fnv-1a-32:BF9CF968' }, 'textsHash: sha-256:<64 hex digits>'],
  ])('refuses %s with 400 naming the field and what it expects', async (_label, overrides, error) => {
    const response = await post(receipt(overrides));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await response.json()).error).toContain(error);
  });

  it('refuses a body over 4 KiB announced by its content-length with 413, before reading it', async () => {
    const response = await post(receipt({ url: `https://www.limburg.be/${'a'.repeat(MAX_BODY)}` }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'body: at most 4096 bytes' });
  });

  it('refuses a chunked body with 413 as soon as it grows past 4 KiB', async () => {
    const response = await postChunked(['{"receiptId":"', 'a'.repeat(3000), 'b'.repeat(3000), '"}']);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({ error: 'body: at most 4096 bytes' });
  });

  it('answers on the same connection again after a refused body', async () => {
    expect((await post('{')).status).toBe(400);
    expect((await post(receipt())).status).toBe(201);
  });

  it('stores what the browser integration sends, with Web Crypto and with the fallbacks', async () => {
    const state = (consentId: string): ConsentState => ({
      decided: true,
      choices: { necessary: true, functional: true, performance: false, advertising: false },
      consentId,
      revision: 2,
      decidedAt: Date.UTC(2026, 10, 29, 9, 30),
      expiresAt: Date.UTC(2027, 4, 30, 9, 30),
      source: 'preferences',
      locale: 'de',
      gpc: false,
      stored: true,
    });
    const sent: ConsentReceipt[] = [];
    const cryptos = [globalThis.crypto, { getRandomValues: <T extends ArrayBufferView>(array: T) => globalThis.crypto.getRandomValues(array as never) as T }];
    for (const [index, webCrypto] of cryptos.entries()) {
      // On a server, createConsent is inert: the decision is emitted by hand, as the core would.
      const consent = createConsent();
      const statuses: number[] = [];
      const win = {
        location: new URL('https://www.limburg.be/de/datenschutz?x=1#y'),
        navigator: {},
        crypto: webCrypto,
        fetch: async (url: string, init: RequestInit) => {
          sent.push(JSON.parse(init.body as string));
          const response = await fetch(url, init);
          statuses.push(response.status);
          return response;
        },
      } as unknown as Window;
      consentReceipts(consent, { endpoint: server.url, texts: 'Wir verwenden Cookies.', window: win });
      consent.emit('decision', { state: state(crypto.randomUUID()), previous: state(crypto.randomUUID()), remote: false });
      await expect.poll(() => statuses).toEqual([201]);
      expect(sent[index]!.textsHash).toMatch(index === 0 ? /^sha-256:/ : /^fnv-1a-32:/);
    }
    const stored = await lines();
    for (const receipt of sent) expect(stored).toContainEqual({ ...receipt, receivedAt: expect.any(String) });
  });

  it('leaves a file of valid receipts, one per line, each receipt id once, with nothing but the receipt and its arrival time', async () => {
    const stored = await lines();
    expect(stored.length).toBeGreaterThanOrEqual(6);
    const ids = stored.map(({ receiptId }) => receiptId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const line of stored) expect(Object.keys(line)).toEqual([...FIELDS, 'receivedAt']);
    expect((await readFile(file, 'utf8')).endsWith('\n')).toBe(true);
  });
});
