import { startEmbed } from './embed';
import { placeholderEn } from './integrations/placeholders/locales/en';
import { en } from './ui/locales/en';

/** The script-tag entry with only the locale "en": dist/consent-gate.en.iife.js. */
startEmbed({ en }, { en: placeholderEn });
