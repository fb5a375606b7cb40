import { startEmbed } from './embed';
import { placeholderDe } from './integrations/placeholders/locales/de';
import { placeholderEn } from './integrations/placeholders/locales/en';
import { placeholderFr } from './integrations/placeholders/locales/fr';
import { placeholderNl } from './integrations/placeholders/locales/nl';
import { de } from './ui/locales/de';
import { en } from './ui/locales/en';
import { fr } from './ui/locales/fr';
import { nl } from './ui/locales/nl';

/**
 * The script-tag entry, dist/consent-gate.iife.js, with all four locales:
 * `<script src="consent-gate.iife.js" data-policy-url="/privacy" defer></script>`.
 * dist/consent-gate.<locale>.iife.js carry one locale each (src/auto-<locale>.ts).
 */
startEmbed({ nl, fr, de, en }, { nl: placeholderNl, fr: placeholderFr, de: placeholderDe, en: placeholderEn });
