import type { PlaceholderTexts } from '../texts';

/** German placeholder texts. @example embedPlaceholders(consent, { locales: { de: placeholderDe } }) */
export const placeholderDe: PlaceholderTexts = {
  notice: '„{title}“ wird nicht angezeigt. Dafür ist Ihre Zustimmung nötig für: {categories}.',
  allow: 'Immer erlauben',
  once: 'Nur dieses Mal laden',
  settings: 'Cookie-Präferenzen',
  untitled: 'Dieser Inhalt',
  and: 'und',
  // The same names as the preferences dialog (a test keeps them equal).
  names: {
    necessary: 'Unbedingt erforderliche Cookies',
    functional: 'Funktionscookies',
    performance: 'Leistungscookies',
    advertising: 'Werbecookies auf Basis des Surfverhaltens',
  },
};
