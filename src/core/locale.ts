/** Locales the default texts exist in; the first is the fallback. */
export const LOCALES = ['nl', 'fr', 'de', 'en'] as const;

/** What a `locale` setting expects, for messages. */
export const LOCALE_EXPECTED = 'nl, fr, de or en (a region such as nl-BE is fine)';

/** A locale the default texts exist in. */
export type Locale = (typeof LOCALES)[number];

/** Maps a language tag (`nl-BE`, `FR`) to a supported locale, or undefined. */
export const matchLocale = (tag: string | null | undefined): Locale | undefined => {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === primary);
};

/**
 * The locale to show, of those a caller has texts for: the requested one, else `fallback` (the
 * consent instance's locale), else the first available.
 */
export const pickLocale = (available: Readonly<Partial<Record<Locale, unknown>>>, requested: string | undefined, fallback: string): Locale => {
  const wanted = matchLocale(requested) ?? matchLocale(fallback);
  return wanted && available[wanted] ? wanted : (Object.keys(available)[0] as Locale);
};
