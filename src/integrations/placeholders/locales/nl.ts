import { nl as ui } from '../../../ui/locales/nl';
import type { PlaceholderTexts } from '../texts';
import { categoryNames } from './category-names';

/** Dutch placeholder texts. @example embedPlaceholders(consent, { locales: { nl: placeholderNl } }) */
export const placeholderNl: PlaceholderTexts = {
  notice: '"{title}" wordt niet getoond. Daarvoor is je toestemming nodig voor: {categories}.',
  allow: 'Altijd toestaan',
  once: 'Alleen deze keer laden',
  settings: 'Cookievoorkeuren',
  untitled: 'Deze inhoud',
  and: 'en',
  names: /* @__PURE__ */ categoryNames(ui),
};
