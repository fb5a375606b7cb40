import { startEmbed } from './embed';
import { en } from './ui/locales/en';

/** The script-tag entry with only the locale "en": dist/consent-gate.en.iife.js. */
startEmbed({ en });
