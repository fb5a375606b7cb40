import type { PlaceholderTexts } from '../texts';

/** English placeholder texts. @example embedPlaceholders(consent, { locales: { en: placeholderEn } }) */
export const placeholderEn: PlaceholderTexts = {
  notice: '"{title}" is not shown. It needs your consent for: {categories}.',
  allow: 'Always allow',
  once: 'Load this time only',
  settings: 'Cookie preferences',
  untitled: 'This content',
  and: 'and',
  // The same names as the preferences dialog (a test keeps them equal).
  names: {
    necessary: 'Strictly necessary cookies',
    functional: 'Functionality cookies',
    performance: 'Performance cookies',
    advertising: 'Online behavioural advertising cookies',
  },
};
