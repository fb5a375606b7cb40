/*! consent-gate v0.1.0 | MIT */
/**
 * Creates an element. Attribute values are set with `setAttribute` (`true` → empty, `false`
 * and null → left out) and children are appended as nodes or text nodes: nothing here ever
 * parses HTML, so text from configuration cannot become markup.
 */
const h = (tag, attributes = {}, ...children) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value != null && value !== false)
            element.setAttribute(name, value === true ? '' : value);
    }
    element.append(...children);
    return element;
};
/** A `<button type="button">` that calls `onClick`. */
const button = (label, onClick, className = 'cg-btn') => {
    const element = h('button', { type: 'button', class: className }, label);
    element.addEventListener('click', onClick);
    return element;
};

/**
 * German texts.
 * @example
 * mountUi(consent, { locales: { de } });
 */
const de = {
    bannerTitle: 'Cookies auf dieser Website',
    bannerText: '{controller} verwendet Cookies, die für den Betrieb dieser Website nötig sind. Nur wenn Sie zustimmen, verwenden wir auch Cookies, die sich Ihre Einstellungen merken, uns helfen, die Website zu verbessern, oder Werbung auf Sie abstimmen. Sie können Ihre Wahl jederzeit in den Cookie-Einstellungen ändern oder widerrufen.',
    policyLink: 'Unsere Cookie-Richtlinie lesen',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    settings: 'Einstellungen',
    dialogTitle: 'Cookie-Einstellungen',
    dialogText: 'Wählen Sie für jede Art von Cookies, ob Sie sie erlauben. Ein Schalter allein speichert noch nichts: Ihre Wahl gilt erst, wenn Sie unten auf eine Schaltfläche klicken. Sie können sie später jederzeit ändern.',
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
    necessaryText: 'Ohne diese Cookies können Sie nicht durch die Website navigieren und die von Ihnen angeforderten Dienste funktionieren nicht. Sie lassen sich nicht abschalten.',
    functional: 'Funktionscookies',
    functionalText: 'Diese Cookies merken sich Ihre Einstellungen, damit die Website besser für Sie funktioniert.',
    performance: 'Leistungscookies',
    performanceText: 'Diese Cookies zeigen uns, wie die Website funktioniert, damit wir sie verbessern und Ihnen ein besseres Erlebnis bieten können.',
    advertising: 'Werbecookies auf Basis des Surfverhaltens',
    advertisingText: 'Diese Cookies verfolgen Ihr Surfverhalten, um Ihnen auf Sie zugeschnittene Werbung und andere Informationen zu zeigen.',
};

/**
 * English texts.
 * @example
 * mountUi(consent, { locales: { en } });
 */
const en = {
    bannerTitle: 'Cookies on this website',
    bannerText: '{controller} uses cookies that this website needs to work. Only if you allow it, we also use cookies that remember your preferences, help us improve the website or tailor advertising to you. You can change or withdraw your choice at any time in the cookie settings.',
    policyLink: 'Read our cookie policy',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    settings: 'Settings',
    dialogTitle: 'Cookie settings',
    dialogText: 'Choose for each kind of cookie whether you allow it. Flipping a switch saves nothing yet: your choice only counts once you click a button below. You can change it later at any time.',
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
    necessaryText: 'Without these cookies you cannot move around the website and the services you ask for do not work. They cannot be switched off.',
    functional: 'Functionality cookies',
    functionalText: 'These cookies remember your preferences, so that the website works better for you.',
    performance: 'Performance cookies',
    performanceText: 'These cookies show us how the website performs, so that we can improve it and give you a smoother experience.',
    advertising: 'Online behavioural advertising cookies',
    advertisingText: 'These cookies follow your browsing to show you advertising and other information tailored to you.',
};

/**
 * French texts.
 * @example
 * mountUi(consent, { locales: { fr } });
 */
const fr = {
    bannerTitle: 'Cookies sur ce site',
    bannerText: '{controller} utilise des cookies nécessaires au fonctionnement de ce site. Seulement si vous l’acceptez, nous utilisons aussi des cookies qui retiennent vos préférences, nous aident à améliorer le site ou adaptent la publicité à vos centres d’intérêt. Vous pouvez modifier ou retirer votre choix à tout moment dans les paramètres des cookies.',
    policyLink: 'Lire notre politique en matière de cookies',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    settings: 'Paramètres',
    dialogTitle: 'Paramètres des cookies',
    dialogText: 'Choisissez pour chaque type de cookies si vous l’autorisez. Basculer un interrupteur n’enregistre rien : votre choix ne vaut qu’une fois que vous cliquez sur un bouton en bas. Vous pourrez toujours le modifier.',
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
    necessaryText: 'Sans ces cookies, vous ne pouvez pas naviguer sur le site et les services que vous demandez ne fonctionnent pas. Ils ne peuvent pas être désactivés.',
    functional: 'Cookies de fonctionnalité',
    functionalText: 'Ces cookies retiennent vos préférences pour que le site fonctionne mieux pour vous.',
    performance: 'Cookies de performance',
    performanceText: 'Ces cookies nous montrent comment le site fonctionne, afin que nous puissions l’améliorer et vous offrir une meilleure expérience.',
    advertising: 'Cookies publicitaires basés sur la navigation',
    advertisingText: 'Ces cookies suivent votre navigation pour vous montrer de la publicité et d’autres informations adaptées à vous.',
};

/**
 * Dutch texts. The category names are the province of Limburg's own.
 * @example
 * mountUi(consent, { locales: { nl } });
 */
const nl = {
    bannerTitle: 'Cookies op deze website',
    bannerText: '{controller} gebruikt cookies die nodig zijn om deze website te laten werken. Alleen als jij dat toestaat, gebruiken we ook cookies om je voorkeuren te onthouden, de website te verbeteren en reclame op jou af te stemmen. Je kunt je keuze altijd wijzigen of intrekken via de cookie-instellingen.',
    policyLink: 'Lees ons cookiebeleid',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    settings: 'Instellingen',
    dialogTitle: 'Cookie-instellingen',
    dialogText: 'Kies per soort cookies of je ze toestaat. Een schakelaar omzetten bewaart nog niets: je keuze geldt pas als je op een knop onderaan klikt. Je kunt ze later altijd wijzigen.',
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
    necessaryText: 'Zonder deze cookies kun je niet door de website navigeren en werken de diensten die je zelf opvraagt niet. Ze kunnen niet uitgeschakeld worden.',
    functional: 'Functionaliteitscookies',
    functionalText: 'Deze cookies onthouden jouw voorkeuren, zodat de website beter voor je werkt.',
    performance: 'Prestatiecookies',
    performanceText: 'Deze cookies tonen ons hoe de website presteert, zodat we ze kunnen verbeteren en je een vlottere ervaring krijgt.',
    advertising: 'Online surfgedrag gebaseerde reclame cookies',
    advertisingText: 'Deze cookies volgen je surfgedrag om je reclame en andere informatie te tonen die op jou is afgestemd.',
};

export { button as b, de as d, en as e, fr as f, h, nl as n };
