// Where the bytes of each size budget go.
//
//   npm run size:breakdown             prints the table and writes bench/results/size-breakdown.md
//
// Each budgeted bundle is built from src the way the script-tag files are built (rollup, terser,
// js-cookie bundled) and compressed with brotli at its highest quality, as size-limit does. Then
// each part is replaced by a stand-in that keeps only what the rest of the bundle needs, and the
// bundle measured again: the difference is what that part costs. The last rows of the core strip
// several parts at once, to show how small the core could get by removal alone.
// size-limit (npm run size) stays the reference for the budgets; this explains its numbers.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import ts from 'typescript';
import { cssText } from '../scripts/css-text.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'results', 'size-breakdown.md');

/** Stand-ins: a module path (from src) and the code that replaces it. */
const STANDIN = {
  'config validation': [
    'core/config.ts',
    `export const isStorage = (v) => !!v && typeof v.read == 'function';
     export const resolveEnvironment = (input) => (input && input.environment) || {};
     const none = { cookies: [] };
     export const resolveConfig = (input, page) => ({
       revision: 1, locale: 'nl', reloadOnWithdraw: true, gpc: true, gating: true, crossTab: true, ...input,
       cookie: { name: 'consent_gate', path: '/', sameSite: 'Lax', secure: page.https, expires: 182, ...(input && input.cookie) },
       categories: { necessary: none, functional: none, performance: none, advertising: none },
     });`,
  ],
  gating: [
    'core/element-gate.ts',
    `export const createElementGate = () => ({ start() {}, update() {}, allowOnce() {}, ran: () => false, stop() {} });`,
  ],
  'cookie erasing on withdrawal': ['core/cookie-cleanup.ts', 'export const eraseDeclaredCookies = () => [];'],
  'tab sync': ['core/tab-sync.ts', 'export const syncTabs = () => ({ notify() {}, stop() {} });'],
  placeholders: ['integrations/placeholders/placeholders.ts', 'export const embedPlaceholders = () => () => {};'],
  'Google Consent Mode': ['integrations/google-consent-mode/google-consent-mode.ts', 'export const googleConsentMode = () => () => {};'],
};

const BUDGETS = [
  {
    name: 'Core: createConsent with gating and js-cookie',
    entry: "export { createConsent } from './src/core/index.ts';",
    budget: 2500,
    parts: ['config validation', 'gating', 'cookie erasing on withdrawal', 'tab sync'],
    together: [
      ['config validation', 'gating'],
      ['config validation', 'gating', 'cookie erasing on withdrawal', 'tab sync'],
    ],
  },
  {
    name: 'Script tag, one locale (consent-gate.nl.iife.js)',
    entry: "import './src/auto-nl.ts';",
    budget: 7000,
    parts: ['placeholders', 'Google Consent Mode', 'config validation', 'gating'],
    together: [['placeholders', 'Google Consent Mode']],
  },
  {
    name: 'Script tag, four locales (consent-gate.iife.js)',
    entry: "import './src/auto.ts';",
    budget: 9000,
    parts: ['placeholders', 'Google Consent Mode'],
    together: [['placeholders', 'Google Consent Mode']],
  },
  { name: 'Google Consent Mode', entry: "export { googleConsentMode } from './src/integrations/google-consent-mode/index.ts';", budget: 1000 },
  { name: 'Receipts', entry: "export { consentReceipts } from './src/integrations/receipts/index.ts';", budget: 1000 },
  {
    name: 'Placeholders with one locale',
    entry: "export { embedPlaceholders, placeholderNl } from './src/integrations/placeholders/index.ts';",
    budget: 1000,
  },
];

/** Resolves the entry, stand-ins and TypeScript (types stripped, nothing checked); `?raw` CSS is the build's own plugin. */
const sources = (entry, standins) => ({
  name: 'sources',
  resolveId(source, importer) {
    if (source === '\0entry') return source;
    if (!importer || !source.startsWith('.')) return null;
    const base = resolve(dirname(importer === '\0entry' ? join(ROOT, 'entry.ts') : importer), source);
    return /\.\w+$/.test(base) ? base : `${base}.ts`;
  },
  load(id) {
    if (id === '\0entry') return entry;
    const standin = standins.find(([path]) => id.endsWith(`/src/${path}`));
    if (standin) return standin[1];
    if (!id.endsWith('.ts')) return null;
    const { outputText } = ts.transpileModule(readFileSync(id, 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
      fileName: id,
    });
    return outputText;
  },
});

const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const measure = async (entry, parts = []) => {
  const bundle = await rollup({
    input: '\0entry',
    plugins: [cssText(), sources(entry, parts.map((part) => STANDIN[part])), nodeResolve({ browser: true })],
    onwarn: (warning, warn) => (warning.code === 'EMPTY_BUNDLE' ? undefined : warn(warning)),
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ ecma: 2020, module: true })] });
  await bundle.close();
  return brotli(output[0].code);
};

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const lines = ['# Where the bytes go', '', 'Written by `npm run size:breakdown`; brotli, quality 11.', ''];
for (const { name, entry, budget, parts = [], together = [] } of BUDGETS) {
  const full = await measure(entry);
  lines.push(`## ${name}: ${kB(full)} (budget ${kB(budget)})`, '');
  const groups = [...parts.map((part) => [part]), ...together];
  if (groups.length > 0) lines.push('| without | size | saves |', '| --- | ---: | ---: |');
  for (const group of groups) {
    const size = await measure(entry, group);
    lines.push(`| ${group.join(' + ')} | ${kB(size)} | ${kB(full - size)} |`);
  }
  if (groups.length > 0) lines.push('');
}
const jsCookie = readFileSync(join(ROOT, 'node_modules', 'js-cookie', 'dist', 'js.cookie.min.mjs'));
lines.push(`js-cookie on its own (dist/js.cookie.min.mjs): ${kB(brotli(jsCookie))}.`, '');

const text = lines.join('\n');
writeFileSync(OUT, text);
console.log(text);
