import type { PlaceholderTexts } from '../texts';

/** French placeholder texts. @example embedPlaceholders(consent, { locales: { fr: placeholderFr } }) */
export const placeholderFr: PlaceholderTexts = {
  notice: '« {title} » n’est pas affiché. Il faut pour cela votre accord pour : {categories}.',
  allow: 'Toujours autoriser',
  once: 'Charger cette fois seulement',
  settings: 'Préférences cookies',
  untitled: 'Ce contenu',
  and: 'et',
  // The same names as the preferences dialog (a test keeps them equal).
  names: {
    necessary: 'Cookies strictement nécessaires',
    functional: 'Cookies de fonctionnalité',
    performance: 'Cookies de performance',
    advertising: 'Cookies publicitaires basés sur la navigation',
  },
};
