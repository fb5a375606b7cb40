/*! consent-gate v0.1.0 | MIT */
'use strict';

var errors = require('./errors-Dys4wFWp.cjs');

/** The four consent categories, in the order every list, record and UI uses. */
const CATEGORIES = ['necessary', 'functional', 'performance', 'advertising'];
const isCategory = (value) => CATEGORIES.includes(value);
/** Only `necessary` granted: the state before any decision, and after a refusal. */
const DENIED = errors.freeze({
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

exports.CATEGORIES = CATEGORIES;
exports.DENIED = DENIED;
exports.isCategory = isCategory;
exports.parseCategoryList = parseCategoryList;
