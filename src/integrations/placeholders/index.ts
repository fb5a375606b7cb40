export { embedPlaceholders } from './placeholders';
export type { PlaceholderOptions } from './placeholders';
export { placeholderDe } from './locales/de';
export { placeholderEn } from './locales/en';
export { placeholderFr } from './locales/fr';
export { placeholderNl } from './locales/nl';
export type { PlaceholderTexts } from './texts';
