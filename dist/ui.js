/*! consent-gate v0.1.0 | MIT */
import { C as ConsentConfigError, a as fail } from './shared/errors-DoGDOgfH.js';
import { a as LOCALES, p as pickLocale, m as matchLocale } from './shared/locale-9H6I7S91.js';
import { h, b as button, c as applyStyles } from './shared/styles-BxfjC1mG.js';
import { a as isRecord, v as validate, i as isString, b as invalid, c as isSafeUrl } from './shared/validate-1HMcWOF4.js';
import { C as CATEGORIES } from './shared/categories-BNUaNYox.js';

/**
 * Keeps a fixed banner from hiding the focused element (WCAG 2.4.11 Focus Not Obscured): while
 * the banner shows, `<html>` gets `scroll-padding-bottom` equal to its height, so the browser
 * scrolls focused elements above it, and a spacer at the end of `<body>` lets the last elements
 * of the page scroll clear of it too. The height is also published as `--cg-banner-height` for
 * the page's own fixed elements. Everything is set through CSSOM (`style.setProperty`), which a
 * strict `style-src` does not block, unlike a `style` attribute.
 * Returns the function that gives the space back.
 */
const reserveSpace = (banner) => {
    const style = document.documentElement.style;
    const previous = [style.getPropertyValue('scroll-padding-bottom'), style.getPropertyPriority('scroll-padding-bottom')];
    // Appended last, so nothing before it moves (no layout shift: CLS stays 0).
    const spacer = h('div', { class: 'cg-spacer', 'aria-hidden': 'true' });
    document.body.append(spacer);
    const measure = () => {
        const height = `${banner.offsetHeight}px`;
        style.setProperty('--cg-banner-height', height);
        style.setProperty('scroll-padding-bottom', height);
        spacer.style.height = height;
    };
    // ResizeObserver reports the first size right after the layout the browser does anyway, before
    // that frame is painted: reading offsetHeight now would force a layout of the whole page in the
    // middle of the script. Without it, the height is read at once.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
    if (observer)
        observer.observe(banner);
    else
        measure();
    return () => {
        observer?.disconnect();
        spacer.remove();
        style.removeProperty('--cg-banner-height');
        style.setProperty('scroll-padding-bottom', ...previous);
    };
};

/**
 * The first layer: a labelled, non-modal region (not a focus trap, no cookie wall: the page
 * stays usable) with the controller, the policy link and three buttons of one and the same
 * kind, so that refusing is as easy and as prominent as accepting (EDPB 03/2022; GBA checklist).
 */
const createBanner = (ui, openPreferences) => {
    const { consent, texts } = ui;
    const title = h('h2', { id: `${ui.id}-banner`, class: 'cg-title' }, texts.bannerTitle);
    const settings = button(texts.settings, () => openPreferences(settings));
    // The decision hides the banner, and with it the button that had focus.
    const choose = (record) => () => {
        ui.decide(record);
        ui.returnFocus();
    };
    const element = h('section', { class: 'cg-banner', role: 'region', 'aria-labelledby': title.id, hidden: true }, h('div', { class: 'cg-inner' }, h('div', { class: 'cg-text' }, title, h('p', {}, ...ui.intro(texts.bannerText))), h('div', { class: 'cg-actions' }, button(texts.acceptAll, choose(() => consent.acceptAll({ source: 'banner' }))), button(texts.rejectAll, choose(() => consent.rejectAll({ source: 'banner' }))), settings)));
    let release;
    return {
        element,
        show: () => {
            if (!element.hidden)
                return;
            element.hidden = false;
            release = reserveSpace(element);
            consent.emit('ui:open', { view: 'banner' });
        },
        hide: () => {
            if (element.hidden)
                return;
            element.hidden = true;
            release?.();
            consent.emit('ui:close', { view: 'banner' });
        },
    };
};

/**
 * Thrown by `mountUi` for invalid options; `field` names the option, e.g. `texts.nl.acceptAll`.
 * Also a `ConsentConfigError`, so one `instanceof` check covers core and UI.
 * @example
 * try { mountUi(consent, { locales: { nl }, policyUrl: 'javascript:x' }) } catch (e) { if (e instanceof UiConfigError) e.field }
 */
class UiConfigError extends ConsentConfigError {
    constructor(field, expected, received) {
        super(field, expected, received);
        this.name = 'UiConfigError';
    }
}
const STRING = [isString, 'a string'];
const PACK = [isRecord, 'a locale pack imported from consent-gate/ui'];
const perLocale = (schema) => Object.fromEntries(LOCALES.map((locale) => [locale, schema]));
/**
 * Validates `mountUi` options once. Without `report`, the first invalid field throws a
 * `UiConfigError`; with it, each invalid field is reported and its default used.
 */
