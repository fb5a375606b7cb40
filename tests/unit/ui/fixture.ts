import { afterEach, vi } from 'vitest';
import { createConsent, type Consent, type ConsentConfig, type ConsentStorage } from '../../../src/core';
import { de, en, fr, mountUi, nl, type UiHandle, type UiOptions } from '../../../src/ui';

export const ALL_LOCALES = { nl, fr, de, en };

/** A storage that keeps its value in memory and counts writes, so tests see what was recorded. */
export const memoryStorage = (initial?: string): ConsentStorage & { value: string | undefined; writes: number } => {
  const storage = {
    value: initial,
    writes: 0,
    read: () => storage.value,
    write: (value: string) => {
      storage.writes += 1;
      storage.value = value;
    },
    remove: () => void (storage.value = undefined),
  };
  return storage;
};

const mounted: Array<{ consent: Consent; ui: UiHandle }> = [];

/** A consent instance (in-memory record, no tab sync) with the default UI mounted on it. */
export const setup = (options: Partial<UiOptions> = {}, config: ConsentConfig = {}) => {
  const storage = memoryStorage();
  const consent = createConsent({ storage, crossTab: false, ...config });
  const ui = mountUi(consent, { locales: ALL_LOCALES, ...options });
  mounted.push({ consent, ui });
  return { consent, ui, storage };
};

/** Unmounts everything and resets the page between tests. */
export const cleanUpAfterEach = (): void => {
  afterEach(() => {
    for (const { consent, ui } of mounted.splice(0)) {
      ui.destroy();
      consent.destroy();
    }
    vi.restoreAllMocks();
    document.head.innerHTML = '';
    document.body.innerHTML = '';
    document.documentElement.removeAttribute('lang');
    document.documentElement.removeAttribute('style');
  });
};
