import { en as ui } from '../../../ui/locales/en';
import type { PlaceholderTexts } from '../texts';
import { categoryNames } from './category-names';

/** English placeholder texts. @example embedPlaceholders(consent, { locales: { en: placeholderEn } }) */
export const placeholderEn: PlaceholderTexts = {
  notice: '"{title}" is not shown. It needs your consent for: {categories}.',
  allow: 'Always allow',
  once: 'Load this time only',
  settings: 'Cookie preferences',
  untitled: 'This content',
  and: 'and',
  names: /* @__PURE__ */ categoryNames(ui),
};
