import type { Texts } from '../texts';

/**
 * German texts.
 * @example
 * mountUi(consent, { locales: { de } });
 */
export const de: Texts = {
  bannerTitle: 'Cookies auf dieser Website',
  bannerText:
    '{controller} verwendet Cookies, die für den Betrieb dieser Website nötig sind. Nur wenn Sie zustimmen, verwenden wir auch Cookies, die sich Ihre Einstellungen merken, uns helfen, die Website zu verbessern, oder Werbung auf Sie abstimmen. Sie können Ihre Wahl jederzeit in den Cookie-Einstellungen ändern oder widerrufen.',
  policyLink: 'Unsere Cookie-Richtlinie lesen',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  settings: 'Einstellungen',
  dialogTitle: 'Cookie-Einstellungen',
  dialogText:
    'Wählen Sie für jede Art von Cookies, ob Sie sie erlauben. Ein Schalter allein speichert noch nichts: Ihre Wahl gilt erst, wenn Sie unten auf eine Schaltfläche klicken. Sie können sie später jederzeit ändern.',
  categories: 'Arten von Cookies',
  alwaysOn: 'Immer aktiv',
  save: 'Auswahl speichern',
  close: 'Schließen',
  saved: 'Ihre Auswahl wurde gespeichert.',
  cookiesCaption: 'Cookies dieser Kategorie',
  cookieName: 'Name',
  cookieProvider: 'Anbieter',
  cookiePurpose: 'Zweck',
  cookieDuration: 'Speicherdauer',
  necessary: 'Unbedingt erforderliche Cookies',
  necessaryText:
    'Ohne diese Cookies können Sie nicht durch die Website navigieren und die von Ihnen angeforderten Dienste funktionieren nicht. Sie lassen sich nicht abschalten.',
  functional: 'Funktionscookies',
  functionalText: 'Diese Cookies merken sich Ihre Einstellungen, damit die Website besser für Sie funktioniert.',
  performance: 'Leistungscookies',
  performanceText:
    'Diese Cookies zeigen uns, wie die Website funktioniert, damit wir sie verbessern und Ihnen ein besseres Erlebnis bieten können.',
  advertising: 'Werbecookies auf Basis des Surfverhaltens',
  advertisingText:
    'Diese Cookies verfolgen Ihr Surfverhalten, um Ihnen auf Sie zugeschnittene Werbung und andere Informationen zu zeigen.',
};
