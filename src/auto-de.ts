import { startEmbed } from './embed';
import { de } from './ui/locales/de';

/** The script-tag entry with only the locale "de": dist/consent-gate.de.iife.js. */
startEmbed({ de });
