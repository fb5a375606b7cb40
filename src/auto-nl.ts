import { startEmbed } from './embed';
import { placeholderNl } from './integrations/placeholders/locales/nl';
import { nl } from './ui/locales/nl';

/** The script-tag entry with only the locale "nl": dist/consent-gate.nl.iife.js. */
startEmbed({ nl }, { nl: placeholderNl });
