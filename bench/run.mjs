// Side-by-side benchmark: consent-gate against vanilla-cookieconsent v3 and orejime v3.
//
//   npm run bench                       builds, then runs everything (7 runs per library)
//   node bench/run.mjs --runs=3         fewer runs (at least 7 for published numbers)
//   node bench/run.mjs --only=orejime   some libraries only (ids: consent-gate, consent-gate-nl,
//                                       vanilla-cookieconsent, orejime); --no-extras skips the
//                                       consent-gate-only tests (1,000 elements, memory)
//   node bench/run.mjs --report         redraws latest.md and chart.svg from latest.json
//
// Writes bench/results/latest.json, latest.md and chart.svg. See bench/README.md for the method.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { barChart } from './chart.mjs';
import { probe } from './probe.mjs';
import { BASELINE, MOUNTS, PROJECT, THOUSAND, VARIANTS, pageHtml, thousandHtml } from './scenario.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const THROTTLE = 4;
/** Quiet time after the banner settled and the load event fired, before the figures are read. */
const SETTLE_MS = 1000;
const OUT = join(PROJECT, 'bench', 'results');

const argv = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const RUNS = Number(argv.runs ?? process.env.BENCH_RUNS ?? 7);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a positive integer, got ${argv.runs}`);
const ONLY = typeof argv.only === 'string' ? argv.only.split(',') : undefined;
const EXTRAS = !argv['no-extras'] && (!ONLY || ONLY.includes('consent-gate'));
const variants = VARIANTS.filter((variant) => !ONLY || ONLY.includes(variant.id));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const BENCH_START = Date.now();
const log = (...parts) => console.log(`[${String(Math.round((Date.now() - BENCH_START) / 1000)).padStart(3)} s]`, ...parts);

// ---------------------------------------------------------------------------------------------
// Statistics and formatting

const median = (values) => {
  const list = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (list.length === 0) return null;
  const mid = Math.floor(list.length / 2);
  return list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2;
};
const quantile = (values, q) => {
  const list = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (list.length === 0) return null;
  const pos = (list.length - 1) * q;
  const low = Math.floor(pos);
  return list[low] + (list[Math.ceil(pos)] - list[low]) * (pos - low);
};
const summary = (values) => ({
  median: median(values),
  p25: quantile(values, 0.25),
  p75: quantile(values, 0.75),
  min: quantile(values, 0),
  max: quantile(values, 1),
  samples: values,
});
const round = (value, digits = 1) => (value === null || value === undefined ? null : Number(value.toFixed(digits)));
// KiB (1,024 bytes), labelled so: size-limit and the README's size table use kB (1,000 bytes).
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => (value === null || value === undefined ? 'n/a' : `${Math.round(value)} ms`);

const sizes = (buffer) => ({
  raw: buffer.length,
  gzip: gzipSync(buffer, { level: 9 }).length,
  brotli: brotliCompressSync(buffer, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: 11,
      [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
      [zlib.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length,
});

// ---------------------------------------------------------------------------------------------
// The server: the scenario pages, the library files, and the gated scripts

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

const send = (res, status, type, body) => {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
};

/**
 * The bundles are copied once at the start and served from the copy, so that a build running
 * meanwhile (it empties dist/ first) cannot change or remove them halfway through the bench.
 */
let distSnapshot = '';
const DIST_FILES = ['consent-gate.iife.js', 'consent-gate.nl.iife.js', 'consent-gate.css'];
const snapshotDist = async () => {
  const dist = join(PROJECT, 'dist');
  const read = () => Promise.all(DIST_FILES.map((file) => readFile(join(dist, file)).catch(() => null)));
  for (let attempt = 0; attempt < 60; attempt++) {
    const first = await read();
    await sleep(1000);
    const second = await read();
    if (first.every((body, i) => body && second[i] && body.equals(second[i]))) {
      const folder = await mkdtemp(join(tmpdir(), 'consent-gate-bench-'));
      await Promise.all(DIST_FILES.map((file, i) => writeFile(join(folder, file), first[i])));
      distSnapshot = folder;
      return Object.fromEntries(DIST_FILES.map((file, i) => [file, createHash('sha256').update(first[i]).digest('hex').slice(0, 16)]));
    }
  }
  throw new Error(`dist/ has no stable ${DIST_FILES.join(', ')}: run \`npm run build\` first (npm run bench does)`);
};

