export { GOOGLE_CONSENT_MAPPING, googleConsentMode } from './google-consent-mode';
export type { GoogleConsentMapping, GoogleConsentModeOptions, GoogleConsentType } from './google-consent-mode';
