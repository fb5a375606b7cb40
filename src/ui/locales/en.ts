import type { Texts } from '../texts';

/**
 * English texts.
 * @example
 * mountUi(consent, { locales: { en } });
 */
export const en: Texts = {
  bannerTitle: 'Cookies on this website',
  bannerText:
    '{controller} uses cookies that this website needs to work. Only if you allow it, we also use cookies that remember your preferences, help us improve the website or tailor advertising to you. You can change or withdraw your choice at any time in the cookie settings.',
  policyLink: 'Read our cookie policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  settings: 'Settings',
  dialogTitle: 'Cookie settings',
  dialogText:
    'Choose for each kind of cookie whether you allow it. Flipping a switch saves nothing yet: your choice only counts once you click a button below. You can change it later at any time.',
  categories: 'Kinds of cookies',
  alwaysOn: 'Always on',
  save: 'Save choices',
  close: 'Close',
  saved: 'Your choice has been saved.',
  cookiesCaption: 'Cookies in this category',
  cookieName: 'Name',
  cookieProvider: 'Provider',
  cookiePurpose: 'Purpose',
  cookieDuration: 'Retention',
  necessary: 'Strictly necessary cookies',
  necessaryText:
    'Without these cookies you cannot move around the website and the services you ask for do not work. They cannot be switched off.',
  functional: 'Functionality cookies',
  functionalText: 'These cookies remember your preferences, so that the website works better for you.',
  performance: 'Performance cookies',
  performanceText:
    'These cookies show us how the website performs, so that we can improve it and give you a smoother experience.',
  advertising: 'Online behavioural advertising cookies',
  advertisingText:
    'These cookies follow your browsing to show you advertising and other information tailored to you.',
};
