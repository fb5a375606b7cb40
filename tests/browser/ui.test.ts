// The default UI in real Chromium, against the BUILT script-tag bundle (dist/consent-gate.iife.js):
// keyboard-only use, axe-core, equal prominence, layout shift, strict CSP and an XSS corpus.
// Run `npm run build` first.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { nl } from '../../src/ui/locales/nl';
import { axe, ran, sleep, useBrowser, watchCspViolations } from './harness';

const STRICT_CSP = "default-src 'self'; script-src 'self' 'nonce-R4nd0m'; style-src 'self'";
const BANNER = { name: 'Cookies op deze website' };

// ---------------------------------------------------------------------------------------------
// The XSS corpus: every text field and every URL field of the configuration gets a payload.

const TEXT_PAYLOADS = [
  `<img src=x onerror="window.__xss.push('img')">`,
  `"><svg onload="window.__xss.push('svg')"></svg>`,
  `'><script>window.__xss.push('script')</script>`,
  `</script><script>window.__xss.push('close-script')</script>`,
  `<iframe srcdoc="<script>parent.__xss.push('srcdoc')</script>"></iframe>`,
  `<details open ontoggle="window.__xss.push('details')">`,
  `{{constructor.constructor('window.__xss.push("template")')()}} \${window.__xss.push('literal')}`,
  `<a href="javascript:window.__xss.push('anchor')">klik</a>`,
];
const URL_PAYLOADS = [
  `javascript:window.__xss.push('url')`,
  `  JaVaScRiPt:window.__xss.push('url-case')`,
  `java\tscript:window.__xss.push('url-tab')`,
  `data:text/html,<script>window.__xss.push('data')</script>`,
  `vbscript:msgbox(1)`,
];