const handle = async (_req, res, url) => {
  const path = url.pathname;
  const page = /^\/p\/([a-z0-9-]+)\/$/.exec(path);
  if (page) {
    const variant = [BASELINE, ...VARIANTS].find((v) => v.id === page[1]);
    if (!variant) return false;
    send(res, 200, 'text/html; charset=utf-8', pageHtml(variant));
    return true;
  }
  if (path === '/thousand/') {
    send(res, 200, 'text/html; charset=utf-8', thousandHtml());
    return true;
  }
  if (path === '/gated.js') {
    const category = url.searchParams.get('c') ?? '?';
    send(res, 200, TYPES['.js'], `(window.__ran = window.__ran || []).push(${JSON.stringify(category)});\n`);
    return true;
  }
  if (path === '/pixel.gif') {
    send(res, 200, 'image/gif', PIXEL);
    return true;
  }
  if (path === '/frame.html') {
    send(res, 200, 'text/html; charset=utf-8', '<!doctype html><title>embed</title><p>embed');
    return true;
  }
  if (path === '/privacy') {
    send(res, 200, 'text/html; charset=utf-8', '<!doctype html><title>Privacy</title><h1>Privacy</h1>');
    return true;
  }
  // /dist/<file>: the snapshot of the built bundles; /lib/<package>/<file>: the package's dist files, unchanged.
  for (const [prefix, mount] of Object.entries(MOUNTS)) {
    const base = prefix === '/dist/' ? distSnapshot : mount;
    if (!path.startsWith(prefix)) continue;
    const file = join(base, path.slice(prefix.length));
    if (!file.startsWith(base + sep)) return false;
    const body = await readFile(file).catch(() => null);
    if (!body) {
      send(res, 404, 'text/plain', `Not found: ${path}`);
      return true;
    }
    send(res, 200, TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream', body);
    return true;
  }
  return false;
};

// ---------------------------------------------------------------------------------------------
// Browser utilities

/** A fresh context and page with the probe, CPU throttling and the Performance domain on. */
const openPage = async (browser, selector, { throttle = THROTTLE } = {}) => {
  const context = await browser.newContext();
  await context.addInitScript(probe, selector);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cdp };
};

const metricsOf = async (cdp) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
};

const REJECT = /\b(reject|decline|deny|refuse)\b|weiger|only necessary|necessary only/i;
const SETTINGS = /settings|preferences|customi[sz]e|configure|manage|learn more|more options|instellingen/i;
const SAVE = /\bsave\b|confirm|opslaan/i;
const ACCEPT = /^\s*(accept( all)?|allow all|alles accepteren)\s*$/i;

const visibleButton = async (scope, name) => {
  const buttons = scope.getByRole('button', { name }).filter({ visible: true });
  return (await buttons.count()) > 0 ? buttons.first() : null;
};

/**
 * Refuses every optional category through the UI, the way a visitor would: the reject-all
 * control on the first layer; if there is none, open the settings and use a reject-all control
 * there; if there is none either, switch off every optional switch and save. Returns the clicks.
 */
