import { fr as ui } from '../../../ui/locales/fr';
import type { PlaceholderTexts } from '../texts';
import { categoryNames } from './category-names';

/** French placeholder texts. @example embedPlaceholders(consent, { locales: { fr: placeholderFr } }) */
export const placeholderFr: PlaceholderTexts = {
  notice: '« {title} » n’est pas affiché. Il faut pour cela votre accord pour : {categories}.',
  allow: 'Toujours autoriser',
  once: 'Charger cette fois seulement',
  settings: 'Préférences cookies',
  untitled: 'Ce contenu',
  and: 'et',
  names: /* @__PURE__ */ categoryNames(ui),
};
