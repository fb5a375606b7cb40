import type * as Core from '../../src/core/index';
import type { Consent } from '../../src/core/types';
import type { ConsentGateGlobal } from '../../src/embed';

declare global {
  interface Window {
    /** Set by the IIFE build. */
    ConsentGate: ConsentGateGlobal;
    /** Set by the ESM fixture pages. */
    consent: Consent;
    lib: typeof Core;
    /** Ids of the fixture scripts that ran, in order. */
    __ran?: string[];
    /** CSP violations seen (see watchCspViolations). */
    __violations?: string[];
    /** Events a fixture recorded, as "event:detail". */
    __events?: string[];
  }
}

export {};