const rejectThroughUi = async (page, variant) => {
  const steps = [];
  const click = async (button) => {
    steps.push((await button.innerText()).trim().replace(/\s+/g, ' '));
    await button.click();
  };
  const firstLayer = page.locator(variant.banner);
  const reject = await visibleButton(firstLayer, REJECT);
  if (reject) await click(reject);
  else {
    const settings = await visibleButton(firstLayer, SETTINGS);
    if (!settings) throw new Error(`${variant.id}: neither a reject-all nor a settings button on the first layer`);
    await click(settings);
    await page.waitForTimeout(500);
    const rejectThere = await visibleButton(page, REJECT);
    if (rejectThere) await click(rejectThere);
    else {
      const switches = page.locator('input[type=checkbox]:checked:not(:disabled)').filter({ visible: true });
      for (let n = await switches.count(); n > 0; n = await switches.count()) await click(switches.first());
      const save = await visibleButton(page, SAVE);
      if (!save) throw new Error(`${variant.id}: no save button in the settings`);
      await click(save);
    }
  }
  // Rejected and stored, the banner gone, and no gated script ran.
  const waitFor = (what, fn, arg) =>
    page.waitForFunction(fn, arg, { timeout: 15_000 }).catch((error) => {
      throw new Error(`${variant.id}: after clicking ${steps.map((s) => `"${s}"`).join(', ')}: ${what} (${error.message})`);
    });
  await waitFor('the stored state is not "all optional categories refused"', new Function(variant.rejected));
  await waitFor('the banner stays visible', (sel) => window.__bench.shown(sel) === 0, variant.banner);
  await page.waitForTimeout(300);
  const ran = await page.evaluate(() => window.__ran ?? []);
  if (ran.length > 0) throw new Error(`${variant.id}: gated scripts ran after reject all: ${ran}`);
  return { clicks: steps.length, steps };
};

// ---------------------------------------------------------------------------------------------
// Inspection (not timed): the exact bytes served, and that the gating works both ways

