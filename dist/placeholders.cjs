/*! consent-gate v0.1.0 | MIT */
'use strict';

var categories = require('./shared/categories-DGemw6Ti.cjs');
var locale = require('./shared/locale-CYKGqZ_c.cjs');
var errors = require('./shared/errors-Dys4wFWp.cjs');
var styles = require('./shared/styles-D2xRGkHE.cjs');

var css = ".cg-embed{position:relative;max-width:100%;line-height:0}.cg-embed>iframe[data-consent-state='blocked']{visibility:hidden}.cg-placeholder{position:absolute;inset:0;box-sizing:border-box;display:flex;flex-direction:column;align-items:flex-start;gap:.5rem;padding:clamp(.5rem,2.5%,.75rem) clamp(.75rem,3%,1rem);overflow:auto;container-type:size;font-size:.9375rem;line-height:1.4;text-align:left;overflow-wrap:anywhere;color:var(--cg-fg,#1b1b1b);background:var(--cg-subtle,#eef1f3);border:1px solid var(--cg-border,#6b6b6b)}.cg-placeholder[hidden]{display:none}.cg-placeholder p{margin:0}.cg-placeholder>:first-child{margin-top:auto}.cg-placeholder>:last-child{margin-bottom:auto}.cg-placeholder div{display:flex;flex-wrap:wrap;gap:.5rem}.cg-placeholder button{min-height:2.75rem;max-width:100%}@container (max-height:15rem){.cg-placeholder>*{font-size:.8125rem;line-height:1.3}.cg-placeholder div{gap:.375rem}.cg-placeholder button{flex:1 1 8rem;min-height:1.75rem;padding:.25rem .5rem;line-height:1.2}}";

const EMBED = 'iframe[data-consent][data-src]';
const KEYS = ['locales', 'locale', 'allowOnce', 'openPreferences', 'styles'];
const invalid = (field, expected, received) => errors.fail(`embedPlaceholders(): invalid option "${field}"`, expected, received);
/**
 * Shows a notice in place of every gated iframe (video, map, form) that is blocked: what it is
 * (its `title`), which categories it needs, a button that allows them, one that loads just this
 * embed, and one that opens the preferences. The embed keeps its box, so loading it shifts
 * nothing; a withdrawal shows the notice again. Embeds added later get one too.
 * Returns the function that removes the placeholders.
 * @example
 * embedPlaceholders(consent, { locales: { nl: placeholderNl, fr: placeholderFr } });
 */
