import type { Texts } from '../texts';

/**
 * Dutch texts. The category names are the province of Limburg's own.
 * @example
 * mountUi(consent, { locales: { nl } });
 */
export const nl: Texts = {
  bannerTitle: 'Cookies op deze website',
  bannerText:
    '{controller} gebruikt cookies die nodig zijn om deze website te laten werken. Alleen als jij dat toestaat, gebruiken we ook cookies om je voorkeuren te onthouden, de website te verbeteren en reclame op jou af te stemmen. Je kunt je keuze altijd wijzigen of intrekken via de cookie-instellingen.',
  policyLink: 'Lees ons cookiebeleid',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  settings: 'Instellingen',
  dialogTitle: 'Cookie-instellingen',
  dialogText:
    'Kies per soort cookies of je ze toestaat. Een schakelaar omzetten bewaart nog niets: je keuze geldt pas als je op een knop onderaan klikt. Je kunt ze later altijd wijzigen.',
  categories: 'Soorten cookies',
  alwaysOn: 'Altijd actief',
  save: 'Keuze opslaan',
  close: 'Sluiten',
  saved: 'Je keuze is opgeslagen.',
  cookiesCaption: 'Cookies in deze categorie',
  cookieName: 'Naam',
  cookieProvider: 'Aanbieder',
  cookiePurpose: 'Doel',
  cookieDuration: 'Bewaartermijn',
  necessary: 'Strikt noodzakelijke cookies',
  necessaryText:
    'Zonder deze cookies kun je niet door de website navigeren en werken de diensten die je zelf opvraagt niet. Ze kunnen niet uitgeschakeld worden.',
  functional: 'Functionaliteitscookies',
  functionalText: 'Deze cookies onthouden jouw voorkeuren, zodat de website beter voor je werkt.',
  performance: 'Prestatiecookies',
  performanceText:
    'Deze cookies tonen ons hoe de website presteert, zodat we ze kunnen verbeteren en je een vlottere ervaring krijgt.',
  advertising: 'Online surfgedrag gebaseerde reclame cookies',
  advertisingText:
    'Deze cookies volgen je surfgedrag om je reclame en andere informatie te tonen die op jou is afgestemd.',
};
