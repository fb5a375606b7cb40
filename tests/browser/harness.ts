// Browser tier: real Chromium (playwright-core) against the BUILT bundles in dist/, served with
// the fixture pages in tests/browser/fixtures/ by scripts/serve.mjs.
//
// No Chromium: with CI set every browser test fails with an install hint; without CI they are
// skipped (reported as skipped, never as passed) and the run ends with a loud warning.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, test } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_PATH, chromiumAvailable, INSTALL_HINT, IS_CI, SKIP_NOTE } from './chromium';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Host names that Chromium resolves to 127.0.0.1, for cookie-domain tests (`www.consent.test`). */
export const TEST_DOMAIN = 'consent.test';

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--host-resolver-rules=MAP *.${TEST_DOMAIN} 127.0.0.1`,
];

export interface HarnessOptions {
  /** Extra response headers per URL path, e.g. a Content-Security-Policy for one fixture. */
  readonly headers?: (urlPath: string) => Record<string, string> | undefined;
  /** Extra routes; return true when the request was answered. */
  readonly handle?: (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;
}

export interface Harness {
  /** Base URL of the fixture server, e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  /** Origin of the same server under a host name of TEST_DOMAIN, e.g. http://www.consent.test:41234 */
  readonly namedOrigin: (subdomain?: string) => string;
  /** A fresh context (own cookie jar); closed after the test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context, opened at `path` (relative to the fixture server) when given. */
  newPage(path?: string, options?: BrowserContextOptions): Promise<Page>;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Routes every browser test can use:
 * - `/log.js?id=A&ms=300` answers after `ms` with a script that appends `id` to `window.__ran`.
 * - `/pixel.gif?id=A` a 1x1 GIF.
 */
const builtInRoutes = async (_req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
  if (url.pathname === '/log.js') {
    const ms = Math.min(Number(url.searchParams.get('ms') ?? 0) || 0, 5000);
    if (ms > 0) await wait(ms);
    const id = url.searchParams.get('id') ?? '?';
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`(window.__ran = window.__ran || []).push(${JSON.stringify(id)});\n`);
    return true;
  }
  if (url.pathname === '/pixel.gif') {
    res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' });
    res.end(Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'));
    return true;
  }
  return false;
};

const AVAILABLE = chromiumAvailable();

/**
 * `test` for browser tests: without Chromium (and without CI) it is `test.skip`, so the tests and
 * their file are reported as skipped at collection. With CI set they run and fail in beforeEach.
 */
export const browserTest = (AVAILABLE || IS_CI ? test : test.skip) as typeof test;

/** Registers the hooks of one browser test file and returns its handle. */
export function useBrowser(options: HarnessOptions = {}): Harness {
  let browser: Browser | undefined;
  let server: { url: string; port: number; close: () => Promise<void> } | undefined;
  let contexts: BrowserContext[] = [];
  const available = AVAILABLE;

  beforeAll(async () => {
    if (!available) return;
    for (const file of ['consent-gate.iife.js', 'index.js']) {
      if (!existsSync(DIST + file)) throw new Error(`dist/${file} is missing: run \`npm run build\` before the browser tests`);
    }
    server = await startServer({
      root: FIXTURES,
      port: 0,
      headers: options.headers,
      handle: async (req, res, url) =>
        (options.handle ? await options.handle(req, res, url) : false) || builtInRoutes(req, res, url),
    });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: LAUNCH_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // Also covers tests declared with plain `test` instead of `browserTest`.
  beforeEach((context) => {
    if (available) return;
    if (IS_CI) throw new Error(`${INSTALL_HINT} (CI is set, so the browser tests fail instead of being skipped.)`);
    context.skip(`${SKIP_NOTE} at ${CHROMIUM_PATH}`);
  });

  afterEach(async () => {
    const open = contexts;
    contexts = [];
    await Promise.all(open.map((context) => context.close().catch(() => undefined)));
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`browser harness: ${what} is not ready (did beforeAll fail?)`);
    return value;
  };

  const harness: Harness = {
    get origin() {
      return need(server, 'the server').url;
    },
    namedOrigin: (subdomain = 'www') => `http://${subdomain}.${TEST_DOMAIN}:${need(server, 'the server').port}`,
    async newContext(contextOptions) {
      const context = await need(browser, 'Chromium').newContext(contextOptions);
      contexts.push(context);
      return context;
    },
    async newPage(path, contextOptions) {
      const context = await harness.newContext(contextOptions);
      const page = await context.newPage();
      if (path !== undefined) await page.goto(new URL(path, harness.origin).href);
      return page;
    },
  };
  return harness;
}

/** Records every request URL a page makes (call before navigating). */
export const recordRequests = (page: Page): string[] => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
};

/** Collects CSP violations from the first script on, in `window.__violations`. */
export const watchCspViolations = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = list;
    document.addEventListener('securitypolicyviolation', (event) => {
      list.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
};

/** `window.__ran` of a page: ids of the fixture scripts that ran, in order. */
export const ran = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...((window as unknown as { __ran?: string[] }).__ran ?? [])]);

export const sleep = wait;

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core with the WCAG 2.0–2.2 A and AA rules; returns the violations, empty when none. */
export const axe = async (page: Page) => {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown; failureSummary?: string }> }> }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => `${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`) }));
  });
};
