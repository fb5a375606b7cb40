// The headless core in real Chromium, against the built bundles: what happy-dom cannot show
// (cookies as the browser stores them, script execution order, CSP, tabs, network requests).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTest as test, ran, recordRequests, sleep, useBrowser, watchCspViolations } from './harness';

const CSP = "default-src 'self'; script-src 'self' 'nonce-R4nd0m'";
const DAY = 86_400;

/**
 * Streams a page in two network chunks, split inside a gated inline script. The second chunk is
 * sent only after the page reports (GET /streamed-parsed, from a script just before the split)
 * that the parser got there, plus a margin, so the parser has certainly seen the partial script.
 */
let parsed: (() => void) | undefined;
const streamedPage = async (_req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
  if (url.pathname === '/streamed-parsed') {
    parsed?.();
    res.writeHead(204, { 'cache-control': 'no-store' }).end();
    return true;
  }
  if (url.pathname !== '/streamed.html') return false;
  const reached = new Promise<void>((resolve) => {
    parsed = resolve;
    setTimeout(resolve, 3000);
  });
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.write(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Streamed</title>' +
      '<script>window.__ran = [];</script><script src="/dist/consent-gate.iife.js"></script></head><body>' +
      `<!-- ${'padding '.repeat(200)} -->` +
      '<script>fetch("/streamed-parsed");</script>' +
      '<script type="text/plain" data-consent="performance">window.__ran.push("streamed-" + ',
  );
  await reached;
  await sleep(300);
  res.end(
    '"whole");</script><script type="text/plain" data-consent="performance">window.__ran.push("after");</script>' +
      '</body></html>',
  );
  return true;
};

const browser = useBrowser({
  headers: (path) => (path === '/csp.html' ? { 'content-security-policy': CSP } : undefined),
  handle: streamedPage,
});

/** Evaluates a method of the page's consent instance (IIFE: ConsentGate; ESM pages: consent). */
const call = (page: Page, method: 'acceptAll' | 'rejectAll' | 'reset', global: 'ConsentGate' | 'consent' = 'ConsentGate') =>
  page.evaluate(([name, g]) => void window[g][name](), [method, global] as const);

const grant = (page: Page, categories: Array<'functional' | 'performance' | 'advertising'>) =>
  page.evaluate((ids) => void window.ConsentGate.grant(ids), categories);

/** Waits until a page's consent instance exists (module scripts run after parsing). */
const ready = (page: Page, global: 'ConsentGate' | 'consent' = 'ConsentGate') =>
  page.waitForFunction((g) => Boolean(window[g]), global, { timeout: 5000 });

/** Evaluates, treating a navigation in progress (a reload) as "not yet". */
const settled = async <T>(page: Page, fn: () => T): Promise<T | 'navigating'> => {
  try {
    return await page.evaluate(fn);
  } catch {
    return 'navigating';
  }
};

