import type { Texts } from '../texts';

/**
 * French texts.
 * @example
 * mountUi(consent, { locales: { fr } });
 */
export const fr: Texts = {
  bannerTitle: 'Cookies sur ce site',
  bannerText:
    '{controller} utilise des cookies nécessaires au fonctionnement de ce site. Seulement si vous l’acceptez, nous utilisons aussi des cookies qui retiennent vos préférences, nous aident à améliorer le site ou adaptent la publicité à vos centres d’intérêt. Vous pouvez modifier ou retirer votre choix à tout moment dans les paramètres des cookies.',
  policyLink: 'Lire notre politique en matière de cookies',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  settings: 'Paramètres',
  dialogTitle: 'Paramètres des cookies',
  dialogText:
    'Choisissez pour chaque type de cookies si vous l’autorisez. Basculer un interrupteur n’enregistre rien : votre choix ne vaut qu’une fois que vous cliquez sur un bouton en bas. Vous pourrez toujours le modifier.',
  categories: 'Types de cookies',
  alwaysOn: 'Toujours actifs',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  saved: 'Votre choix est enregistré.',
  cookiesCaption: 'Cookies de cette catégorie',
  cookieName: 'Nom',
  cookieProvider: 'Fournisseur',
  cookiePurpose: 'Finalité',
  cookieDuration: 'Durée de conservation',
  necessary: 'Cookies strictement nécessaires',
  necessaryText:
    'Sans ces cookies, vous ne pouvez pas naviguer sur le site et les services que vous demandez ne fonctionnent pas. Ils ne peuvent pas être désactivés.',
  functional: 'Cookies de fonctionnalité',
  functionalText: 'Ces cookies retiennent vos préférences pour que le site fonctionne mieux pour vous.',
  performance: 'Cookies de performance',
  performanceText:
    'Ces cookies nous montrent comment le site fonctionne, afin que nous puissions l’améliorer et vous offrir une meilleure expérience.',
  advertising: 'Cookies publicitaires basés sur la navigation',
  advertisingText:
    'Ces cookies suivent votre navigation pour vous montrer de la publicité et d’autres informations adaptées à vous.',
};
