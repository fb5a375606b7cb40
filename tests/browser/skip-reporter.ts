import type { Reporter, TestModule } from 'vitest/node';
import { CHROMIUM_PATH, chromiumAvailable, SKIP_NOTE } from './chromium.ts';

/** Prints a loud warning after the summary when browser tests were skipped for lack of Chromium. */
export class BrowserSkipWarning implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const missing = !chromiumAvailable();
    let skipped = 0;
    for (const module of testModules) {
      const browserProject = module.project.name === 'browser';
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state !== 'skipped') continue;
        if (result.note?.startsWith(SKIP_NOTE) || (missing && browserProject)) skipped += 1;
      }
    }
    if (skipped === 0) return;
    const line = '!'.repeat(78);
    process.stderr.write(
      [
        '',
        line,
        `!!  BROWSER TESTS WERE SKIPPED: ${skipped} test(s) did not run.`,
        `!!  No Chromium at ${CHROMIUM_PATH}.`,
        '!!  Install it (apt-get install -y chromium) or set CHROMIUM_PATH, then run again.',
        '!!  With CI set, a missing Chromium fails the run instead.',
        line,
        '',
      ].join('\n') + '\n',
    );
  }
}