describe('(a) the consent cookie as Chromium stores it', () => {
  test('acceptAll stores consent_gate host-only, path /, SameSite=Lax, ~182 days, not partitioned, not Secure on http', async () => {
    const page = await browser.newPage('/plain.html');
    expect(await page.context().cookies()).toEqual([]);
    const before = Date.now() / 1000;
    await call(page, 'acceptAll');
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => c.name)).toEqual(['consent_gate']);
    const cookie = cookies[0]!;
    expect(cookie).toMatchObject({ domain: '127.0.0.1', path: '/', sameSite: 'Lax', secure: false, httpOnly: false });
    expect(cookie.partitionKey).toBeUndefined();
    expect(Math.abs(cookie.expires - (before + 182 * DAY))).toBeLessThan(DAY);
    // The stored value is what the page reads back as decided.
    const state = await page.evaluate(() => window.ConsentGate.get());
    expect(state).toMatchObject({ decided: true, stored: true, source: 'api' });
    expect(Math.abs((state.expiresAt ?? 0) / 1000 - cookie.expires)).toBeLessThan(DAY);
  });

  test('data-cookie-domain and data-cookie-expires reach the stored cookie, and a sibling subdomain sees the decision', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${browser.namedOrigin('www')}/cookie-domain.html`);
    const before = Date.now() / 1000;
    await call(page, 'rejectAll');
    const cookies = await context.cookies();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ name: 'consent_gate', domain: '.consent.test', path: '/', sameSite: 'Lax', secure: false });
    expect(Math.abs(cookies[0]!.expires - (before + 30 * DAY))).toBeLessThan(DAY);

    const sibling = await context.newPage();
    await sibling.goto(`${browser.namedOrigin('shop')}/cookie-domain.html`);
    expect(await sibling.evaluate(() => window.ConsentGate.get())).toMatchObject({
      decided: true,
      revision: 3,
      choices: { necessary: true, functional: false, performance: false, advertising: false },
    });
  });
});

describe('(b) gated scripts run in document order, only after consent, never twice', () => {
  const ORDER = ['1-external-slow', '2-inline', '3-external-fast', '4-performance+functional', '5-module', '6-inline'];

  for (const [fixture, global] of [
    ['/order.html', 'ConsentGate'],
    ['/order-esm.html', 'consent'],
  ] as const) {
    test(`${fixture}: nothing before consent, then document order (external awaited, async not), each once`, async () => {
      const page = await browser.newPage(fixture);
      await ready(page, global);
      await sleep(700);
      expect(await ran(page)).toEqual([]);

      await call(page, 'acceptAll', global);
      await expect.poll(() => ran(page), { timeout: 5000 }).toHaveLength(ORDER.length + 2);
      const order = await ran(page);
      expect(order.filter((id) => id !== 'async')).toEqual([...ORDER.slice(0, 3), 'advertising', ...ORDER.slice(3)]);
      expect(order.filter((id) => id === 'async')).toHaveLength(1);

      // A second decision, a withdrawal and a renewed grant run nothing again.
      await call(page, 'rejectAll', global);
      await call(page, 'acceptAll', global);
      await call(page, 'acceptAll', global);
      await sleep(800);
      expect(await ran(page)).toEqual(order);
      // Scripts leave no text/plain copy behind to be picked up again.
      expect(await page.locator('script[type="text/plain"]').count()).toBe(0);
    });
  }

  test('a partial grant runs only the scripts whose categories are all granted', async () => {
    const page = await browser.newPage('/order.html');
    await grant(page, ['performance']);
    await expect.poll(() => ran(page), { timeout: 5000 }).toContain('6-inline');
    await sleep(700);
    const first = await ran(page);
    expect(first.filter((id) => id !== 'async')).toEqual(['1-external-slow', '2-inline', '3-external-fast', '5-module', '6-inline']);
    await grant(page, ['functional']);
    await expect.poll(() => ran(page)).toContain('4-performance+functional');
    expect(await ran(page)).not.toContain('advertising');
  });

  test('an inline data-type="module" script runs, deferred as modules are, and the gated scripts after it still run', async () => {
    const page = await browser.newPage('/module-inline.html');
    await call(page, 'acceptAll');
    await expect.poll(() => ran(page), { timeout: 3000 }).toHaveLength(3);
    // As in plain HTML, an inline module runs after the classic scripts around it.
    expect(await ran(page)).toEqual(['classic-before', 'classic-after', 'inline-module']);
  });

  test('a second createConsent on the same page runs nothing again', async () => {
    const page = await browser.newPage('/order-esm.html');
    await ready(page, 'consent');
    await call(page, 'acceptAll', 'consent');
    await expect.poll(() => ran(page), { timeout: 5000 }).toHaveLength(8);
    const order = await ran(page);
    await page.evaluate(() => {
      const second = window.lib.createConsent({ reloadOnWithdraw: false });
      second.acceptAll();
      window.lib.createConsent().grant(['performance']);
    });
    await sleep(800);
    expect(await ran(page)).toEqual(order);
  });

  test('a returning visitor (cookie set) gets every gated script once, in order, on the next page view', async () => {
    const page = await browser.newPage('/order.html');
    await call(page, 'acceptAll');
    await expect.poll(() => ran(page), { timeout: 5000 }).toHaveLength(8);
    await page.reload();
    await expect.poll(() => ran(page), { timeout: 5000 }).toHaveLength(8);
    await sleep(700);
    const order = await ran(page);
    expect(order.filter((id) => id !== 'async')).toEqual([...ORDER.slice(0, 3), 'advertising', ...ORDER.slice(3)]);
  });

  test('a returning visitor: a gated inline script that arrives in two network chunks runs with its whole text', async () => {
    const page = await browser.newPage('/plain.html');
    await call(page, 'acceptAll');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${browser.origin}/streamed.html`);
    await expect.poll(() => ran(page), { timeout: 5000 }).toContain('after');
    expect(await ran(page)).toEqual(['streamed-whole', 'after']);
    expect(errors).toEqual([]);
  });
});

