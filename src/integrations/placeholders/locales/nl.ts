import type { PlaceholderTexts } from '../texts';

/** Dutch placeholder texts. @example embedPlaceholders(consent, { locales: { nl: placeholderNl } }) */
export const placeholderNl: PlaceholderTexts = {
  notice: '"{title}" wordt niet getoond. Daarvoor is je toestemming nodig voor: {categories}.',
  allow: 'Altijd toestaan',
  once: 'Alleen deze keer laden',
  settings: 'Cookievoorkeuren',
  untitled: 'Deze inhoud',
  and: 'en',
  // The same names as the preferences dialog (a test keeps them equal).
  names: {
    necessary: 'Strikt noodzakelijke cookies',
    functional: 'Functionaliteitscookies',
    performance: 'Prestatiecookies',
    advertising: 'Online surfgedrag gebaseerde reclame cookies',
  },
};