const inspect = async (browser, origin, variant) => {
  const { context, page } = await openPage(browser, variant.banner, { throttle: 1 });
  const responses = [];
  const problems = [];
  page.on('response', (response) => responses.push(response));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(`${origin}/p/${variant.id}/`, { waitUntil: 'load' });
  await page.evaluate(() => window.__bench.ready);
  await sleep(300);

  const assets = [];
  for (const response of responses) {
    const { pathname } = new URL(response.url());
    if (!Object.keys(MOUNTS).some((prefix) => pathname.startsWith(prefix))) continue;
    const body = await response.body();
    assets.push({ url: pathname, status: response.status(), ...sizes(body) });
  }
  const total = assets.reduce((sum, a) => ({ raw: sum.raw + a.raw, gzip: sum.gzip + a.gzip, brotli: sum.brotli + a.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
  const config = variant.config ? sizes(Buffer.from(variant.config)) : { raw: 0, gzip: 0, brotli: 0 };

  let gating = null;
  if (variant.banner) {
    const before = await page.evaluate(() => [...(window.__ran ?? [])]);
    const accept = await visibleButton(page.locator(variant.banner), ACCEPT);
    if (!accept) {
      const state = await page.evaluate((sel) => ({
        visibleAt: window.__bench.visibleAt,
        settledAt: window.__bench.settledAt,
        shown: window.__bench.shown(sel),
        html: document.querySelector(sel)?.outerHTML.slice(0, 400) ?? null,
      }), variant.banner);
      throw new Error(`${variant.id}: no accept-all button on the first layer (${JSON.stringify(state)}; ${problems.join('; ')})`);
    }
    await accept.click();
    await page.waitForFunction(() => (window.__ran ?? []).length >= 3, null, { timeout: 10_000 }).catch(() => undefined);
    await sleep(300);
    const after = await page.evaluate(() => [...(window.__ran ?? [])]);
    gating = {
      beforeDecision: before,
      afterAcceptAll: after,
      ok: before.length === 0 && ['functional', 'performance', 'advertising'].every((c) => after.includes(c)) && after.length === 3,
    };
    if (!gating.ok) problems.push(`gating check failed: before ${JSON.stringify(before)}, after accept all ${JSON.stringify(after)}`);
  }
  await context.close();
  return { assets, bytes: total, config, gating, problems };
};

// ---------------------------------------------------------------------------------------------
// One timed run

const timedRun = async (browser, origin, variant) => {
  const { context, page, cdp } = await openPage(browser, variant.banner);
  try {
    await page.goto(`${origin}/p/${variant.id}/`, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(() => window.__bench.ready);
    await sleep(SETTLE_MS);
    // Read the counters first, so that reading the page's own figures is not counted.
    const metrics = await metricsOf(cdp);
    const bench = await page.evaluate(() => {
      const b = window.__bench;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        visibleAt: b.visibleAt,
        settledAt: b.settledAt,
        loadAt: b.loadAt,
        fcp: paint ? paint.startTime : null,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        longTasks: b.longTasks,
        cls: b.cls,
        shifts: b.shifts.length,
      };
    });
    const reject = variant.banner ? await rejectThroughUi(page, variant) : null;
    const longTasks = bench.longTasks.map(([, duration]) => duration);
    return {
      bannerVisible: bench.visibleAt,
      bannerSettled: bench.settledAt,
      fcp: bench.fcp,
      domContentLoaded: bench.domContentLoaded,
      load: bench.loadAt,
      scriptMs: metrics.ScriptDuration * 1000,
      taskMs: metrics.TaskDuration * 1000,
      layoutMs: (metrics.LayoutDuration + metrics.RecalcStyleDuration) * 1000,
      heapUsedKb: metrics.JSHeapUsedSize / 1024,
      longTaskCount: longTasks.length,
      longTaskMs: longTasks.reduce((a, b) => a + b, 0),
      blockingMs: longTasks.reduce((a, b) => a + Math.max(0, b - 50), 0),
      cls: bench.cls,
      layoutShifts: bench.shifts,
      rejectClicks: reject?.clicks ?? null,
      rejectSteps: reject?.steps ?? null,
    };
  } finally {
    await context.close();
  }
};

// ---------------------------------------------------------------------------------------------
// consent-gate alone: 1,000 gated elements, and the dialog opened and closed 1,000 times

const activationRun = async (browser, origin) => {
  // Loaded without throttling (a thousand elements, and every frame costs the automation
  // time), then throttled for the measurement itself.
  const { context, page, cdp } = await openPage(browser, '.cg-banner', { throttle: 1 });
  try {
    await page.goto(`${origin}/thousand/`, { waitUntil: 'load', timeout: 90_000 });
    await page.evaluate(() => window.__bench.ready);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await sleep(500);
    const before = await metricsOf(cdp);
    const run = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const gate = window.ConsentGate;
          const total = document.querySelectorAll('[data-consent]').length;
          const scripts = document.querySelectorAll('script[data-consent]').length;
          let activated = 0;
          let t0 = 0;
          const done = (timedOut) =>
            resolve({ total, activated, scripts, scriptsRan: window.__n ?? 0, activeMs: timedOut ? null : performance.now() - t0, timedOut });
          gate.on('activate', () => {
            if (++activated === total) done(false);
          });
          setTimeout(() => done(true), 60_000);
          t0 = performance.now();
          gate.acceptAll();
        }),
    );
    const after = await metricsOf(cdp);
    return { ...run, scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000, taskMs: (after.TaskDuration - before.TaskDuration) * 1000 };
  } finally {
    await context.close();
  }
};

const memoryRun = async (browser, origin) => {
  const { context, page, cdp } = await openPage(browser, '.cg-banner', { throttle: 1 });
  try {
    await page.goto(`${origin}/p/consent-gate/`, { waitUntil: 'load' });
    await page.evaluate(() => window.__bench.ready);
    const cycles = (n) =>
      page.evaluate(async (count) => {
        // A task boundary without the 4 ms clamp of nested timers.
        const channel = new MessageChannel();
        const tick = () =>
          new Promise((resolve) => {
            channel.port1.onmessage = resolve;
            channel.port2.postMessage(0);
          });
        for (let i = 0; i < count; i++) {
          window.ConsentGate.showPreferences();
          void document.body.offsetHeight; // style and layout of the open dialog
          await tick();
          window.ConsentGate.hide();
          void document.body.offsetHeight;
          await tick();
        }
        return document.querySelectorAll('.cg-dialog').length;
      }, n);
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      return { heapUsed: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
    };
    await cycles(10); // warm-up: the dialog is built on first use
    const start = await measure();
    const again = await measure(); // the same state measured twice: the noise floor
    await cycles(1000);
    const after1000 = await measure();
    const dialogs = await cycles(1000);
    const after2000 = await measure();
    return { start, again, after1000, after2000, dialogsInDom: dialogs };
  } finally {
    await context.close();
  }
};

