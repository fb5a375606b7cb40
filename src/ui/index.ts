// consent-gate/ui: the default banner and preferences dialog. Import the locale packs you need,
// one by one, so that a bundler leaves the others out.
export { mountUi } from './mount';
export type { UiHandle } from './mount';
export { UiConfigError } from './options';
export type { FloatingButtonPosition, UiOptions } from './options';
export type { TextOverrides, Texts, UiLocales } from './texts';
export { nl } from './locales/nl';
export { fr } from './locales/fr';
export { de } from './locales/de';
export { en } from './locales/en';