describe('(c) nonce under a real Content-Security-Policy header', () => {
  test('gated inline, external and module scripts carrying the nonce run after consent, with zero violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await watchCspViolations(page);
    const response = await page.goto(`${browser.origin}/csp.html`);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    await ready(page);
    expect(await ran(page)).toEqual([]);

    await grant(page, ['performance']);
    await expect.poll(() => ran(page), { timeout: 5000 }).toHaveLength(3);
    expect(await ran(page)).toEqual(['inline-nonce', 'external-nonce', 'module-nonce']);
    expect(await page.evaluate(() => window.__violations)).toEqual([]);

    // The activated copies still carry the nonce (as a property: browsers hide the attribute).
    const nonces = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLScriptElement>('script[data-consent="performance"]'), (s) => s.nonce),
    );
    expect(nonces).toEqual(['R4nd0m', 'R4nd0m', 'R4nd0m']);
  });
});

describe('(d) decisions reach the other open tabs', () => {
  test('accept in tab A runs tab B\'s gated script within 1 s; withdrawing in A withdraws in B', async () => {
    const context = await browser.newContext();
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(`${browser.origin}/tabs.html`);
    await b.goto(`${browser.origin}/tabs.html`);
    await Promise.all([ready(a), ready(b)]);
    expect(await b.evaluate(() => window.ConsentGate.allowed('performance'))).toBe(false);

    const inB = b.waitForFunction(
      () => (window.__ran ?? []).includes('tab-performance') && window.ConsentGate.allowed('performance'),
      null,
      { timeout: 1000, polling: 25 },
    );
    const started = Date.now();
    await call(a, 'acceptAll');
    await inB;
    expect(Date.now() - started).toBeLessThanOrEqual(1000);
    expect(await ran(b)).toEqual(['tab-performance']);

    // Withdraw in A: B's performance script already ran, so B reloads (default reloadOnWithdraw)
    // and comes back denied with nothing run.
    await call(a, 'rejectAll').catch(() => undefined); // A reloads itself too
    await expect
      .poll(() => settled(b, () => window.ConsentGate?.allowed('performance') === false && (window.__ran ?? []).length === 0), {
        timeout: 3000,
        interval: 50,
      })
      .toBe(true);
  });

  test('withdrawing functional in tab A unloads tab B\'s iframe within 1 s, without a reload', async () => {
    const context = await browser.newContext();
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(`${browser.origin}/tabs-frame.html`);
    await b.goto(`${browser.origin}/tabs-frame.html`);
    await Promise.all([ready(a), ready(b)]);
    await b.evaluate(() => {
      (window as unknown as { __sameView: boolean }).__sameView = true;
    });

    await call(a, 'acceptAll');
    await b.waitForFunction(() => document.querySelector('iframe')?.getAttribute('src') === '/frame.html?id=tabs', null, { timeout: 1000 });
    await b.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.getElementById('frame-content'), null, { timeout: 3000 });

    await call(a, 'rejectAll');
    await b.waitForFunction(() => document.querySelector('iframe')?.getAttribute('src') === 'about:blank', null, { timeout: 1000 });
    expect(await b.evaluate(() => window.ConsentGate.allowed('functional'))).toBe(false);
    expect(await b.evaluate(() => (window as unknown as { __sameView?: boolean }).__sameView)).toBe(true);
    expect(b.frames().map((frame) => frame.url())).not.toContain(`${browser.origin}/frame.html?id=tabs`);
  });
});

describe('(e) elements added later are gated too', () => {
  test('elements appended after consent are activated', async () => {
    const page = await browser.newPage('/late.html');
    await call(page, 'acceptAll');
    await page.evaluate(() => {
      const slot = document.getElementById('slot')!;
      const inline = document.createElement('script');
      inline.type = 'text/plain';
      inline.dataset.consent = 'performance';
      inline.text = "window.__ran.push('late-inline');";
      slot.append(inline);
      const external = document.createElement('script');
      external.type = 'text/plain';
      external.dataset.consent = 'performance';
      external.src = '/log.js?id=late-external';
      slot.append(external);
      // innerHTML scripts never run by themselves; the gate's copy does.
      const wrapper = document.createElement('div');
      wrapper.innerHTML =
        '<script type="text/plain" data-consent="advertising">window.__ran.push("late-nested")</script>' +
        '<img data-consent="advertising" data-src="/pixel.gif?id=late" alt="">';
      slot.append(wrapper);
    });
    await expect.poll(() => ran(page), { timeout: 5000 }).toHaveLength(3);
    expect((await ran(page)).sort()).toEqual(['late-external', 'late-inline', 'late-nested']);
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('#slot img');
      return img?.complete && img.naturalWidth === 1;
    }, null, { timeout: 3000 });
  });

  test('elements appended before consent wait, and are activated by the grant', async () => {
    const page = await browser.newPage('/late.html');
    await ready(page);
    await page.evaluate(() => {
      const slot = document.getElementById('slot')!;
      slot.insertAdjacentHTML(
        'beforeend',
        '<iframe data-consent="functional" data-src="/frame.html?id=late" title="Late frame"></iframe>',
      );
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.dataset.consent = 'performance';
      script.text = "window.__ran.push('early');";
      slot.append(script);
    });
    await sleep(400);
    expect(await ran(page)).toEqual([]);
    expect(await page.locator('#slot iframe').getAttribute('src')).toBeNull();

    await grant(page, ['performance']);
    await expect.poll(() => ran(page)).toEqual(['early']);
    expect(await page.locator('#slot iframe').getAttribute('src')).toBeNull();

    await grant(page, ['functional']);
    await page.waitForFunction(
      () => document.querySelector('#slot iframe')?.getAttribute('src') === '/frame.html?id=late',
      null,
      { timeout: 2000 },
    );
    expect(await ran(page)).toEqual(['early']);
  });
});

