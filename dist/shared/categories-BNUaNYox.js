/*! consent-gate v0.1.0 | MIT */
import { f as freeze } from './errors-DoGDOgfH.js';

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

export { CATEGORIES as C, DENIED as D, isCategory as i, parseCategoryList as p };