/** A page whose configuration carries `text` in every text field and `url` in every URL field. */
const xssPage = (text: string, url: string): string => {
  const texts = Object.fromEntries(Object.keys(nl).map((key) => [key, text]));
  const cookie = { name: text, provider: text, purpose: { nl: text }, duration: text };
  const config = {
    controller: text,
    policyUrl: url,
    texts: { nl: texts },
    categories: { functional: { cookies: [cookie] }, performance: { cookies: [cookie] }, advertising: { cookies: [cookie] } },
  };
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  // JSON in a <script> element: "<" escaped, as a page must, so "</script>" stays inside.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>XSS corpus</title>
<script>window.__xss = [];</script>
<script type="application/json" data-consent-gate-config>${json}</script>
<script src="/dist/consent-gate.iife.js" data-controller="${attribute(text)}" data-styles="${attribute(url)}" data-policy-url="${attribute(url)}"></script>
</head><body><main><h1>XSS</h1><button type="button" data-consent-open>Cookie-instellingen</button></main></body></html>`;
};

const routes = async (_req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
  if (url.pathname === '/ui/xss.html') {
    const text = TEXT_PAYLOADS[Number(url.searchParams.get('text'))] ?? '';
    const link = URL_PAYLOADS[Number(url.searchParams.get('url'))] ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(xssPage(text, link));
    return true;
  }
  if (url.pathname === '/privacy') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="nl"><title>Privacy</title><main><h1>Privacy</h1></main>');
    return true;
  }
  return false;
};

const browser = useBrowser({
  headers: (path) => (path === '/ui/csp.html' ? { 'content-security-policy': STRICT_CSP } : undefined),
  handle: routes,
});

// ---------------------------------------------------------------------------------------------
// Shared steps

const state = (page: Page) => page.evaluate(() => window.ConsentGate.get());

/** What has focus: its accessible-ish name and where it sits. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      text: element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '',
      role: element?.getAttribute('role') ?? element?.localName ?? '',
      inBanner: Boolean(element?.closest('.cg-banner')),
      inDialog: Boolean(element?.closest('[role="dialog"]')),
    };
  });

const tab = async (page: Page, times = 1, shift = false) => {
  for (let i = 0; i < times; i++) await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
};

/** Runs axe-core on the whole page with the WCAG 2.x A/AA tags; returns the violations. */
/** WCAG relative luminance contrast of two computed CSS colours (rgb/rgba, opaque). */
const contrast = (a: string, b: string): number => {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
      const c = Number(value) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/** Computed styles of the banner's decision buttons, plus their boxes. */
const bannerButtons = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.cg-banner button')).map((button) => {
      const style = getComputedStyle(button);
      const box = button.getBoundingClientRect();
      return {
        text: button.textContent,
        box: { width: box.width, height: box.height, top: box.top, bottom: box.bottom, left: box.left, right: box.right },
        style: {
          fontSize: style.fontSize,
          fontWeight: style.fontWeight,
          fontFamily: style.fontFamily,
          color: style.color,
          backgroundColor: style.backgroundColor,
          borderColor: style.borderTopColor,
          borderWidth: style.borderTopWidth,
          borderRadius: style.borderTopLeftRadius,
          padding: style.padding,
          textDecoration: style.textDecorationLine,
        },
        background: getComputedStyle(button.closest('.cg-banner')!).backgroundColor,
      };
    }),
  );

// ---------------------------------------------------------------------------------------------

describe('keyboard only', () => {
  test('the first Tab reaches the banner; Enter on "Alles accepteren" grants everything from the banner', async () => {
    const page = await browser.newPage('/ui/page.html');
    await tab(page);
    expect(await focused(page)).toMatchObject({ text: 'Lees ons cookiebeleid', inBanner: true });
    await tab(page);
    expect(await focused(page)).toMatchObject({ text: 'Alles accepteren', inBanner: true });
    await page.keyboard.press('Enter');
    expect(await state(page)).toMatchObject({ decided: true, source: 'banner', choices: { functional: true, performance: true, advertising: true } });
    await expect.poll(() => page.locator('.cg-banner').isVisible()).toBe(false);
    await expect.poll(() => ran(page)).toEqual(['stats']);
  });

  test('"Alles weigeren" is one Tab further, and refuses with one key press', async () => {
    const page = await browser.newPage('/ui/page.html');
    await tab(page, 3);
    expect(await focused(page)).toMatchObject({ text: 'Alles weigeren', inBanner: true });
    await page.keyboard.press('Enter');
    expect(await state(page)).toMatchObject({ decided: true, source: 'banner', choices: { functional: false, performance: false, advertising: false } });
    expect(await page.locator('.cg-banner').isVisible()).toBe(false);
    expect(await ran(page)).toEqual([]);
    // The page is fully usable after a refusal (no cookie wall): nothing covers it.
    expect(await page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight - 5)?.closest('.cg-root'))).toBeNull();
  });

  test('the banner does not trap focus: Tab moves on into the page', async () => {
    const page = await browser.newPage('/ui/page.html');
    await tab(page, 5);
    expect(await focused(page)).toMatchObject({ inBanner: false, inDialog: false });
    await tab(page, 1, true);
    expect(await focused(page)).toMatchObject({ text: 'Instellingen', inBanner: true });
  });

  test('"Instellingen" opens the dialog with focus inside; Tab and Shift+Tab stay inside; Escape grants nothing and returns focus', async () => {
    const page = await browser.newPage('/ui/page.html');
    await tab(page, 4);
    expect(await focused(page)).toMatchObject({ text: 'Instellingen' });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Cookie-instellingen' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await focused(page)).toMatchObject({ inDialog: true });

    // Sluiten, the policy link, three switches, three buttons: eight stops, then around again.
    const forward: string[] = [];
    for (let i = 0; i < 9; i++) {
      await tab(page);
      const now = await focused(page);
      expect(now.inDialog).toBe(true);
      forward.push(now.text || now.role);
    }
    expect(forward[0]).toBe('Sluiten');
    expect(forward[7]).toBe('Alles weigeren');
    expect(forward[8]).toBe('Sluiten');
    await tab(page, 1, true);
    expect(await focused(page)).toMatchObject({ text: 'Alles weigeren', inDialog: true });
    for (let i = 0; i < 12; i++) {
      await tab(page, 1, true);
      expect((await focused(page)).inDialog).toBe(true);
    }

    // Switch a category on with Space: nothing is stored.
    await page.getByRole('switch', { name: 'Prestatiecookies' }).focus();
    await page.keyboard.press('Space');
    expect(await page.getByRole('switch', { name: 'Prestatiecookies' }).isChecked()).toBe(true);
    expect(await page.context().cookies()).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await focused(page)).toMatchObject({ text: 'Instellingen', inBanner: true });
    expect(await state(page)).toMatchObject({ decided: false, choices: { functional: false, performance: false, advertising: false } });
    expect(await page.context().cookies()).toEqual([]);
    expect(await ran(page)).toEqual([]);
  });

  test('choosing one category with Space and saving with Enter records exactly that, and announces it', async () => {
    const page = await browser.newPage('/ui/page.html');
    expect(await page.getByRole('status').textContent()).toBe('');
    await tab(page, 4);
    await page.keyboard.press('Enter');
    await tab(page, 4); // Sluiten, policy link, Functionaliteitscookies, Prestatiecookies
    expect(await focused(page)).toMatchObject({ role: 'switch' });
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Keuze opslaan' }).focus();
    await page.keyboard.press('Enter');
    expect(await state(page)).toMatchObject({ decided: true, source: 'preferences', choices: { functional: false, performance: true, advertising: false } });
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Je keuze is opgeslagen.');
    await expect.poll(() => ran(page)).toEqual(['stats']);
    expect(await page.locator('iframe[data-consent="functional"]').getAttribute('src')).toBeNull();
  });

  test('the footer control reopens the dialog on the stored choices; Escape returns focus to it', async () => {
    const page = await browser.newPage('/ui/page.html');
    await page.evaluate(() => window.ConsentGate.set({ functional: true }));
    const footer = page.getByRole('button', { name: 'Cookie-instellingen' });
    await footer.focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('switch', { name: 'Functionaliteitscookies' }).isChecked()).toBe(true);
    expect(await page.getByRole('switch', { name: 'Prestatiecookies' }).isChecked()).toBe(false);
    expect(await page.getByRole('switch', { name: 'Strikt noodzakelijke cookies' }).isDisabled()).toBe(true);
    expect(await page.getByRole('switch', { name: 'Strikt noodzakelijke cookies' }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatchObject({ text: 'Cookie-instellingen', inBanner: false });
  });

  test('deciding in the banner by keyboard leaves focus on the reopen button, not on nothing', async () => {
    const page = await browser.newPage('/ui/floating.html');
    await page.getByRole('region', BANNER).getByRole('button', { name: 'Alles weigeren' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ text: 'Cookie-instellingen', inBanner: false });
    expect(await page.evaluate(() => document.activeElement!.classList.contains('cg-float'))).toBe(true);
  });

  test('after "Keuze opslaan" in the dialog opened from the banner, focus goes back to the page control it came from', async () => {
    const page = await browser.newPage('/ui/page.html');
    await page.getByRole('link', { name: 'Meer over onderwerp 3' }).focus();
    await page.getByRole('region', BANNER).getByRole('button', { name: 'Instellingen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('button', { name: 'Keuze opslaan' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ text: 'Meer over onderwerp 3', inBanner: false, inDialog: false });
  });

  test('a decision by mouse leaves the page where it was: no scrolling back to what had focus before', async () => {
    const page = await browser.newPage('/ui/page.html', { viewport: { width: 800, height: 600 } });
    await page.getByRole('link', { name: 'Meer over onderwerp 1', exact: true }).focus();
    // Midway, so that the banner's spacer going away cannot move the page either.
    await page.evaluate(() => window.scrollTo(0, 600));
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(200);
    await page.getByRole('region', BANNER).getByRole('button', { name: 'Alles accepteren' }).click();
    await expect.poll(async () => (await state(page)).decided).toBe(true);
    await sleep(100);
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    expect(await focused(page)).not.toMatchObject({ text: 'Meer over onderwerp 1' });
  });

  test('a control added to the page later opens the dialog too', async () => {
    const page = await browser.newPage('/ui/page.html');
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = '#cookies';
      link.textContent = 'Later toegevoegd';
      link.setAttribute('data-consent-open', '');
      document.querySelector('main')!.append(link);
    });
    await page.getByRole('link', { name: 'Later toegevoegd' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
  });

  test('withdrawing from the footer takes as few activations as consenting did: one to open, one to refuse', async () => {
    const page = await browser.newPage('/ui/page.html');
    await page.getByRole('region', BANNER).getByRole('button', { name: 'Alles accepteren' }).focus();
    await page.keyboard.press('Enter'); // consent: one activation
    await expect.poll(async () => (await state(page)).choices.performance).toBe(true);
    await page.getByRole('button', { name: 'Cookie-instellingen' }).focus();
    await page.keyboard.press('Enter'); // withdraw: open the preferences ...
    await page.getByRole('dialog').getByRole('button', { name: 'Alles weigeren' }).focus();
    await page.keyboard.press('Enter'); // ... and refuse
    await expect.poll(async () => (await state(page)).choices.performance).toBe(false);
    expect(await state(page)).toMatchObject({ decided: true, source: 'preferences' });
  });

  test('the banner never hides the focused element (WCAG 2.4.11)', async () => {
    const page = await browser.newPage('/ui/page.html', { viewport: { width: 800, height: 600 } });
    const stops = await page.evaluate(() => document.querySelectorAll('a[href], button').length);
    let checked = 0;
    for (let i = 0; i < stops; i++) {
      await tab(page);
      const result = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        if (element === document.body) return 'end';
        const banner = document.querySelector('.cg-banner')!.getBoundingClientRect();
        if (element.closest('.cg-root')) return 'banner';
        const box = element.getBoundingClientRect();
        return { text: element.textContent, top: box.top, bottom: box.bottom, bannerTop: banner.top };
      });
      if (result === 'end') break;
      if (result === 'banner') continue;
      checked += 1;
      // Entirely above the banner, not merely partly.
      expect(result.bottom, `${result.text} is hidden behind the banner`).toBeLessThanOrEqual(result.bannerTop + 0.5);
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('axe-core (wcag2a, wcag2aa, wcag21aa, wcag22aa)', () => {
  test('no violations with the banner', async () => {
    const page = await browser.newPage('/ui/page.html');
    expect(await axe(page)).toEqual([]);
  });

  test('no violations with the dialog open', async () => {
    const page = await browser.newPage('/ui/page.html');
    await page.evaluate(() => window.ConsentGate.showPreferences());
    expect(await axe(page)).toEqual([]);
  });

  test('no violations in dark mode (prefers-color-scheme), banner and dialog', async () => {
    const page = await browser.newPage('/ui/page.html', { colorScheme: 'dark' });
    expect(await page.locator('.cg-banner').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(29, 33, 37)');
    expect(await axe(page)).toEqual([]);
    await page.evaluate(() => window.ConsentGate.showPreferences());
    expect(await axe(page)).toEqual([]);
  });

  test('no violations in dark mode set by the .cg-dark class', async () => {
    const page = await browser.newPage('/ui/dark.html', { colorScheme: 'light' });
    expect(await page.locator('.cg-banner').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(29, 33, 37)');
    expect(await axe(page)).toEqual([]);
    await page.evaluate(() => window.ConsentGate.showPreferences());
    expect(await axe(page)).toEqual([]);
  });

  test('no violations at 320 CSS px, banner and dialog', async () => {
    const page = await browser.newPage('/ui/page.html', { viewport: { width: 320, height: 640 } });
    expect(await axe(page)).toEqual([]);
    await page.evaluate(() => window.ConsentGate.showPreferences());
    expect(await axe(page)).toEqual([]);
  });

  test('no violations in French, with the floating button', async () => {
    const page = await browser.newPage('/ui/fr.html');
    expect(await page.getByRole('button', { name: 'Tout refuser' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Tout refuser' }).click();
    expect(await axe(page)).toEqual([]);
    const floating = await browser.newPage('/ui/floating.html');
    await floating.getByRole('button', { name: 'Alles weigeren' }).click();
    expect(await floating.getByRole('button', { name: 'Cookie-instellingen' }).count()).toBe(2);
    expect(await axe(floating)).toEqual([]);
  });
});

describe('looks', () => {
  test('"Alles accepteren", "Alles weigeren" and "Instellingen" are equally prominent', async () => {
    const page = await browser.newPage('/ui/page.html');
    const [accept, reject, settings] = await bannerButtons(page);
    expect([accept!.text, reject!.text, settings!.text]).toEqual(['Alles accepteren', 'Alles weigeren', 'Instellingen']);
    for (const other of [reject!, settings!]) {
      expect(other.style).toEqual(accept!.style);
      expect(Math.abs(other.box.width - accept!.box.width)).toBeLessThan(1);
      expect(Math.abs(other.box.height - accept!.box.height)).toBeLessThan(1);
      expect(Math.abs(other.box.top - accept!.box.top)).toBeLessThan(1);
    }
    expect(contrast(accept!.style.color, accept!.style.backgroundColor)).toBeGreaterThanOrEqual(4.5);
    expect(accept!.box.height).toBeGreaterThanOrEqual(24);
    expect(accept!.box.width).toBeGreaterThanOrEqual(24);
  });

  test('at 320x568 both accept and reject are visible, equal, and nothing scrolls sideways', async () => {
    const page = await browser.newPage('/ui/page.html', { viewport: { width: 320, height: 568 } });
    await page.getByRole('region', BANNER).waitFor();
    const buttons = await bannerButtons(page);
    expect(buttons.map((button) => button.text)).toEqual(['Alles accepteren', 'Alles weigeren', 'Instellingen']);
    for (const button of buttons) {
      expect(button.box.top).toBeGreaterThanOrEqual(0);
      expect(button.box.bottom).toBeLessThanOrEqual(568);
      expect(button.box.right).toBeLessThanOrEqual(320);
      expect(button.box.width).toBeCloseTo(buttons[0]!.box.width, 0);
      expect(button.box.height).toBeCloseTo(buttons[0]!.box.height, 0);
    }
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBe(0);
    await page.evaluate(() => window.ConsentGate.showPreferences());
    expect(await overflow()).toBe(0);
    expect(await page.locator('.cg-dialog').evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
  });

  test('with text at 200% on a narrow (640 px) window nothing overflows and every control can be reached', async () => {
    const page = await browser.newPage('/ui/page.html', { viewport: { width: 640, height: 480 } });
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    // Nothing of the UI reaches past the viewport or scrolls sideways.
    const overflowing = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.cg-root *:not(.cg-sr)'))
          .filter((element) => element.getClientRects().length > 0)
          .filter((element) => element.getBoundingClientRect().right > innerWidth + 0.5 || element.scrollWidth > element.clientWidth + 0.5)
          .map((element) => `${element.localName}.${element.className}`),
      );
    expect(await overflowing()).toEqual([]);
    await page.getByRole('button', { name: 'Alles weigeren' }).scrollIntoViewIfNeeded();
    expect(await page.getByRole('button', { name: 'Alles weigeren' }).isVisible()).toBe(true);
    await page.evaluate(() => window.ConsentGate.showPreferences());
    expect(await overflowing()).toEqual([]);
    await page.getByRole('button', { name: 'Keuze opslaan' }).click();
    expect((await state(page)).decided).toBe(true);
  });

  test('with the WCAG 1.4.12 text-spacing override at 320 px, no text is cut off and every control can be reached', async () => {
    const page = await browser.newPage('/ui/page.html', { viewport: { width: 320, height: 640 } });
    // The spacing a visitor's own style sheet may set (WCAG 1.4.12), on every element.
    await page.addStyleTag({
      content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    });
    // No text runs out of its box, and nothing of the UI reaches past the viewport.
    const clipped = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.cg-root *:not(.cg-sr), .cg-placeholder *'))
          .filter((element) => element.getClientRects().length > 0 && !element.closest('[hidden]'))
          .filter((element) => element.getBoundingClientRect().right > innerWidth + 0.5 || element.scrollWidth > element.clientWidth + 0.5)
          .map((element) => `${element.localName}.${element.className}: ${element.textContent?.slice(0, 30)}`),
      );
    expect(await clipped()).toEqual([]);
    for (const name of ['Alles accepteren', 'Alles weigeren', 'Instellingen']) {
      const button = page.getByRole('region', BANNER).getByRole('button', { name, exact: true });
      await button.scrollIntoViewIfNeeded();
      expect(await button.isVisible(), name).toBe(true);
    }
    await page.evaluate(() => window.ConsentGate.showPreferences());
    expect(await clipped()).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Alles weigeren' }).click();
    // The video's notice scrolls inside its box when the spacing does not fit, but cuts nothing off.
    await page.getByRole('group', { name: 'Ingesloten video' }).waitFor();
    expect(await clipped()).toEqual([]);
    await page.getByRole('group', { name: 'Ingesloten video' }).getByRole('button', { name: 'Altijd toestaan' }).click();
    expect((await state(page)).choices.functional).toBe(true);
  });

  test('every control of the UI is at least 24x24 CSS px (WCAG 2.5.8)', async () => {
    const page = await browser.newPage('/ui/page.html');
    await page.evaluate(() => window.ConsentGate.showPreferences());
    const small = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.cg-root button, .cg-root input'))
        .map((element) => ({ text: element.textContent || element.id, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24)),
    );
    expect(small).toEqual([]);
  });

  test('the focus ring is visible and at least 3:1 against the background, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage('/ui/page.html', { colorScheme });
      await tab(page);
      const ring = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor, background: getComputedStyle(document.querySelector('.cg-banner')!).backgroundColor };
      });
      expect(ring.style).toBe('solid');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      expect(contrast(ring.color, ring.background)).toBeGreaterThanOrEqual(3);
    }
  });

  test('text keeps 4.5:1 when a button is hovered, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage('/ui/page.html', { colorScheme });
      const button = page.getByRole('button', { name: 'Alles weigeren' });
      await button.hover();
      const colors = await button.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor] as const);
      expect(contrast(...colors)).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('switches show their state by position as well as colour, with 3:1 parts', async () => {
    const page = await browser.newPage('/ui/page.html');
    await page.evaluate(() => window.ConsentGate.showPreferences());
    const look = (name: string) =>
      page.getByRole('switch', { name }).evaluate((el) => {
        const thumb = getComputedStyle(el, '::before');
        return { transform: thumb.transform, thumb: thumb.backgroundColor, track: getComputedStyle(el).backgroundColor, border: getComputedStyle(el).borderTopColor, dialog: getComputedStyle(el.closest('.cg-dialog')!).backgroundColor };
      });
    const off = await look('Prestatiecookies');
    const on = await look('Strikt noodzakelijke cookies');
    expect(off.transform).not.toBe(on.transform);
    expect(contrast(off.border, off.dialog)).toBeGreaterThanOrEqual(3);
    expect(contrast(off.thumb, off.track)).toBeGreaterThanOrEqual(3);
    expect(contrast(on.track, on.dialog)).toBeGreaterThanOrEqual(3);
    expect(contrast(on.thumb, on.track)).toBeGreaterThanOrEqual(3);
  });

  test('respects prefers-reduced-motion and forced colours', async () => {
    const page = await browser.newPage('/ui/page.html', { reducedMotion: 'reduce', forcedColors: 'active' });
    await page.evaluate(() => window.ConsentGate.showPreferences());
    const thumb = await page.getByRole('switch', { name: 'Prestatiecookies' }).evaluate((el) => ({
      transition: getComputedStyle(el, '::before').transitionDuration,
      adjust: getComputedStyle(el).getPropertyValue('forced-color-adjust'),
    }));
    expect(thumb).toEqual({ transition: '0s', adjust: 'none' });
  });
});

describe('layout stability', () => {
  const watchShifts = (page: Page) =>
    page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
  const shifts = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);

  test('CLS stays 0 while the banner appears on load', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await watchShifts(page);
    await page.goto(`${browser.origin}/ui/page.html`);
    await page.getByRole('region', BANNER).waitFor();
    await sleep(500);
    expect(await shifts(page)).toEqual([]);
  });

  test('CLS stays 0 when the banner appears later and goes away again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await watchShifts(page);
    await page.goto(`${browser.origin}/ui/page.html`);
    await page.evaluate(() => window.ConsentGate.hide());
    await sleep(300);
    await page.evaluate(() => window.ConsentGate.showBanner());
    await sleep(300);
    await page.evaluate(() => window.ConsentGate.rejectAll());
    await sleep(300);
    expect(await shifts(page)).toEqual([]);
  });
});

describe('a strict Content-Security-Policy', () => {
  test('styled banner, working dialog, nonce scripts after consent, and not one violation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await watchCspViolations(page);
    const response = await page.goto(`${browser.origin}/ui/csp.html`);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    const banner = page.getByRole('region', BANNER);
    await banner.waitFor();
    // Styled: the adopted stylesheet applies (an unstyled section would be static and transparent).
    expect(await banner.evaluate((el) => [getComputedStyle(el).position, getComputedStyle(el).backgroundColor])).toEqual(['fixed', 'rgb(255, 255, 255)']);
    expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('scroll-padding-bottom'))).toMatch(/px$/);

    await page.getByRole('button', { name: 'Instellingen', exact: true }).click();
    await page.getByRole('switch', { name: 'Prestatiecookies' }).check();
    await page.getByRole('button', { name: 'Keuze opslaan' }).click();
    await expect.poll(() => ran(page)).toEqual(['inline-performance', 'external-performance']);
    await page.getByRole('button', { name: 'Cookie-instellingen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Alles accepteren' }).click();
    await expect.poll(() => ran(page)).toEqual(['inline-performance', 'external-performance', 'inline-advertising']);
    await sleep(200);
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
  });
});

describe('an XSS corpus in every text and URL field', () => {
  test.each(TEXT_PAYLOADS.map((_, index) => index))('text payload %i executes nothing and shows as text', async (index) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${browser.origin}/ui/xss.html?text=${index}&url=${index % URL_PAYLOADS.length}`);
    const payload = TEXT_PAYLOADS[index]!;
    expect(await page.locator('.cg-banner h2').textContent()).toBe(payload);
    await page.getByRole('button', { name: 'Cookie-instellingen' }).click();
    await page.locator('.cg-dialog').hover();
    expect(await page.locator('.cg-dialog th').first().textContent()).toBe(payload);
    expect(await page.locator('.cg-dialog td').first().textContent()).toBe(payload);
    // Every button of the UI is clicked: still nothing runs.
    await page.locator('.cg-dialog .cg-actions button').first().click();
    await sleep(200);
    expect(await page.evaluate(() => (window as unknown as { __xss: string[] }).__xss)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.locator('.cg-root :is(img, svg, script, iframe, details, a)').count()).toBe(0);
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
    // The unsafe URL was refused by name (attribute and JSON), and the banner still showed.
    expect(errors.some((text) => text.includes('"policyUrl"'))).toBe(true);
    expect(errors.some((text) => text.includes('"styles"'))).toBe(true);
  });
});

describe('the banner behind the open dialog', () => {
  test('is out of reach: one "Alles accepteren" to find, and it is the dialog\'s', async () => {
    const page = await browser.newPage('/ui/page.html');
    await page.getByRole('button', { name: 'Instellingen', exact: true }).click();
    const accept = page.getByRole('button', { name: 'Alles accepteren' });
    expect(await accept.count()).toBe(1);
    expect(await accept.evaluate((element) => !!element.closest('[role="dialog"]'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: 'Alles accepteren' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Instellingen', exact: true }).evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
