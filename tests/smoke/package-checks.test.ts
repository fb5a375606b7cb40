// The package as npm would publish it, checked by publint (package.json against the files) and
// @arethetypeswrong/cli (types resolve for every entry under node10, node16 CJS/ESM and bundlers).
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));

describe('the published package', () => {
  it('passes publint, strict', async () => {
    const { stdout } = await run(bin('publint'), ['--strict'], { cwd: root });
    expect(stdout).toContain('All good!');
  }, 60_000);

  it('has types that resolve for every entry and module system (arethetypeswrong)', async () => {
    // Packed without scripts: the build already ran, and prepack would only build again.
    const folder = await mkdtemp(join(tmpdir(), 'consent-gate-pack-'));
    try {
      await run('npm', ['pack', '--ignore-scripts', '--pack-destination', folder], { cwd: root });
      const [tarball] = await readdir(folder);
      // attw exits non-zero on any problem, which makes execFile reject with its report. The
      // stylesheet export has no types to check.
      const { stdout } = await run(bin('attw'), [join(folder, tarball!), '--exclude-entrypoints', './ui/styles.css', '--format', 'ascii'], { cwd: root });
      expect(stdout).toContain('No problems found');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
