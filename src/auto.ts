import { startConsent } from './core/create-consent';
import type { Consent } from './core/types';
import { readPageConfig, report } from './page-config';

/**
 * The script-tag entry: `<script src="consent-gate.iife.js" data-revision="3" defer></script>`.
 * Reads its configuration from the tag's data attributes and from an optional
 * `<script type="application/json" data-consent-gate-config>`, starts the core and exposes it
 * as `window.ConsentGate`. Invalid configuration is logged with the field it concerns, and the
 * field's safe default is used instead: nothing is granted that the visitor did not grant.
 */
const start = (): void => {
  if (typeof window === 'undefined' || typeof document === 'undefined') return;
  const existing = (window as { ConsentGate?: Consent }).ConsentGate;
  if (existing) {
    console.warn('consent-gate: the script is included twice; the second copy does nothing');
    return;
  }
  const tag = document.currentScript ?? document.querySelector('script[src*="consent-gate"]');
  const consent = startConsent(readPageConfig(document, tag), (error) => report(`${error.message}; using its default`));
  (window as { ConsentGate?: Consent }).ConsentGate = consent;
};

start();
