import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';
import { cssText } from './scripts/css-text.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! ${pkg.name} v${pkg.version} | ${pkg.license} */`;

// Public entry points (dist/<name>.js, .cjs, .d.ts, .d.cts), each also a subpath in package.json
// "exports".
const ENTRIES = {
  index: 'src/core/index.ts',
  ui: 'src/ui/index.ts',
  'google-consent-mode': 'src/integrations/google-consent-mode/index.ts',
  receipts: 'src/integrations/receipts/index.ts',
  placeholders: 'src/integrations/placeholders/index.ts',
};

const external = (id) => id === 'js-cookie' || id.startsWith('js-cookie/');
const ts = () => typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, noEmitOnError: true });

/** Fails the build when bundled declarations still point at js-cookie's types. */
const noJsCookieTypes = () => ({
  name: 'no-js-cookie-types',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      const code = chunk.type === 'chunk' ? chunk.code : String(chunk.source);
      if (/(?:from|import\s*\(?)\s*['"]js-cookie['"/]/.test(code)) {
        this.error(`${chunk.fileName} references js-cookie types; keep them out of the public API`);
      }
    }
  },
});

const CORE = resolve('src/core');

/**
 * The other entries' declarations import the core's types from 'consent-gate' instead of carrying
 * copies: a `Consent` from 'consent-gate/ui' is then the very type 'consent-gate' declares. Every
 * name they import must be one the core's entry exports, or the build fails.
 */
const coreTypesFromPackage = () => ({
  name: 'core-types-from-package',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.') || importer.startsWith(CORE)) return null;
    const target = resolve(dirname(importer), source);
    return target === CORE || target.startsWith(`${CORE}/`) ? { id: 'consent-gate', external: true } : null;
  },
  generateBundle(_options, bundle) {
    const exported = readFileSync('dist/index.d.ts', 'utf8');
    for (const chunk of Object.values(bundle)) {
      for (const [, names] of chunk.code.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'consent-gate'/g)) {
        for (const name of names.split(',').map((part) => part.trim().split(/\s+as\s+/)[0].replace(/^type\s+/, '')).filter(Boolean)) {
          if (!new RegExp(`export (?:type )?\\{[^}]*\\b${name}\\b`).test(exported)) this.error(`${chunk.fileName} imports ${name} from 'consent-gate', which does not export it`);
        }
      }
    }
  },
});


// Script-tag builds: all four locales, and one per locale (smaller, for single-language sites).
const EMBEDS = {
  'consent-gate.iife.js': 'src/auto.ts',
  ...Object.fromEntries(['nl', 'fr', 'de', 'en'].map((locale) => [`consent-gate.${locale}.iife.js`, `src/auto-${locale}.ts`])),
};

export default [
  // ESM + CJS, readable (consumers minify); js-cookie stays a dependency.
  {
    input: ENTRIES,
    external,
    plugins: [nodeResolve(), cssText({ emit: 'consent-gate.css', banner }), ts()],
    output: [
      { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared/[name]-[hash].js', banner },
      {
        dir: 'dist',
        format: 'cjs',
        entryFileNames: '[name].cjs',
        chunkFileNames: 'shared/[name]-[hash].cjs',
        exports: 'named',
        banner,
      },
    ],
  },
  // Bundled declarations per entry, with a .d.cts twin for `require` consumers.
  ...Object.entries(ENTRIES).map(([name, input]) => ({
    input,
    external,
    plugins: [...(name === 'index' ? [] : [coreTypesFromPackage()]), dts({ tsconfig: './tsconfig.json' }), noJsCookieTypes()],
    output: [
      { file: `dist/${name}.d.ts`, format: 'es' },
      { file: `dist/${name}.d.cts`, format: 'es' },
    ],
  })),
  // One-<script>-tag embeds: everything bundled and minified, exposed as window.ConsentGate.
  ...Object.entries(EMBEDS).map(([file, input]) => ({
    input,
    plugins: [nodeResolve({ browser: true }), cssText(), ts()],
    output: {
      file: `dist/${file}`,
      format: 'iife',
      name: 'ConsentGate',
      exports: 'auto',
      banner,
      plugins: [terser({ ecma: 2020, format: { comments: /^!/ } })],
    },
  })),
];
