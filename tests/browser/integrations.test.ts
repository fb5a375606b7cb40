// The integrations as pages start them (script tag or ESM import), in real Chromium against the built bundles.
import { createHash } from 'node:crypto';
import { describe, expect } from 'vitest';
import { axe, browserTest as test, useBrowser } from './harness';

const browser = useBrowser();

describe('Google Consent Mode from the script tag', () => {
  test('a returning visitor: the default and the stored choice are in dataLayer before the gated Google tag runs', async () => {
    const page = await browser.newPage('/integrations/gcm.html');
    await page.evaluate(() => window.ConsentGate!.grant('performance'));
    await page.waitForFunction(() => 'ConsentGate' in window && '__gtagSaw' in window);
    await page.reload();
    await page.waitForFunction(() => '__gtagSaw' in window);
    const saw = (await page.evaluate(() => (window as unknown as { __gtagSaw: unknown[][] }).__gtagSaw)) as unknown[][];
    expect(saw.map((entry) => entry.slice(0, 2))).toEqual([
      ['consent', 'default'],
      ['consent', 'update'],
    ]);
    expect(saw[0]![2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied', security_storage: 'granted' });
    expect(saw[1]![2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
  });

  test('a withdrawal sends one update with everything optional denied', async () => {
    const page = await browser.newPage('/integrations/gcm.html');
    await page.evaluate(() => {
      window.ConsentGate!.acceptAll();
      window.ConsentGate!.set({});
    });
    const updates = await page.evaluate(() =>
      ((window as unknown as { dataLayer: IArguments[] }).dataLayer)
        .map((entry) => Array.from(entry))
        .filter((entry) => entry[1] === 'update'),
    );
    expect(updates).toHaveLength(2);
    expect(updates[1]![2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied', functionality_storage: 'denied' });
  });
});

describe('placeholders for embeds', () => {
  test('a blocked video shows its notice in its own box; allowing it loads the video without moving the page', async () => {
    const page = await browser.newPage('/integrations/embed.html');
    await page.evaluate(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { __shift: number }).__shift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const notice = page.getByRole('group', { name: 'Film over de maakindustrie' });
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Functionaliteitscookies');
    const before = await page.locator('#below').boundingBox();
    // The notice covers exactly the embed's box (560 x 315 plus the iframe's own border).
    expect(await notice.boundingBox()).toEqual(await page.locator('iframe').boundingBox());
    await page.evaluate(() => (window as unknown as { __shift: number }).__shift = 0);
    await notice.getByRole('button', { name: 'Altijd toestaan' }).click();
    await expect.poll(() => page.frameLocator('iframe').locator('p').textContent()).toBe('Video');
    expect(await notice.isVisible()).toBe(false);
    expect(await page.locator('#below').boundingBox()).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('iframe');
  });

  test('"this time only" loads the video but records nothing', async () => {
    const page = await browser.newPage('/integrations/embed.html');
    await page.getByRole('button', { name: 'Alleen deze keer laden' }).click();
    await expect.poll(() => page.frameLocator('iframe').locator('p').textContent()).toBe('Video');
    expect(await page.evaluate(() => window.ConsentGate!.get().decided)).toBe(false);
    expect(await page.context().cookies()).toEqual([]);
  });

  test('"Cookievoorkeuren" in the notice opens the preferences, and Escape returns focus to it', async () => {
    const page = await browser.newPage('/integrations/embed.html');
    const open = page.getByRole('button', { name: 'Cookievoorkeuren' });
    await open.click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(false);
    expect(await open.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => window.ConsentGate!.get().decided)).toBe(false);
  });

  test('the notice has no axe violations (WCAG 2.0-2.2 A and AA)', async () => {
    const page = await browser.newPage('/integrations/embed.html');
    await page.getByRole('button', { name: 'Alles weigeren' }).click();
    await page.getByRole('group', { name: 'Film over de maakindustrie' }).waitFor();
    expect(await axe(page)).toEqual([]);
  });

  // A 16:9 video on a phone is too short for the notice at its full size; the compact layout
  // must show the buttons without scrolling inside the notice, still over the embed's own box.
  for (const lang of ['nl', 'fr', 'de', 'en']) {
    test(`on a phone (${lang}): every button of a blocked 16:9 video shows without scrolling at 375 and 414px wide, "allow" at 320 and 360`, async () => {
      for (const [width, shown] of [[320, 1], [360, 1], [375, 3], [414, 3]] as const) {
        const page = await browser.newPage(`/integrations/phone.html?lang=${lang}`, { viewport: { width, height: 700 } });
        await page.evaluate(() => window.ConsentGate!.rejectAll());
        const notice = page.getByRole('group', { name: 'Video over de maakindustrie in Limburg' });
        await notice.waitFor();
        expect(await notice.boundingBox()).toEqual(await page.locator('iframe').boundingBox());
        // Each button's box against the part of the notice one sees (inside its border), unscrolled.
        const fits = await notice.evaluate((holder) => {
          const box = holder.getBoundingClientRect();
          const top = box.top + holder.clientTop;
          const left = box.left + holder.clientLeft;
          return [...holder.querySelectorAll('button')].map((button) => {
            const r = button.getBoundingClientRect();
            return holder.scrollTop == 0 && r.top >= top && r.left >= left && r.bottom <= top + holder.clientHeight && r.right <= left + holder.clientWidth;
          });
        });
        expect(fits, `${width}px`).toEqual([true, true, true].map((_, index) => index < shown || fits[index]));
        if (width == 375) expect(await axe(page)).toEqual([]);
        await page.context().close();
      }
    });
  }
});

describe('consent receipts (ESM build)', () => {
  test('a decision sends one JSON receipt with a SHA-256 texts hash, keeps nothing pending, and another open tab sends none', async () => {
    const context = await browser.newContext();
    // The receipt endpoint: records what arrives (the fixture server answers GET only).
    const received: Array<{ type: string | undefined; body: string }> = [];
    await context.route('**/receipts', async (route) => {
      const request = route.request();
      received.push({ type: await request.headerValue('content-type') ?? undefined, body: request.postData() ?? '' });
      await route.fulfill({ status: 204 });
    });
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const page of [a, b]) {
      await page.goto(`${browser.origin}/integrations/receipts.html?email=jan%40example.be#top`);
      await page.waitForFunction(() => Boolean(window.consent));
    }
    await a.evaluate(() => void window.consent.grant('performance', { source: 'banner' }));
    // Tab B hears of the decision (its state follows) but leaves the receipt to tab A.
    await b.waitForFunction(() => window.consent.allowed('performance'));
    await expect.poll(() => received.length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received).toHaveLength(1);
    expect(received[0]!.type).toMatch(/^application\/json/);
    const receipt = JSON.parse(received[0]!.body);
    expect(receipt).toEqual({
      receiptId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      consentId: await a.evaluate(() => window.consent.get().consentId),
      decidedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      revision: 1,
      granted: ['necessary', 'performance'],
      denied: ['functional', 'advertising'],
      locale: 'nl',
      source: 'banner',
      url: `${browser.origin}/integrations/receipts.html`,
      textsHash: `sha-256:${createHash('sha256').update('Wij gebruiken cookies.').digest('hex')}`,
    });
    expect(await a.evaluate(() => localStorage.getItem('consent-gate:receipts'))).toBe('[]');
  });
});
