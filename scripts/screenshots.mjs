// Takes the README's screenshots of the default UI from real Chromium, on the script-tag example
// page with the built IIFE: banner, preferences dialog and a video placeholder, light, dark and
// 320 CSS px wide.
//
//   npm run build && npm run screenshots      writes docs/screenshots/*.png
//
// CHROMIUM_PATH overrides /usr/bin/chromium.
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(PROJECT, 'docs', 'screenshots');

const SHOTS = [
  { name: 'light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  { name: 'dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
  { name: '320', viewport: { width: 320, height: 640 }, colorScheme: 'light' },
];

await mkdir(OUT, { recursive: true });
const server = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const { name, viewport, colorScheme } of SHOTS) {
    const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.url}/script-tag/`);
    const banner = page.getByRole('region', { name: /cookies/i });
    await banner.waitFor();
    await page.screenshot({ path: join(OUT, `banner-${name}.png`) });
    await page.getByRole('button', { name: 'Instellingen', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await page.screenshot({ path: join(OUT, `dialog-${name}.png`) });
    // After a refusal: the blocked video with its placeholder.
    await page.getByRole('dialog').getByRole('button', { name: 'Alles weigeren' }).click();
    await page.getByRole('group', { name: /video/i }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, `placeholder-${name}.png`) });
    console.log(`docs/screenshots/banner-${name}.png, dialog-${name}.png, placeholder-${name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
