import { de as ui } from '../../../ui/locales/de';
import type { PlaceholderTexts } from '../texts';
import { categoryNames } from './category-names';

/** German placeholder texts. @example embedPlaceholders(consent, { locales: { de: placeholderDe } }) */
export const placeholderDe: PlaceholderTexts = {
  notice: '„{title}“ wird nicht angezeigt. Dafür ist Ihre Zustimmung nötig für: {categories}.',
  allow: 'Immer erlauben',
  once: 'Nur dieses Mal laden',
  settings: 'Cookie-Präferenzen',
  untitled: 'Dieser Inhalt',
  and: 'und',
  names: /* @__PURE__ */ categoryNames(ui),
};
