// The built package as a Node consumer sees it: ESM import and CJS require of dist/, without a DOM.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import type * as Core from '../../src/core/index';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  name: string;
  version: string;
  main: string;
  module: string;
  types: string;
  unpkg: string;
  exports: Record<string, string | Record<string, Record<string, string>>>;
};

const importDist = async (file: string): Promise<Record<string, unknown>> => {
  const path = `${ROOT}dist/${file}`;
  if (!existsSync(path)) throw new Error(`dist/${file} is missing: run \`npm run build\` first`);
  return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
};

const requireDist = (file: string): Record<string, unknown> => {
  const path = `${ROOT}dist/${file}`;
  if (!existsSync(path)) throw new Error(`dist/${file} is missing: run \`npm run build\` first`);
  return require(path) as Record<string, unknown>;
};

/**
 * Resolves and loads a specifier by package name in a plain Node process (self-reference through
 * "exports"), as a consumer's import and require would.
 */
const resolveByName = (specifier: string): { import: string; require: string; same: boolean } => {
  const script = `
    import { createRequire } from 'node:module';
    import { fileURLToPath } from 'node:url';
    const require = createRequire(import.meta.url);
    const names = (m) => Object.keys(m).filter((n) => n !== 'default' && n !== '__esModule').sort().join();
    const esm = await import(${JSON.stringify(specifier)});
    const cjs = require(${JSON.stringify(specifier)});
    console.log(JSON.stringify({
      import: fileURLToPath(import.meta.resolve(${JSON.stringify(specifier)})),
      require: require.resolve(${JSON.stringify(specifier)}),
      same: names(esm) === names(cjs) && names(esm).length > 0,
    }));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(output) as { import: string; require: string; same: boolean };
};

test('Node has no DOM here', () => {
  expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
});

describe.each([
  ['ESM', () => importDist('index.js')],
  ['CJS', async () => requireDist('index.cjs')],
])('core (%s)', (_format, load) => {
  test('loads without throwing and exports the public API', async () => {
    const core = (await load()) as unknown as typeof Core;
    expect(typeof core.createConsent).toBe('function');
    expect(typeof core.ConsentConfigError).toBe('function');
    expect(core.CATEGORIES).toEqual(['necessary', 'functional', 'performance', 'advertising']);
  });

  test('createConsent() on a server is inert: not decided, nothing allowed but necessary', async () => {
    const { createConsent } = (await load()) as unknown as typeof Core;
    const consent = createConsent();
    expect(consent.get().decided).toBe(false);
    expect(consent.state.decided).toBe(false);
    expect(consent.allowed('performance')).toBe(false);
    expect(consent.allowed('necessary')).toBe(true);
    expect(() => consent.destroy()).not.toThrow();
  });

  test('invalid configuration throws the exported ConsentConfigError', async () => {
    const { createConsent, ConsentConfigError } = (await load()) as unknown as typeof Core;
    let error: unknown;
    try {
      createConsent({ cookie: { expires: 401 } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConsentConfigError);
    expect((error as InstanceType<typeof ConsentConfigError>).field).toBe('cookie.expires');
  });
});

const exportNames = (module: Record<string, unknown>) => Object.keys(module).filter((name) => name !== 'default' && name !== '__esModule').sort();

test('dist/index.js and dist/index.cjs export the same names', async () => {
  expect(exportNames(requireDist('index.cjs'))).toEqual(exportNames(await importDist('index.js')));
});

// The ui entry is skipped only while its source does not exist yet.
describe.skipIf(!existsSync(`${ROOT}src/ui/index.ts`))('ui entry', () => {
  test('dist/ui.js imports and dist/ui.cjs requires without a DOM, with the same exports', async () => {
    const esm = await importDist('ui.js');
    const cjs = requireDist('ui.cjs');
    expect(typeof esm.mountUi).toBe('function');
    expect(exportNames(cjs)).toEqual(exportNames(esm));
  });

  test('the package resolves "consent-gate/ui" for import and require', async () => {
    const resolved = resolveByName('consent-gate/ui');
    expect(resolved).toEqual({ import: `${ROOT}dist/ui.js`, require: `${ROOT}dist/ui.cjs`, same: true });
  });
});

describe('package.json', () => {
  test('the package resolves "consent-gate" to dist/index.js for import and dist/index.cjs for require', () => {
    expect(resolveByName('consent-gate')).toEqual({ import: `${ROOT}dist/index.js`, require: `${ROOT}dist/index.cjs`, same: true });
  });

  test('every file it points at exists after the build', () => {
    const targets = new Set<string>([pkg.main, pkg.module, pkg.types, pkg.unpkg]);
    for (const [subpath, conditions] of Object.entries(pkg.exports)) {
      if (subpath === './ui' && !existsSync(`${ROOT}src/ui/index.ts`)) continue;
      if (typeof conditions === 'string') targets.add(conditions);
      else for (const byCondition of Object.values(conditions)) for (const target of Object.values(byCondition)) targets.add(target);
    }
    expect([...targets].filter((target) => !existsSync(`${ROOT}${target}`))).toEqual([]);
  });

  test('bundled declarations do not reference js-cookie, and .d.cts twins match', () => {
    for (const name of ['index', 'ui', 'google-consent-mode', 'receipts', 'placeholders']) {
      const text = readFileSync(`${ROOT}dist/${name}.d.ts`, 'utf8');
      expect(text).not.toMatch(/from\s*['"]js-cookie['"]|import\(\s*['"]js-cookie['"]\s*\)/);
      expect(readFileSync(`${ROOT}dist/${name}.d.cts`, 'utf8')).toBe(text);
    }
  });

  test("the other entries' declarations take the core's types from 'consent-gate' instead of declaring copies", () => {
    for (const name of ['ui', 'google-consent-mode', 'receipts', 'placeholders']) {
      const text = readFileSync(`${ROOT}dist/${name}.d.ts`, 'utf8');
      expect(text, name).toMatch(/^import \{[^}]*\bConsent\b[^}]*\} from 'consent-gate';/m);
      expect(text, name).not.toMatch(/^(?:declare |export )*(?:interface|type|class) (?:Consent|ConsentState|CategoryId|ConsentConfigError)\b/m);
    }
  });

  test('ESM/CJS keep js-cookie external; the IIFE bundles it and starts with the version banner', () => {
    expect(readFileSync(`${ROOT}dist/index.js`, 'utf8')).toMatch(/from ['"]js-cookie['"]/);
    expect(readFileSync(`${ROOT}dist/index.cjs`, 'utf8')).toMatch(/require\(['"]js-cookie['"]\)/);
    const iife = readFileSync(`${ROOT}dist/consent-gate.iife.js`, 'utf8');
    expect(iife.startsWith(`/*! consent-gate v${pkg.version} | MIT */`)).toBe(true);
    expect(iife).not.toMatch(/\brequire\(|^import\s|js-cookie['"]/m);
  });

  test('npm pack ships dist and the docs, not sources or tests', () => {
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const files = (JSON.parse(output) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((file) => file.path);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/consent-gate.iife.js']));
    expect(files.filter((file) => !/^(dist\/|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE)/.test(file))).toEqual([]);
  });
});
