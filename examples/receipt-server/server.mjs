// A small, dependency-free receiver of consent receipts (see README.md next to this file).
//
//   node examples/receipt-server/server.mjs      listens on http://127.0.0.1:8787/receipts
//                                                (PORT and FILE override port and output file)
//   import { startReceiptServer } from './examples/receipt-server/server.mjs'   (used by the tests)
//
// It accepts POST /receipts with one receipt as JSON, checks every field, and appends each new
// receipt as one line to a JSON-lines file. A receipt id already stored is answered as a
// duplicate and not stored again, so a browser may safely send a receipt twice. It keeps no IP
// address, user agent or other request data: only the receipt and the time it arrived.
import { mkdir, readFile, appendFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where receipts go when no file is given: receipts.jsonl next to this file. */
export const DEFAULT_FILE = fileURLToPath(new URL('./receipts.jsonl', import.meta.url));
/** The only path that accepts receipts. */
export const RECEIPTS_PATH = '/receipts';
/** Largest accepted body in bytes; a receipt is about 400. */
export const MAX_BODY = 4096;

const CATEGORIES = ['necessary', 'functional', 'performance', 'advertising'];
const LOCALES = ['nl', 'fr', 'de', 'en'];
const SOURCES = ['banner', 'preferences', 'api', 'placeholder', 'gpc'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const TEXTS_HASH = /^(?:sha-256:[0-9a-f]{64}|fnv-1a-32:[0-9a-f]{8})$/;

const isString = (value) => typeof value == 'string';
const isCategoryList = (value) =>
  Array.isArray(value) && value.every((id) => CATEGORIES.includes(id)) && new Set(value).size === value.length;

/** A real calendar date and time (Date.parse alone takes 2026-02-30 for 2 March). */
const isDateTime = (value) => {
  const match = isString(value) ? ISO_DATE_TIME.exec(value) : null;
  if (!match || Number.isNaN(Date.parse(value))) return false;
  const [, year, month, day] = match.map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
};

const isPageUrl = (value) => {
  if (!isString(value) || value.length > 2048 || /[?#\s]/.test(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** Every field of a receipt, in the order they are stored: [check, what is expected]. */
const FIELDS = {
  receiptId: [(value) => isString(value) && UUID.test(value), 'a UUID'],
  consentId: [(value) => isString(value) && UUID.test(value), 'a UUID'],
  decidedAt: [isDateTime, 'an ISO 8601 date and time such as 2026-11-29T09:00:00.000Z'],
  revision: [(value) => Number.isSafeInteger(value) && value >= 0, 'a whole number from 0'],
  granted: [
    (value) => isCategoryList(value) && value.includes('necessary'),
    `an array of category ids (${CATEGORIES.join(', ')}), each once, including necessary`,
  ],
  denied: [
    (value, receipt) =>
      isCategoryList(value) &&
      value.every((id) => !receipt.granted.includes(id)) &&
      value.length + receipt.granted.length === CATEGORIES.length,
    'an array of the category ids not granted: together with granted, every category exactly once',
  ],
  locale: [(value) => LOCALES.includes(value), `one of ${LOCALES.join(', ')}`],
  source: [(value) => SOURCES.includes(value), `one of ${SOURCES.join(', ')}`],
  url: [isPageUrl, 'an http(s) URL without query string or hash'],
  textsHash: [(value) => isString(value) && TEXTS_HASH.test(value), 'sha-256:<64 hex digits> or fnv-1a-32:<8 hex digits>'],
};
const NAMES = Object.keys(FIELDS);

/**
 * Checks a parsed receipt.
 * @param {unknown} receipt
 * @returns {string | undefined} `"<field>: <what was expected>"` for the first problem, or undefined when valid
 * @example validateReceipt({ receiptId: 'x' }) // 'receiptId: a UUID'
 */
export function validateReceipt(receipt) {
  if (typeof receipt != 'object' || receipt === null || Array.isArray(receipt)) return 'body: a JSON object (one receipt)';
  const unknown = Object.keys(receipt).find((name) => !NAMES.includes(name));
  if (unknown !== undefined) return `${unknown.slice(0, 40)}: no such field (a receipt has ${NAMES.join(', ')})`;
  for (const name of NAMES) {
    const [check, expected] = FIELDS[name];
    if (!(name in receipt)) return `${name}: ${expected} (missing)`;
    if (!check(receipt[name], receipt)) return `${name}: ${expected}`;
  }
  return undefined;
}

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The body as text, refusing it past MAX_BODY bytes without reading further. */
const readBody = (req) =>
  new Promise((resolve, reject) => {
    const tooLarge = () => new HttpError(413, `body: at most ${MAX_BODY} bytes`);
    if (Number(req.headers['content-length']) > MAX_BODY) return reject(tooLarge());
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      reject(tooLarge());
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/**
 * Starts the receipt server.
 * @param {object} [options]
 * @param {number} [options.port] 0 picks a free port (default: 8787)
 * @param {string} [options.host] default 127.0.0.1
 * @param {string} [options.file] JSON-lines file the receipts are appended to (default: receipts.jsonl next to this file)
 * @returns {Promise<{ url: string, port: number, file: string, close: () => Promise<void> }>} `url` is the
 *   receipts endpoint, e.g. http://127.0.0.1:8787/receipts
 * @example const { url, close } = await startReceiptServer({ port: 0, file: '/tmp/receipts.jsonl' });
 */
export async function startReceiptServer({ port = 8787, host = '127.0.0.1', file = DEFAULT_FILE } = {}) {
  const output = resolve(file);
  await mkdir(dirname(output), { recursive: true });

  // Receipt ids already stored, so that a receipt sent again is stored once.
  const stored = new Set();
  const existing = await readFile(output, 'utf8').catch((error) => (error.code === 'ENOENT' ? '' : Promise.reject(error)));
  for (const line of existing.split('\n')) {
    try {
      stored.add(JSON.parse(line).receiptId);
    } catch {
      // An empty or damaged line holds no id.
    }
  }
  // Appends one after the other, so that lines never interleave.
  let writing = Promise.resolve();

  const answer = (req, res, status, body, headers = {}) => {
    const { 'content-length': length, 'transfer-encoding': chunked } = req.headers;
    const early = !req.complete && (chunked !== undefined || Number(length) > 0);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...(early && { connection: 'close' }),
      ...headers,
    });
    res.end(JSON.stringify(body));
    if (early) {
      // Answered before the whole body came: nothing more is kept, and the rest is dropped for a
      // moment only (closing on unread data would reset the connection before the client reads
      // the answer).
      let dropped = 0;
      req.on('data', (chunk) => {
        if ((dropped += chunk.length) > 16 * MAX_BODY) req.socket.destroy();
      });
      req.resume();
    }
  };

  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      if (pathname !== RECEIPTS_PATH) return answer(req, res, 404, { error: `path: ${RECEIPTS_PATH}` });
      if (req.method !== 'POST') return answer(req, res, 405, { error: 'method: POST' }, { allow: 'POST' });

      const text = await readBody(req);
      const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (type !== 'application/json') return answer(req, res, 400, { error: 'content-type: application/json' });
      let receipt;
      try {
        receipt = JSON.parse(text);
      } catch {
        return answer(req, res, 400, { error: 'body: valid JSON' });
      }
      const problem = validateReceipt(receipt);
      if (problem) return answer(req, res, 400, { error: problem });

      const { receiptId } = receipt;
      if (stored.has(receiptId)) return answer(req, res, 200, { duplicate: true, receiptId });
      stored.add(receiptId);
      const line = JSON.stringify({ ...Object.fromEntries(NAMES.map((name) => [name, receipt[name]])), receivedAt: new Date().toISOString() });
      const append = writing.then(() => appendFile(output, `${line}\n`, 'utf8'));
      writing = append.catch(() => {});
      try {
        await append;
      } catch (error) {
        stored.delete(receiptId);
        console.error('receipt-server: could not append to', output, error);
        return answer(req, res, 500, { error: 'storage: the receipt could not be stored; send it again' });
      }
      return answer(req, res, 201, { stored: true, receiptId });
    } catch (error) {
      if (error instanceof HttpError) return answer(req, res, error.status, { error: error.message });
      console.error('receipt-server:', error);
      if (!res.headersSent) answer(req, res, 500, { error: 'server: unexpected error' });
      else res.destroy();
    }
  });
  // A receipt is small: a client that takes longer than this is not sending one.
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const address = server.address();
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    url: `${origin}${RECEIPTS_PATH}`,
    port: address.port,
    file: output,
    close: async () => {
      await new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await writing;
    },
  };
}

// Run directly: `node examples/receipt-server/server.mjs`.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const port = Number(process.env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`receipt-server: PORT must be a port number (0-65535), got ${JSON.stringify(process.env.PORT)}`);
    process.exit(1);
  }
  const running = await startReceiptServer({ port, file: process.env.FILE || DEFAULT_FILE });
  console.log(`Consent receipts: POST ${running.url}`);
  console.log(`Stored in ${running.file}`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => void running.close().then(() => process.exit(0)));
  }
}