describe('(f) before any decision', () => {
  test('no gated URL is requested and no cookie exists; the grant then loads each of them', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.goto(`${browser.origin}/before.html`);
    await ready(page);
    await sleep(800);
    const gated = (urls: string[]) => urls.filter((url) => url.includes('id=gated'));
    expect(gated(requests)).toEqual([]);
    expect(await ran(page)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await page.evaluate(() => window.ConsentGate.get().decided)).toBe(false);
    expect(
      await page.evaluate(() => Array.from(document.querySelectorAll('[data-consent]'), (el) => el.getAttribute('data-consent-state'))),
    ).toEqual(['blocked', 'blocked', 'blocked', 'blocked', 'blocked', 'blocked']);

    // Control: the same page requests every gated URL once everything is granted.
    await call(page, 'acceptAll');
    await expect
      .poll(() => gated(requests).map((url) => new URL(url).searchParams.get('id')).sort(), { timeout: 5000 })
      .toEqual(['gated-async', 'gated-external', 'gated-frame', 'gated-img', 'gated-module-import']);
  });
});

describe('(g) withdrawal', () => {
  test('erases the declared cookies (host-only and parent-domain) and unloads the iframe and image', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const origin = browser.namedOrigin('www');
    await page.goto(`${origin}/withdraw.html`);
    await call(page, 'acceptAll');
    await page.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.getElementById('frame-content'), null, {
      timeout: 3000,
    });
    await context.addCookies([
      { name: '_ga', value: 'GA1.1', domain: '.consent.test', path: '/' },
      { name: '_ga_ABC123', value: 'GS1.1', url: origin },
      { name: '_fbp', value: 'fb.1', url: origin },
      { name: '_gid', value: 'kept: not declared', url: origin },
    ]);
    await page.evaluate(() => {
      window.__events = [];
      window.ConsentGate.on('deactivate', ({ element }) => window.__events!.push(`deactivate:${element.localName}`));
      window.ConsentGate.on('deny', ({ category }) => window.__events!.push(`deny:${category}`));
    });

    await call(page, 'rejectAll');
    const names = (await context.cookies()).map((c) => c.name).sort();
    expect(names).toEqual(['_gid', 'consent_gate']);
    expect(await page.locator('iframe').getAttribute('src')).toBe('about:blank');
    expect(await page.locator('img').getAttribute('src')).toBeNull();
    await expect.poll(() => page.frames().map((frame) => frame.url())).not.toContain(`${origin}/frame.html?id=withdraw`);
    expect((await page.evaluate(() => window.__events!)).sort()).toEqual([
      'deactivate:iframe',
      'deactivate:img',
      'deny:advertising',
      'deny:functional',
      'deny:performance',
    ]);
  });

  test('reloads once when a script of the withdrawn category ran, and not when none did', async () => {
    const page = await browser.newPage('/reload.html');
    await page.evaluate(() => {
      (window as unknown as { __sameView: boolean }).__sameView = true;
    });
    await grant(page, ['functional']);
    await page.waitForFunction(() => document.querySelector('iframe')?.getAttribute('src') === '/frame.html?id=reload');
    await page.evaluate(() => void window.ConsentGate.set({}));
    await sleep(500);
    // Only an iframe was withdrawn: no reload.
    expect(await page.evaluate(() => (window as unknown as { __sameView?: boolean }).__sameView)).toBe(true);

    await grant(page, ['performance']);
    await expect.poll(() => ran(page)).toEqual(['performance']);
    const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame(), timeout: 3000 });
    await page.evaluate(() => void window.ConsentGate.rejectAll()).catch(() => undefined);
    await navigated;
    await ready(page);
    expect(await page.evaluate(() => (window as unknown as { __sameView?: boolean }).__sameView)).toBeUndefined();
    expect(await page.evaluate(() => window.ConsentGate.get().choices.performance)).toBe(false);
    expect(await ran(page)).toEqual([]);
  });
});
