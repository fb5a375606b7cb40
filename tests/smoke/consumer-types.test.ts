// The published types as a strict TypeScript project uses them: every entry imported by its
// package name, the API typed, and wrong use rejected at compile time.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

const CONSUMER = `
import { createConsent, ConsentConfigError, type ConsentState, type CategoryId } from 'consent-gate';
import { mountUi, nl, UiConfigError } from 'consent-gate/ui';
import { googleConsentMode } from 'consent-gate/google-consent-mode';
import { consentReceipts } from 'consent-gate/receipts';
import { embedPlaceholders, placeholderNl } from 'consent-gate/placeholders';

const consent = createConsent({ revision: 2, cookie: { domain: '.limburg.be', expires: 30 } });
const state: ConsentState = consent.get();
const granted: boolean = state.choices.performance && consent.allowed('functional', 'advertising');
const off: () => void = consent.on('grant', ({ category }) => { const id: CategoryId = category; void id; });
consent.on('decision', ({ state: next, previous, remote }) => void [next.decided, previous.source, remote]);
consent.grant(['performance']);
consent.set({ functional: true }, { source: 'preferences' });
const ui = mountUi(consent, { locales: { nl }, policyUrl: '/privacy' });
ui.showPreferences();
googleConsentMode(consent, { waitForUpdate: 500, region: ['BE'] });
consentReceipts(consent, { endpoint: '/receipts' });
embedPlaceholders(consent, { locales: { nl: placeholderNl }, openPreferences: (opener) => ui.showPreferences(opener) });
const error: ConsentConfigError = new UiConfigError('texts', 'a string', 5);
void [granted, off, error];

// @ts-expect-error: not a category
consent.allowed('analytics');
// @ts-expect-error: necessary cannot be granted or denied
consent.grant('necessary');
// @ts-expect-error: choices are booleans
consent.set({ performance: 'yes' });
// @ts-expect-error: unknown source
consent.acceptAll({ source: 'wall' });
// @ts-expect-error: unknown event
consent.on('accepted', () => {});
// @ts-expect-error: the UI needs its locale packs
mountUi(consent, {});
// @ts-expect-error: cookie.sameSite is Lax, Strict or None
createConsent({ cookie: { sameSite: 'lax' } });
`;

describe('a strict TypeScript consumer', () => {
  it.each(['bundler', 'node16'])('compiles against the published types with moduleResolution %s', async (resolution) => {
    const project = await mkdtemp(join(tmpdir(), 'consent-gate-consumer-'));
    try {
      await mkdir(join(project, 'node_modules'));
      await symlink(root, join(project, 'node_modules', 'consent-gate'), 'dir');
      await writeFile(join(project, 'package.json'), JSON.stringify({ type: 'module' }));
      await writeFile(join(project, 'consumer.ts'), CONSUMER);
      const module = resolution === 'node16' ? 'node16' : 'esnext';
      await writeFile(
        join(project, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { strict: true, noEmit: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, module, moduleResolution: resolution, target: 'es2020', lib: ['es2020', 'dom'], types: [], skipLibCheck: false },
          files: ['consumer.ts'],
        }),
      );
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      // tsc exits non-zero on any error, including an @ts-expect-error that expects none.
      const result = await run(process.execPath, [tsc, '-p', project]).then(
        (done) => ({ ...done, code: 0 }),
        (error: { stdout: string; stderr: string; code: number }) => error,
      );
      // No type error printed, and tsc itself ran and finished cleanly.
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  }, 60_000);
});
