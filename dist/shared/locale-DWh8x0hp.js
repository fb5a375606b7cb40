/*! consent-gate v0.1.0 | MIT */
/** `Object.freeze` under a short name of its own: the core freezes everything it hands out, in many places. */
const freeze = Object.freeze;

/** The four consent categories, in the order every list, record and UI uses. */
const CATEGORIES = ['necessary', 'functional', 'performance', 'advertising'];
const isCategory = (value) => CATEGORIES.includes(value);
/** Only `necessary` granted: the state before any decision, and after a refusal. */
const DENIED = freeze({
    necessary: true,
    functional: false,
    performance: false,
    advertising: false,
});
/** Splits a `data-consent` value ("performance advertising") into category ids. */
const parseCategoryList = (value) => {
    const ids = (value ?? '').split(/\s+/).filter(Boolean);
    return ids.length > 0 && ids.every(isCategory) ? ids : null;
};

/** Locales the default texts exist in; the first is the fallback. */
const LOCALES = ['nl', 'fr', 'de', 'en'];
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

export { CATEGORIES as C, DENIED as D, LOCALES as L, pickLocale as a, freeze as f, isCategory as i, matchLocale as m, parseCategoryList as p };
