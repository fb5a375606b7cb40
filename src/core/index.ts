export { CATEGORIES } from './categories';
export type { CategoryId, Choices, OptionalCategoryId } from './categories';
export { createConsent } from './create-consent';
export { ConsentConfigError } from './errors';
export { LOCALES, matchLocale } from './locale';
export type { Locale } from './locale';
export { STATE_ATTRIBUTE } from './element-gate';
export type {
  CategoryConfig,
  Consent,
  ConsentConfig,
  ConsentCookieConfig,
  ConsentEnvironment,
  ConsentErrorCode,
  ConsentEventName,
  ConsentEvents,
  ConsentHandler,
  ConsentSource,
  ConsentState,
  ConsentStorage,
  CookieDeclaration,
  DecisionOptions,
  LocalizedText,
  ResolvedConfig,
} from './types';