// ---------------------------------------------------------------------------------------------
// Reports

const METRICS = [
  'bannerVisible',
  'bannerSettled',
  'fcp',
  'domContentLoaded',
  'load',
  'scriptMs',
  'taskMs',
  'layoutMs',
  'heapUsedKb',
  'longTaskCount',
  'longTaskMs',
  'blockingMs',
  'cls',
  'layoutShifts',
  'rejectClicks',
];

const markdown = (result) => {
  const { meta, libraries, baseline, consentGateOnly } = result;
  const lines = [];
  const m = (lib, key) => lib.figures[key]?.median;
  lines.push(`## How it compares`, '');
  lines.push(
    `Medians of ${meta.runs} runs per library in Chromium ${meta.chromium} (headless, ${meta.cpuThrottling}× CPU throttling, a fresh context per run), ` +
      `the same page for each library: four categories, one gated script per optional category, the library's default banner, served from 127.0.0.1. ` +
      `Generated by \`npm run bench\` on ${meta.date.slice(0, 10)}.`,
    '',
  );
  lines.push(
    '| library | JS+CSS loaded: raw / gzip / brotli | inline config | banner visible | main-thread script | long tasks (count, total) | CLS | clicks to reject all |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const lib of [...libraries, baseline].filter(Boolean)) {
    const isBase = lib.id === 'baseline';
    const bytes = isBase ? '—' : `${kb(lib.bytes.raw)} / ${kb(lib.bytes.gzip)} / **${kb(lib.bytes.brotli)}**`;
    const config = isBase ? '—' : lib.config.raw ? `${kb(lib.config.raw)} (${kb(lib.config.gzip)} gzip)` : 'none';
    lines.push(
      `| ${lib.name}${lib.version ? ` ${lib.version}` : ''} | ${bytes} | ${config} | ${isBase ? '—' : ms(m(lib, 'bannerVisible'))} | ${ms(m(lib, 'scriptMs'))} | ` +
        `${m(lib, 'longTaskCount')}, ${ms(m(lib, 'longTaskMs'))} | ${m(lib, 'cls')?.toFixed(3) ?? 'n/a'} | ${isBase ? '—' : m(lib, 'rejectClicks')} |`,
    );
  }
  lines.push('');
  lines.push(
    '- **JS+CSS loaded**: every script and stylesheet file the page loads for the banner, as served (no compression on the wire); gzip (level 9) and brotli (quality 11) computed with node:zlib on those exact bytes. **Inline config**: the configuration each library needs in the page (consent-gate needs none; vanilla-cookieconsent takes all its texts from it).',
    '- **Banner visible**: from navigation start to the end of the first animation frame in which the banner has a box in the viewport and nothing hides it (checked by the same init script for every library). A fade-in that follows is not included; the time until it is fully opaque is in the second table.',
    '- **Main-thread script**: `ScriptDuration` of the page (CDP Performance.getMetrics) up to 1 s after the banner settled and the load event fired; the baseline row is the same page without any consent library (the page and the measuring code themselves).',
    '- **Long tasks**: PerformanceObserver `longtask` entries (over 50 ms) in that window, throttled. **CLS**: sum of `layout-shift` values without recent input.',
    '- **Clicks to reject all**: counted by driving the UI: a reject-all control on the first layer, else the settings and a reject-all control there; the rejection was checked in each library\'s stored state, with no gated script run.',
    '',
  );
  lines.push(
    'Spread (median, 25th–75th percentile) of the timings. "All main-thread tasks" is `TaskDuration` (script, parsing, style, layout, paint) over the same window: ' +
      'consent-gate parses its stylesheet from its script (adoptedStyleSheets, which a strict CSP allows), so that work counts as script time; ' +
      'a library whose stylesheet is a <link> pays it outside script time.',
    '',
  );
  lines.push(
    '| library | banner visible | banner fully opaque | first contentful paint | main-thread script | all main-thread tasks |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  const spread = (f) => (f && f.median !== null ? `${Math.round(f.median)} (${Math.round(f.p25)}–${Math.round(f.p75)}) ms` : 'n/a');
  for (const lib of [...libraries, baseline].filter(Boolean)) {
    lines.push(
      `| ${lib.name} | ${spread(lib.figures.bannerVisible)} | ${spread(lib.figures.bannerSettled)} | ${spread(lib.figures.fcp)} | ${spread(lib.figures.scriptMs)} | ${spread(lib.figures.taskMs)} |`,
    );
  }
  lines.push('');
  if (consentGateOnly) {
    const { activation, memory } = consentGateOnly;
    lines.push('### consent-gate alone', '');
    if (activation) {
      lines.push(
        `- **1,000 gated elements** (${activation.composition}), ${meta.cpuThrottling}× throttled, ${activation.runs} runs: ` +
          `all 1,000 active ${ms(activation.activeMs.median)} after \`acceptAll()\` (25th–75th percentile ${Math.round(activation.activeMs.p25)}–${Math.round(activation.activeMs.p75)} ms), ` +
          `of which ${ms(activation.scriptMs.median)} main-thread script (CDP ScriptDuration); the rest is the browser's own work, such as starting the image and iframe loads.`,
      );
    }
    if (memory) {
      lines.push(
        `- **Preferences dialog opened and closed 1,000 times** (\`showPreferences()\` / \`hide()\`), ${memory.runs} runs, JS heap after forced GC: ` +
          `${memory.growth1000Kb.median >= 0 ? '+' : ''}${memory.growth1000Kb.median.toFixed(1)} KiB after the first 1,000, ` +
          `${memory.growth2000Kb.median >= 0 ? '+' : ''}${memory.growth2000Kb.median.toFixed(1)} KiB over the next 1,000 ` +
          `(same state measured twice: ${memory.noiseKb.median.toFixed(1)} KiB apart); DOM nodes ${memory.nodes}, event listeners ${memory.listeners}. ` +
          `Verdict: ${memory.verdict}.`,
      );
    }
    lines.push('');
  }
  lines.push(
    `Machine: ${meta.cpus} CPU cores (${meta.cpuModel}), load average ${meta.loadavgStart.map((v) => v.toFixed(1)).join(' ')} at the start. ` +
      'Absolute timings depend on the machine and on what else runs on it; compare the rows with each other, not with other runs.',
    '',
  );
  return lines.join('\n');
};

const chart = (result) => {
  const libs = result.libraries;
  const med = (key) => libs.map((lib) => lib.figures[key]?.median ?? null);
  return barChart({
    title: 'consent-gate compared (lower is better)',
    subtitle: `Medians of ${result.meta.runs} runs, Chromium ${result.meta.chromium}, ${result.meta.cpuThrottling}× CPU throttling, ${result.meta.date.slice(0, 10)}`,
    rows: libs.map((lib) => ({ name: lib.name })),
    panels: [
      { title: 'JS+CSS for the banner, raw (KiB)', values: libs.map((l) => l.bytes.raw / 1024), format: (v) => `${v.toFixed(1)} KiB` },
      { title: 'JS+CSS for the banner, gzip (KiB)', values: libs.map((l) => l.bytes.gzip / 1024), format: (v) => `${v.toFixed(1)} KiB` },
      { title: 'JS+CSS for the banner, brotli (KiB)', values: libs.map((l) => l.bytes.brotli / 1024), format: (v) => `${v.toFixed(1)} KiB` },
      { title: 'Navigation start to banner visible (ms)', values: med('bannerVisible'), format: (v) => `${Math.round(v)} ms` },
      { title: 'Main-thread script time (ms)', values: med('scriptMs'), format: (v) => `${Math.round(v)} ms` },
      { title: 'Long tasks, total (ms)', values: med('longTaskMs'), format: (v) => `${Math.round(v)} ms` },
      { title: 'Cumulative layout shift', values: med('cls'), format: (v) => v.toFixed(3) },
      { title: 'Clicks to reject all', values: med('rejectClicks'), format: (v) => String(v) },
    ],
  });
};

// ---------------------------------------------------------------------------------------------
// Main

/** Writes latest.md and chart.svg again from latest.json (after changing how they are drawn). */
const writeReports = async (result) => {
  await mkdir(OUT, { recursive: true });
  const write = async (name, text) => {
    await writeFile(join(OUT, `${name}.tmp`), text);
    await rename(join(OUT, `${name}.tmp`), join(OUT, name));
  };
  await write('latest.json', JSON.stringify(result, null, 2) + '\n');
  const md = markdown(result);
  await write('latest.md', md);
  await write('chart.svg', chart(result));
  return md;
};

const main = async () => {
  if (argv.report) {
    const result = JSON.parse(await readFile(join(OUT, 'latest.json'), 'utf8'));
    console.log(await writeReports(result));
    return;
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  const bundles = await snapshotDist();
  const started = Date.now();
  const loadavgStart = loadavg();
  const server = await startServer({ root: join(PROJECT, 'bench'), port: 0, handle });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
  const origin = server.url;
  log(`bench: Chromium ${browser.version()}, ${RUNS} runs, ${THROTTLE}x CPU throttling, ${origin}`);

  try {
    const all = [...variants, BASELINE];
    const inspected = {};
    for (const variant of variants) {
      inspected[variant.id] = await inspect(browser, origin, variant);
      const { bytes, gating, problems } = inspected[variant.id];
      log(`${variant.id}: ${kb(bytes.raw)} raw, ${kb(bytes.gzip)} gzip, ${kb(bytes.brotli)} brotli; gating ${gating?.ok ? 'ok' : 'FAILED'}`);
      for (const problem of problems) log(`    ${problem}`);
    }

    // One warm-up round (discarded), then RUNS rounds; each round visits every variant, starting
    // one further each time so that no library always runs first or right after another.
    const samples = Object.fromEntries(all.map((v) => [v.id, []]));
    for (let round = -1; round < RUNS; round++) {
      const order = all.map((_, i) => all[(i + Math.max(round, 0)) % all.length]);
      for (const variant of order) {
        const run = await timedRun(browser, origin, variant);
        if (round >= 0) samples[variant.id].push(run);
      }
      log(`round ${round < 0 ? 'warm-up' : round + 1} of ${RUNS} done`);
    }

    const figures = (runs) =>
      Object.fromEntries(METRICS.map((key) => [key, summary(runs.map((run) => run[key]).filter((v) => v !== null))]));
    const describe = (variant) => {
      const runs = samples[variant.id];
      const info = inspected[variant.id];
      const steps = runs.map((run) => JSON.stringify(run.rejectSteps));
      return {
        id: variant.id,
        name: variant.name,
        version: variant.version,
        note: variant.note,
        ...(info ? { assets: info.assets, bytes: info.bytes, config: info.config, gating: info.gating, problems: info.problems } : {}),
        rejectSteps: runs[0]?.rejectSteps ?? null,
        rejectStepsConsistent: new Set(steps).size <= 1,
        figures: figures(runs),
      };
    };
    const libraries = variants.map(describe);
    const baseline = describe(BASELINE);

    let consentGateOnly = null;
    if (EXTRAS) {
      const activationRuns = [];
      for (let i = 0; i < RUNS; i++) activationRuns.push(await activationRun(browser, origin));
      log(`1,000 elements: ${activationRuns.map((r) => Math.round(r.activeMs)).join(', ')} ms`);
      const memoryRuns = [];
      for (let i = 0; i < 3; i++) memoryRuns.push(await memoryRun(browser, origin));
      log(`memory: ${memoryRuns.length} runs done`);
      const growth = (run, a, b) => (run[b].heapUsed - run[a].heapUsed) / 1024;
      const memory = {
        runs: memoryRuns.length,
        cycles: 1000,
        growth1000Kb: summary(memoryRuns.map((r) => growth(r, 'start', 'after1000'))),
        growth2000Kb: summary(memoryRuns.map((r) => growth(r, 'after1000', 'after2000'))),
        noiseKb: summary(memoryRuns.map((r) => Math.abs(growth(r, 'start', 'again')))),
        nodes: [...new Set(memoryRuns.map((r) => `${r.start.nodes} → ${r.after1000.nodes} → ${r.after2000.nodes}`))].join('; '),
        listeners: [...new Set(memoryRuns.map((r) => `${r.start.listeners} → ${r.after1000.listeners} → ${r.after2000.listeners}`))].join('; '),
        samples: memoryRuns,
      };
      // A leak grows with every cycle: the second 1,000 would add as much as the first. Under
      // 64 bytes per cycle (64 KiB per 1,000) with unchanged DOM nodes and listeners is noise.
      const steadyDom = memoryRuns.every((r) => r.after2000.nodes <= r.after1000.nodes && r.after2000.listeners <= r.after1000.listeners);
      memory.verdict =
        steadyDom && memory.growth2000Kb.median < 64 ? 'no growth beyond noise' : 'GROWTH: possible leak, see latest.json';
      log(`memory: ${memory.growth1000Kb.median.toFixed(1)} KiB, then ${memory.growth2000Kb.median.toFixed(1)} KiB; ${memory.verdict}`);
      consentGateOnly = {
        activation: {
          runs: activationRuns.length,
          composition: `${THOUSAND.images} images, ${THOUSAND.iframes} iframes, ${THOUSAND.scripts} inline scripts`,
          activeMs: summary(activationRuns.map((r) => r.activeMs)),
          scriptMs: summary(activationRuns.map((r) => r.scriptMs)),
          complete: activationRuns.every((r) => r.activated === r.total && r.scriptsRan === r.scripts && !r.timedOut),
          samples: activationRuns,
        },
        memory,
      };
    }

    const commit = (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT, encoding: 'utf8' }).trim();
      } catch {
        return null;
      }
    })();
    const result = {
      meta: {
        date: new Date().toISOString(),
        commit,
        bundles,
        node: process.version,
        chromium: browser.version(),
        playwright: JSON.parse(await readFile(join(PROJECT, 'node_modules', 'playwright-core', 'package.json'), 'utf8')).version,
        runs: RUNS,
        cpuThrottling: THROTTLE,
        settleMs: SETTLE_MS,
        viewport: '1280x720',
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model?.trim() ?? 'unknown',
        memoryGb: round(totalmem() / 2 ** 30, 1),
        loadavgStart,
        loadavgEnd: loadavg(),
        durationS: Math.round((Date.now() - started) / 1000),
      },
      libraries,
      baseline,
      consentGateOnly,
    };

    const md = await writeReports(result);
    console.log(`\n${md}`);
    log(`bench: wrote bench/results/latest.json, latest.md and chart.svg in ${result.meta.durationS} s`);
    const failed = libraries.filter((lib) => lib.gating && !lib.gating.ok);
    if (failed.length > 0) {
      console.error(`bench: the gating check failed for ${failed.map((l) => l.id).join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(distSnapshot, { recursive: true, force: true });
  }
};

await main();
