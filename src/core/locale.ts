/** Locales the default texts exist in; the first is the fallback. */
export const LOCALES = ['nl', 'fr', 'de', 'en'] as const;

/** A locale the default texts exist in. */
export type Locale = (typeof LOCALES)[number];

/** Maps a language tag (`nl-BE`, `FR`) to a supported locale, or undefined. */
export const matchLocale = (tag: string | null | undefined): Locale | undefined => {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === primary);
};
