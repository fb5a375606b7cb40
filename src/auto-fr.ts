import { startEmbed } from './embed';
import { fr } from './ui/locales/fr';

/** The script-tag entry with only the locale "fr": dist/consent-gate.fr.iife.js. */
startEmbed({ fr });
