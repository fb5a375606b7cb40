import { CategoryId, Consent } from 'consent-gate';

/** The consent types of Google Consent Mode v2. */
type GoogleConsentType = 'ad_storage' | 'ad_user_data' | 'ad_personalization' | 'analytics_storage' | 'functionality_storage' | 'personalization_storage' | 'security_storage';
/** Which category grants each Google consent type. */
type GoogleConsentMapping = Readonly<Record<GoogleConsentType, CategoryId>>;
/** Options of `googleConsentMode`. */
interface GoogleConsentModeOptions {
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
declare const GOOGLE_CONSENT_MAPPING: GoogleConsentMapping;
/**
 * Connects a consent instance to Google Consent Mode v2. Pushes `consent default` (everything
 * denied except security storage) to `dataLayer` at once, then one `consent update` with the
 * stored choice when there is one, and one per decision after that. Call it right after
 * `createConsent`, before any Google tag, and gate the Google tag itself with
 * `data-consent` (basic mode). Returns a function that disconnects it.
 * @example
 * googleConsentMode(createConsent(), { waitForUpdate: 500, region: ['BE'] });
 */
declare const googleConsentMode: (consent: Consent, options?: GoogleConsentModeOptions) => (() => void);

export { GOOGLE_CONSENT_MAPPING, googleConsentMode };
export type { GoogleConsentMapping, GoogleConsentModeOptions, GoogleConsentType };
