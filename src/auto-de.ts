import { startEmbed } from './embed';
import { placeholderDe } from './integrations/placeholders/locales/de';
import { de } from './ui/locales/de';

/** The script-tag entry with only the locale "de": dist/consent-gate.de.iife.js. */
startEmbed({ de }, { de: placeholderDe });