const resolveUiOptions = (input, report) => {
    const run = { root: 'options', error: UiConfigError, report };
    // Keys every pack has; an override of anything else is a typo worth reporting.
    const known = Object.keys(Object.values(isRecord(input) && isRecord(input.locales) ? input.locales : {}).find(isRecord) ?? {});
    const { locales = {}, ...valid } = validate({
        locales: perLocale(PACK),
        locale: [isString, 'a language tag such as "nl" or "fr-BE"'],
        texts: perLocale(known.length > 0
            ? Object.fromEntries(known.map((key) => [key, STRING]))
            : [(v) => isRecord(v) && Object.values(v).every(isString), 'an object of strings']),
        policyUrl: [isSafeUrl, 'an http(s) or relative URL'],
        controller: [isString, 'a name'],
        floatingButton: [(v) => ['bottom-left', 'bottom-right', false].includes(v), '"bottom-left", "bottom-right" or false'],
        styles: [(v) => typeof v == 'boolean' || isSafeUrl(v), 'true, false or an http(s) or relative URL of a stylesheet'],
    }, input, '', run) ?? {};
    // Packs are imported one by one, so that a bundler leaves the others out: at least one is needed.
    const packs = isRecord(input) ? input.locales : undefined;
    if (packs === undefined || (isRecord(packs) && Object.keys(packs).length == 0)) {
        invalid(run, 'locales', 'an object of locale packs, e.g. { nl } imported from consent-gate/ui', packs);
    }
    return {
        locales,
        locale: undefined,
        texts: {},
        policyUrl: undefined,
        controller: undefined,
        floatingButton: false,
        styles: true,
        ...valid,
    };
};
/** The locale packs' texts for one locale, with the overrides applied. */
const textsFor = (options, locale) => ({
    ...options.locales[locale],
    ...options.texts[locale],
});

// What the dialog contains that can take focus (it builds every control itself).
const FOCUSABLE = 'a[href],button,input:not(:disabled)';
/**
 * Keeps keyboard focus inside a modal dialog (WCAG 2.1.2 allows this because Escape always
 * leaves it; WAI-ARIA APG dialog pattern): Tab after the last control goes to the first,
 * Shift+Tab before the first goes to the last, and focus that lands outside (a click on the
 * page behind, assistive technology) is brought back. Escape calls `onEscape`.
 * Returns the function that releases the trap.
 */
const trapFocus = (container, onEscape) => {
    const onKeyDown = (event) => {
        if (event.key === 'Escape') {
            event.preventDefault();
            onEscape();
        }
        else if (event.key === 'Tab') {
            const items = Array.from(container.querySelectorAll(FOCUSABLE));
            const first = items[0];
            const last = items[items.length - 1];
            const active = document.activeElement;
            const wrap = event.shiftKey ? active === first || active === container || !container.contains(active) : active === last;
            if (wrap) {
                event.preventDefault();
                (event.shiftKey ? last : first)?.focus();
            }
        }
    };
    const onFocusIn = (event) => {
        if (!container.contains(event.target))
            container.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
        document.removeEventListener('keydown', onKeyDown);
        document.removeEventListener('focusin', onFocusIn);
    };
};

/**
 * The second layer: a modal dialog (WAI-ARIA APG dialog pattern) with one switch per category,
 * each labelled by the category's name and described by its purpose, and the cookies declared
 * for it (GDPR art. 13: name, provider, purpose, duration). It opens on the stored choices;
 * flipping a switch records nothing, only the three buttons do, and Escape or "close" leaves
 * everything as it was (EDPB 05/2020: closing is not consent).
 */
