// @vitest-environment node
import { describe, expect, it } from 'vitest';

describe('on a server (no DOM)', () => {
  it('importing the UI touches nothing, and mounting returns a handle that does nothing', async () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const { createConsent } = await import('../../../src/core');
    const ui = await import('../../../src/ui');
    const consent = createConsent();
    const handle = ui.mountUi(consent, { locales: { nl: ui.nl } });
    expect(() => {
      handle.showBanner();
      handle.showPreferences();
      handle.hide();
      handle.destroy();
    }).not.toThrow();
  });

  it('still validates the options, naming the field', async () => {
    const { createConsent } = await import('../../../src/core');
    const { mountUi, nl, UiConfigError } = await import('../../../src/ui');
    expect(() => mountUi(createConsent(), { locales: { nl }, policyUrl: 'javascript:alert(1)' })).toThrow(UiConfigError);
  });

  it('the script-tag entry does nothing without a window', async () => {
    const { startEmbed } = await import('../../../src/embed');
    expect(() => startEmbed({}, {})).not.toThrow();
  });
});
