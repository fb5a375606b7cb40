import { afterEach } from 'vitest';
import type { ConsentStorage } from '../../../src/core';

/** Removes every cookie the page can see, on the paths and domains the tests use. */
export const clearCookies = (): void => {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]?.trim();
    if (!name) continue;
    for (const domain of ['', `; domain=${location.hostname}`]) {
      document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/${domain}`;
    }
  }
};

/** A storage that keeps its value in memory, so tests can read what was written. */
export const memoryStorage = (initial?: string): ConsentStorage & { value: string | undefined } => {
  const storage = {
    value: initial,
    read: () => storage.value,
    write: (value: string) => void (storage.value = value),
    remove: () => void (storage.value = undefined),
  };
  return storage;
};

/** A clock the test moves by hand. */
export const fakeClock = (start = Date.UTC(2026, 10, 29, 9, 0, 0)) => {
  const clock = { time: start, now: () => clock.time, advanceDays: (days: number) => void (clock.time += days * 86_400_000) };
  return clock;
};

/** Resets the page between tests. */
export const resetPageAfterEach = (): void => {
  afterEach(() => {
    clearCookies();
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });
};