const createPreferencesDialog = (ui) => {
    const { consent, texts, id } = ui;
    const switches = {};
    let opener = null;
    let release;
    const text = (value) => typeof value === 'string' ? value : (value?.[ui.locale] ?? Object.values(value ?? {})[0] ?? '');
    const table = (cookies) => h('table', { class: 'cg-table' }, h('caption', {}, texts.cookiesCaption), h('thead', {}, h('tr', {}, ...[texts.cookieName, texts.cookieProvider, texts.cookiePurpose, texts.cookieDuration].map((label) => h('th', { scope: 'col' }, label)))), h('tbody', {}, ...cookies.map((cookie) => h('tr', {}, ...[typeof cookie.name === 'string' ? cookie.name : cookie.name.source, text(cookie.provider), text(cookie.purpose), text(cookie.duration)].map((cell) => h('td', {}, cell))))));
    const category = (category) => {
        const necessary = category === 'necessary';
        const key = `${id}-${category}`;
        // A native checkbox with role="switch": keyboard, label and state come from the browser (WCAG 4.1.2).
        const input = h('input', {
            type: 'checkbox',
            role: 'switch',
            id: key,
            class: 'cg-switch',
            'aria-describedby': necessary ? `${key}-on ${key}-text` : `${key}-text`,
            checked: necessary,
            disabled: necessary,
        });
        if (!necessary)
            switches[category] = input;
        const cookies = consent.config.categories[category].cookies;
        return h('div', { class: 'cg-category' }, h('div', { class: 'cg-row' }, h('div', {}, h('label', { for: key }, texts[category]), necessary ? h('div', { id: `${key}-on`, class: 'cg-on' }, texts.alwaysOn) : ''), input), h('p', { id: `${key}-text` }, texts[`${category}Text`]), cookies.length > 0 ? table(cookies) : '');
    };
    const close = () => {
        if (layer.hidden)
            return;
        layer.hidden = true;
        release?.();
        consent.emit('ui:close', { view: 'preferences' });
        ui.returnFocus(opener);
    };
    const decide = (record) => () => {
        ui.decide(record);
        close();
    };
    const title = h('h2', { id: `${id}-dialog`, class: 'cg-title' }, texts.dialogTitle);
    const dialog = h('div', { class: 'cg-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': title.id, tabindex: '-1' }, h('div', { class: 'cg-row' }, title, button(texts.close, close, 'cg-btn cg-close')), h('p', {}, ...ui.intro(texts.dialogText)), h('fieldset', {}, h('legend', { class: 'cg-sr' }, texts.categories), ...CATEGORIES.map(category)), h('div', { class: 'cg-actions' }, button(texts.save, decide(() => consent.set(Object.fromEntries(Object.entries(switches).map(([id, input]) => [id, input.checked])), { source: 'preferences' }))), button(texts.acceptAll, decide(() => consent.acceptAll({ source: 'preferences' }))), button(texts.rejectAll, decide(() => consent.rejectAll({ source: 'preferences' })))));
    const layer = h('div', { class: 'cg-layer', hidden: true }, dialog);
    // A click on the backdrop must not take focus out of the modal dialog.
    layer.addEventListener('mousedown', (event) => {
        if (event.target === layer)
            event.preventDefault();
    });
    return {
        element: layer,
        close,
        open: (from) => {
            if (!layer.hidden)
                return;
            const { choices } = consent.get();
            for (const [category, input] of Object.entries(switches))
                input.checked = choices[category];
            opener = from ?? document.activeElement;
            layer.hidden = false;
            release = trapFocus(dialog, close);
            dialog.focus();
            consent.emit('ui:open', { view: 'preferences' });
        },
    };
};

let mounted = 0;
/** Whether a value is a DOM node (without `instanceof`, which needs a DOM to exist). */
const isNode = (value) => typeof value?.nodeType == 'number';
/** Whether an element can take focus where it is: in the page and not hidden. */
const shown = (element) => element instanceof HTMLElement && element != document.body && element.isConnected && !element.closest('[hidden]');
/**
 * Mounts the default UI on a consent instance: the banner while no decision exists, the
 * preferences dialog on request and on every click on a `[data-consent-open]` element (present
 * now or added later). Invalid options throw a `UiConfigError` naming the field. On a server
 * it returns a handle that does nothing; before `<body>` exists it waits for it.
 * @example
 * import { createConsent } from 'consent-gate';
 * import { mountUi, nl, fr } from 'consent-gate/ui';
 * const ui = mountUi(createConsent(), { locales: { nl, fr }, policyUrl: '/privacy' });
 */
