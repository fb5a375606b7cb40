import { startEmbed } from './embed';
import { placeholderFr } from './integrations/placeholders/locales/fr';
import { fr } from './ui/locales/fr';

/** The script-tag entry with only the locale "fr": dist/consent-gate.fr.iife.js. */
startEmbed({ fr }, { fr: placeholderFr });
