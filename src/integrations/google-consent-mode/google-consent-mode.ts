import type { CategoryId, Choices, Consent } from '../../core';
import { DENIED, isCategory } from '../../core/categories';
import { fail } from '../../core/errors';

/** The consent types of Google Consent Mode v2. */
export type GoogleConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/** Which category grants each Google consent type. */
export type GoogleConsentMapping = Readonly<Record<GoogleConsentType, CategoryId>>;

/** Options of `googleConsentMode`. */
export interface GoogleConsentModeOptions {
  /** Overrides the category of some consent types, e.g. `{ personalization_storage: 'advertising' }`. */
  readonly mapping?: Partial<GoogleConsentMapping>;
  /** Milliseconds Google's tags wait for an update before using the default. Default: none. */
  readonly waitForUpdate?: number;
  /** Regions (ISO 3166-2, e.g. `['BE', 'NL']`) the default applies to. Default: everywhere. */
  readonly region?: readonly string[];
  /** Pass ad click information through URLs when ad storage is denied. Default: false. */
  readonly urlPassthrough?: boolean;
  /** Redact ads data when ad storage is denied. Default: false. */
  readonly adsDataRedaction?: boolean;
  /** The window whose `dataLayer` receives the commands. Default: the global window. */
  readonly window?: Window;
}

/**
 * The default mapping: strictly necessary storage is security storage; the rest follows Google's
 * own grouping of its consent types.
 */
export const GOOGLE_CONSENT_MAPPING: GoogleConsentMapping = Object.freeze({
  security_storage: 'necessary',
  functionality_storage: 'functional',
  personalization_storage: 'functional',
  analytics_storage: 'performance',
  ad_storage: 'advertising',
  ad_user_data: 'advertising',
  ad_personalization: 'advertising',
});

const TYPES = Object.keys(GOOGLE_CONSENT_MAPPING) as GoogleConsentType[];
const OPTION_KEYS = ['mapping', 'waitForUpdate', 'region', 'urlPassthrough', 'adsDataRedaction', 'window'];

const invalid = (field: string, expected: string, received: unknown): never =>
  fail(`googleConsentMode(): invalid option "${field}"`, expected, received);

/**
 * Connects a consent instance to Google Consent Mode v2. Pushes `consent default` (everything
 * denied except security storage) to `dataLayer` at once, then one `consent update` with the
 * stored choice when there is one, and one per decision after that. Call it right after
 * `createConsent`, before any Google tag, and gate the Google tag itself with
 * `data-consent` (basic mode). Returns a function that disconnects it.
 * @example
 * googleConsentMode(createConsent(), { waitForUpdate: 500, region: ['BE'] });
 */
export const googleConsentMode = (consent: Consent, options: GoogleConsentModeOptions = {}): (() => void) => {
  if (typeof options != 'object' || options === null) invalid('options', 'an object', options);
  for (const key of Object.keys(options)) if (!OPTION_KEYS.includes(key)) invalid(key, `one of ${OPTION_KEYS.join(', ')}`, key);
  const { mapping = {}, waitForUpdate, region, urlPassthrough, adsDataRedaction } = options;
  if (typeof mapping != 'object' || !mapping) invalid('mapping', 'an object of consent types and category ids', mapping);
  for (const [type, category] of Object.entries(mapping)) {
    if (!TYPES.includes(type as GoogleConsentType)) invalid(`mapping.${type}`, `a consent type (${TYPES.join(', ')})`, type);
    if (!isCategory(category)) invalid(`mapping.${type}`, 'a category id', category);
  }
  if (waitForUpdate !== undefined && !(Number.isInteger(waitForUpdate) && waitForUpdate >= 0)) invalid('waitForUpdate', 'a whole number of milliseconds', waitForUpdate);
  if (region !== undefined && !(Array.isArray(region) && region.every((code) => typeof code == 'string' && /^[A-Z]{2}(-[A-Z\d]{1,3})?$/.test(code)))) {
    invalid('region', 'an array of ISO 3166-2 codes such as "BE" or "BE-VLI"', region);
  }
  for (const key of ['urlPassthrough', 'adsDataRedaction'] as const) {
    if (options[key] !== undefined && typeof options[key] != 'boolean') invalid(key, 'true or false', options[key]);
  }

  const win = (options.window ?? (typeof window == 'undefined' ? undefined : window)) as (Window & { dataLayer?: unknown[] }) | undefined;
  if (!win) return () => {};
  const dataLayer = (win.dataLayer ??= []);
  // gtag.js reads Arguments objects from dataLayer, not arrays: this is how its own snippet pushes.
  const gtag = function (..._args: unknown[]) {
    // eslint-disable-next-line prefer-rest-params
    dataLayer.push(arguments);
  };
  const map = { ...GOOGLE_CONSENT_MAPPING, ...mapping };
  const status = (choices: Choices) =>
    Object.fromEntries(TYPES.map((type) => [type, choices[map[type]] ? 'granted' : 'denied']));

  gtag('consent', 'default', {
    ...status(DENIED),
    ...(waitForUpdate !== undefined && { wait_for_update: waitForUpdate }),
    ...(region && { region: [...region] }),
  });
  if (urlPassthrough) gtag('set', 'url_passthrough', true);
  if (adsDataRedaction) gtag('set', 'ads_data_redaction', true);
  const { decided, choices } = consent.get();
  if (decided) gtag('consent', 'update', status(choices));
  return consent.on('decision', ({ state }) => gtag('consent', 'update', status(state.choices)));
};
