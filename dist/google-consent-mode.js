/*! consent-gate v0.1.0 | MIT */
import { i as isCategory, D as DENIED } from './shared/categories-BNUaNYox.js';
import { a as fail } from './shared/errors-DoGDOgfH.js';

/**
 * The default mapping: strictly necessary storage is security storage; the rest follows Google's
 * own grouping of its consent types.
 */
const GOOGLE_CONSENT_MAPPING = Object.freeze({
    security_storage: 'necessary',
    functionality_storage: 'functional',
    personalization_storage: 'functional',
    analytics_storage: 'performance',
    ad_storage: 'advertising',
    ad_user_data: 'advertising',
    ad_personalization: 'advertising',
});
const TYPES = Object.keys(GOOGLE_CONSENT_MAPPING);
const OPTION_KEYS = ['mapping', 'waitForUpdate', 'region', 'urlPassthrough', 'adsDataRedaction', 'window'];
const invalid = (field, expected, received) => fail(`googleConsentMode(): invalid option "${field}"`, expected, received);
/**
 * Connects a consent instance to Google Consent Mode v2. Pushes `consent default` (everything
 * denied except security storage) to `dataLayer` at once, then one `consent update` with the
 * stored choice when there is one, and one per decision after that. Call it right after
 * `createConsent`, before any Google tag, and gate the Google tag itself with
 * `data-consent` (basic mode). Returns a function that disconnects it.
 * @example
 * googleConsentMode(createConsent(), { waitForUpdate: 500, region: ['BE'] });
 */
const googleConsentMode = (consent, options = {}) => {
    if (typeof options != 'object' || options === null)
        invalid('options', 'an object', options);
    for (const key of Object.keys(options))
        if (!OPTION_KEYS.includes(key))
            invalid(key, `one of ${OPTION_KEYS.join(', ')}`, key);
    const { mapping = {}, waitForUpdate, region, urlPassthrough, adsDataRedaction } = options;
    if (typeof mapping != 'object' || !mapping)
        invalid('mapping', 'an object of consent types and category ids', mapping);
    for (const [type, category] of Object.entries(mapping)) {
        if (!TYPES.includes(type))
            invalid(`mapping.${type}`, `a consent type (${TYPES.join(', ')})`, type);
        if (!isCategory(category))
            invalid(`mapping.${type}`, 'a category id', category);
    }
    if (waitForUpdate !== undefined && !(Number.isInteger(waitForUpdate) && waitForUpdate >= 0))
        invalid('waitForUpdate', 'a whole number of milliseconds', waitForUpdate);
    if (region !== undefined && !(Array.isArray(region) && region.every((code) => typeof code == 'string' && /^[A-Z]{2}(-[A-Z\d]{1,3})?$/.test(code)))) {
        invalid('region', 'an array of ISO 3166-2 codes such as "BE" or "BE-VLI"', region);
    }
    for (const key of ['urlPassthrough', 'adsDataRedaction']) {
        if (options[key] !== undefined && typeof options[key] != 'boolean')
            invalid(key, 'true or false', options[key]);
    }
    const win = (options.window ?? (typeof window == 'undefined' ? undefined : window));
    if (!win)
        return () => { };
    const dataLayer = (win.dataLayer ?? (win.dataLayer = []));
    // gtag.js reads Arguments objects from dataLayer, not arrays: this is how its own snippet pushes.
    const gtag = function (..._args) {
        // eslint-disable-next-line prefer-rest-params
        dataLayer.push(arguments);
    };
    const map = { ...GOOGLE_CONSENT_MAPPING, ...mapping };
    const status = (choices) => Object.fromEntries(TYPES.map((type) => [type, choices[map[type]] ? 'granted' : 'denied']));
    gtag('consent', 'default', {
        ...status(DENIED),
        ...(waitForUpdate !== undefined && { wait_for_update: waitForUpdate }),
        ...(region && { region: [...region] }),
    });
    if (urlPassthrough)
        gtag('set', 'url_passthrough', true);
    if (adsDataRedaction)
        gtag('set', 'ads_data_redaction', true);
    const { decided, choices } = consent.get();
    if (decided)
        gtag('consent', 'update', status(choices));
    return consent.on('decision', ({ state }) => gtag('consent', 'update', status(state.choices)));
};

export { GOOGLE_CONSENT_MAPPING, googleConsentMode };