const embedPlaceholders = (consent, options) => {
    if (typeof options != 'object' || options === null)
        invalid('options', 'an object with "locales"', options);
    for (const key of Object.keys(options))
        if (!KEYS.includes(key))
            invalid(key, `one of ${KEYS.join(', ')}`, key);
    const packs = options.locales;
    if (typeof packs != 'object' || packs === null || !Object.keys(packs).length || Object.keys(packs).some((key) => !locale.LOCALES.includes(key))) {
        invalid('locales', `an object of text packs keyed by ${locale.LOCALES.join(', ')}, e.g. { nl: placeholderNl }`, packs);
    }
    for (const key of ['allowOnce', 'styles']) {
        if (options[key] !== undefined && typeof options[key] != 'boolean')
            invalid(key, 'true or false', options[key]);
    }
    const { openPreferences } = options;
    if (openPreferences !== undefined && typeof openPreferences != 'function')
        invalid('openPreferences', 'a function', openPreferences);
    if (typeof document == 'undefined')
        return () => { };
    const locale$1 = locale.pickLocale(packs, options.locale, consent.config.locale);
    const texts = packs[locale$1];
    const holders = new Map();
    const create = (iframe) => {
        const needed = (categories.parseCategoryList(iframe.getAttribute('data-consent')) ?? []).filter((id) => id != 'necessary');
        const names = needed.map((id) => texts.names[id]);
        const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} ${texts.and} ${names[names.length - 1]}` : (names[0] ?? '');
        const notice = styles.h('p', {}, texts.notice.replace('{title}', iframe.title || texts.untitled).replace('{categories}', list));
        const actions = styles.h('div', {}, styles.button(texts.allow, () => consent.grant(needed, { source: 'placeholder' })));
        if (options.allowOnce !== false)
            actions.append(styles.button(texts.once, () => consent.allowOnce(iframe)));
        if (openPreferences) {
            const settings = styles.button(texts.settings, () => openPreferences(settings), 'cg-btn cg-close');
            actions.append(settings);
        }
        const holder = styles.h('div', { class: 'cg-placeholder', role: 'group', 'aria-label': iframe.title || texts.untitled }, notice, actions);
        if (locale.matchLocale(document.documentElement.lang) != locale$1)
            holder.lang = locale$1;
        // The embed stays in the flow as it was: the wrapper takes its display, the notice lies over it.
        const wrapper = styles.h('div', { class: 'cg-embed' });
        wrapper.style.display = getComputedStyle(iframe).display == 'block' ? 'block' : 'inline-block';
        iframe.replaceWith(wrapper);
        wrapper.append(iframe, styles.h('div', { class: 'cg-root' }, holder));
        holders.set(iframe, holder);
        return holder;
    };
    const sync = (iframe) => {
        const blocked = iframe.getAttribute('data-consent-state') == 'blocked';
        // An embed that already loaded is left where it is: moving an iframe reloads it.
        const holder = holders.get(iframe) ?? (blocked ? create(iframe) : undefined);
        if (!holder || holder.hidden == !blocked)
            return;
        const focused = holder.contains(document.activeElement);
        holder.hidden = !blocked;
        // Whoever pressed "allow" lands on what they allowed, not at the top of the page.
        if (focused)
            iframe.focus();
    };
    let dropStyles = () => { };
    if (options.styles !== false) {
        try {
            dropStyles = styles.adoptStyles(css);
        }
        catch {
            // Without constructable stylesheets the notices still work, unstyled.
        }
    }
    // The gate marks every gated element it finds, at start and when added later, with
    // data-consent-state; following that attribute covers new embeds without a scan of our own.
    const observer = new MutationObserver((mutations) => {
        for (const { target } of mutations)
            if (target.matches(EMBED))
                sync(target);
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-consent-state'] });
    for (const iframe of document.querySelectorAll(EMBED))
        sync(iframe);
    return () => {
        observer.disconnect();
        for (const [iframe, holder] of holders) {
            holder.parentElement.parentElement.replaceWith(iframe);
        }
        holders.clear();
        dropStyles();
    };
};

/** German placeholder texts. @example embedPlaceholders(consent, { locales: { de: placeholderDe } }) */
const placeholderDe = {
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

/** English placeholder texts. @example embedPlaceholders(consent, { locales: { en: placeholderEn } }) */
const placeholderEn = {
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

/** French placeholder texts. @example embedPlaceholders(consent, { locales: { fr: placeholderFr } }) */
const placeholderFr = {
    notice: '« {title} » n’est pas affiché. Il faut pour cela votre accord pour : {categories}.',
    allow: 'Toujours autoriser',
    once: 'Charger cette fois seulement',
    settings: 'Préférences cookies',
    untitled: 'Ce contenu',
    and: 'et',
    // The same names as the preferences dialog (a test keeps them equal).
    names: {
        necessary: 'Cookies strictement nécessaires',
        functional: 'Cookies de fonctionnalité',
        performance: 'Cookies de performance',
        advertising: 'Cookies publicitaires basés sur la navigation',
    },
};

/** Dutch placeholder texts. @example embedPlaceholders(consent, { locales: { nl: placeholderNl } }) */
const placeholderNl = {
    notice: '"{title}" wordt niet getoond. Daarvoor is je toestemming nodig voor: {categories}.',
    allow: 'Altijd toestaan',
    once: 'Alleen deze keer laden',
    settings: 'Cookievoorkeuren',
    untitled: 'Deze inhoud',
    and: 'en',
    // The same names as the preferences dialog (a test keeps them equal).
    names: {
        necessary: 'Strikt noodzakelijke cookies',
        functional: 'Functionaliteitscookies',
        performance: 'Prestatiecookies',
        advertising: 'Online surfgedrag gebaseerde reclame cookies',
    },
};

exports.embedPlaceholders = embedPlaceholders;
exports.placeholderDe = placeholderDe;
exports.placeholderEn = placeholderEn;
exports.placeholderFr = placeholderFr;
exports.placeholderNl = placeholderNl;
