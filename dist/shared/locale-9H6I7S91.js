/*! consent-gate v0.1.0 | MIT */
/** Locales the default texts exist in; the first is the fallback. */
const LOCALES = ['nl', 'fr', 'de', 'en'];
/** What a `locale` setting expects, for messages. */
const LOCALE_EXPECTED = 'nl, fr, de or en (a region such as nl-BE is fine)';
/** Maps a language tag (`nl-BE`, `FR`) to a supported locale, or undefined. */
const matchLocale = (tag) => {
    const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
    return LOCALES.find((locale) => locale === primary);
};
/**
 * The locale to show, of those a caller has texts for: the requested one, else `fallback` (the
 * consent instance's locale), else the first available.
 */
const pickLocale = (available, requested, fallback) => {
    const wanted = matchLocale(requested) ?? matchLocale(fallback);
    return wanted && available[wanted] ? wanted : Object.keys(available)[0];
};

export { LOCALE_EXPECTED as L, LOCALES as a, matchLocale as m, pickLocale as p };
