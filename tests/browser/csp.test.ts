// The script tag under the strictest CSP a page can have without nonces: only same-origin
// scripts, styles and frames. Everything must work, styled, without one violation.
import { describe, expect } from 'vitest';
import { browserTest as test, ran, useBrowser, watchCspViolations } from './harness';

const browser = useBrowser({
  headers: (path) =>
    path === '/csp-self.html' ? { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" } : undefined,
});

describe("a page served with script-src 'self' and style-src 'self', no nonce", () => {
  test('the banner is styled, the preferences and the placeholder work, gated scripts run, and nothing is blocked', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await watchCspViolations(page);
    await page.goto(`${browser.origin}/csp-self.html`);
    const banner = page.getByRole('region', { name: 'Cookies op deze website' });
    await banner.waitFor();
    // Styled: the banner is fixed to the bottom, as the stylesheet says.
    expect(await banner.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
    expect(await page.getByRole('group', { name: 'Ingesloten pagina' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Cookie-instellingen' }).click();
    await page.getByRole('dialog').getByRole('switch', { name: 'Prestatiecookies' }).check();
    await page.getByRole('button', { name: 'Keuze opslaan' }).click();
    await expect.poll(() => ran(page)).toEqual(['external-self']);
    await page.getByRole('button', { name: 'Altijd toestaan' }).click();
    await expect.poll(() => page.locator('iframe').getAttribute('src')).toBe('/frame.html');
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  });
});