const mountUi = (consent, options) => startUi(consent, options);
/** `mountUi`, optionally reporting invalid options and using their defaults instead of throwing. */
const startUi = (consent, input, report, stylesFallback) => {
    const options = resolveUiOptions(input, report);
    let ui;
    const queue = [];
    const later = (call) => (...args) => {
        if (ui)
            call(ui, ...args);
        else
            queue.push((mountedUi) => call(mountedUi, ...args));
    };
    if (typeof document !== 'undefined' && Object.keys(options.locales).length > 0) {
        const build = () => {
            ui = render(consent, options);
            for (const call of queue.splice(0))
                call(ui);
        };
        if (document.body)
            build();
        else
            document.addEventListener('DOMContentLoaded', build, { once: true });
    }
    const openLater = later((mountedUi, opener) => mountedUi.showPreferences(opener));
    return {
        showBanner: later((mountedUi) => mountedUi.showBanner()),
        showPreferences: (opener) => {
            // As a listener (`addEventListener('click', ui.showPreferences)`) it receives the event: the
            // control the listener is on is the opener.
            const from = typeof opener == 'object' && opener && 'currentTarget' in opener ? opener.currentTarget : opener;
            if (from != null && !isNode(from))
                fail('showPreferences()', 'the element to return focus to, an event, or nothing', opener);
            openLater(from);
        },
        hide: later((mountedUi) => mountedUi.hide()),
        destroy: later((mountedUi) => mountedUi.destroy()),
    };
};
const render = (consent, options, stylesFallback) => {
    const locale = pickLocale(options.locales, options.locale, consent.config.locale);
    const texts = textsFor(options, locale);
    const controller = options.controller ?? location.hostname;
    // Announced after every decision made here (WCAG 4.1.3). The region is in the page before any
    // message goes in (screen readers only watch regions they already know), and it is emptied
    // again a little later, so that the next decision is a change that gets announced too.
    const status = h('div', { class: 'cg-sr', role: 'status' });
    let timer;
    // The last element of the page that had focus before the UI took it.
    let cameFrom = null;
    let root;
    const context = {
        consent,
        texts,
        locale,
        id: `cg${++mounted}`,
        returnFocus: (preferred) => {
            if (shown(preferred))
                return preferred.focus();
            // Otherwise only keyboard focus needs a new home: a click or tap leaves the page where it is.
            // With no candidate left, the browser carries on from the banner's place, the top of the page.
            if (root.contains(document.activeElement) && document.activeElement.matches(':focus-visible')) {
                [floating, cameFrom].find(shown)?.focus();
            }
        },
        decide: (record) => {
            record();
            status.textContent = texts.saved;
            clearTimeout(timer);
            timer = setTimeout(() => (status.textContent = ''), 5000);
        },
        intro: (text) => {
            const nodes = text.split('{controller}').flatMap((part, index) => (index > 0 ? [controller, part] : [part]));
            if (options.policyUrl)
                nodes.push(' ', h('a', { href: options.policyUrl, class: 'cg-link' }, texts.policyLink));
            return nodes;
        },
    };
    const preferences = createPreferencesDialog(context);
    const banner = createBanner(context, preferences.open);
    const floating = options.floatingButton &&
        h('button', { type: 'button', class: `cg-btn cg-float cg-${options.floatingButton}`, 'data-consent-open': true, hidden: true }, texts.dialogTitle);
    const showBanner = (visible) => {
        if (visible)
            banner.show();
        else
            banner.hide();
        if (floating)
            floating.hidden = visible;
    };
    // WCAG 3.1.2: the UI says which language it speaks when the page speaks another.
    root = h('div', { class: 'cg-root', lang: matchLocale(document.documentElement.lang) === locale ? null : locale }, banner.element, preferences.element, status, floating || '');
    root.addEventListener('focusin', (event) => {
        const from = event.relatedTarget;
        if (from && !root.contains(from))
            cameFrom = from;
    });
    // Delegated, so reopening controls added to the page later work too.
    const onClick = (event) => {
        const opener = event.target?.closest?.('[data-consent-open]');
        if (!opener)
            return;
        event.preventDefault();
        preferences.open(opener);
    };
    document.addEventListener('click', onClick);
    const removeStyles = applyStyles(options.styles);
    // First in <body>, so that the banner is the first stop when a keyboard user starts tabbing.
    document.body.prepend(root);
    // While the modal dialog is open the banner behind it is out of reach, for the keyboard and for
    // assistive technology alike (WAI-ARIA dialog pattern): one "Alles accepteren" at a time.
    const behindDialog = (open) => {
        for (const element of [banner.element, floating]) {
            if (!element)
                continue;
            element.inert = open;
            if (open)
                element.setAttribute('aria-hidden', 'true');
            else
                element.removeAttribute('aria-hidden');
        }
    };
    const offOpen = consent.on('ui:open', ({ view }) => view == 'preferences' && behindDialog(true));
    const offClose = consent.on('ui:close', ({ view }) => view == 'preferences' && behindDialog(false));
    const off = consent.on('decision', ({ state }) => showBanner(!state.decided));
    showBanner(!consent.get().decided);
    const hide = () => {
        preferences.close();
        showBanner(false);
    };
    return {
        showBanner: () => showBanner(true),
        // Reached only through startUi's handle, which has turned an event into its element.
        showPreferences: (opener) => preferences.open(opener),
        hide,
        destroy: () => {
            hide();
            off();
            offOpen();
            offClose();
            clearTimeout(timer);
            document.removeEventListener('click', onClick);
            removeStyles();
            root.remove();
        },
    };
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

export { UiConfigError, de, en, fr, mountUi, nl };
