// Where the browser tier finds Chromium, and how a missing one is reported. No playwright import
// here: the reporter in vitest.config.ts loads this file too.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** CI is "set" unless empty, "0" or "false". */
export const IS_CI = !['', '0', 'false'].includes((process.env.CI ?? '').trim().toLowerCase());

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM_PATH);

/** Prefix of the note on every browser test skipped for lack of Chromium. */
export const SKIP_NOTE = 'Chromium not found';

export const INSTALL_HINT =
  `Chromium is needed for the browser tests and was not found at ${CHROMIUM_PATH}. ` +
  'Install it with `apt-get install -y chromium` (Debian/Ubuntu) or point CHROMIUM_PATH at a Chromium/Chrome binary.';
