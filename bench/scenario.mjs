// The benchmark scenario: one page, the same for every library. It has the four categories
// (necessary, functional, performance, advertising), one gated script per optional category in
// each library's own markup, and the library's default banner in English.
//
// Every variant differs only in what a site adds for its consent library: a stylesheet, a script
// and the configuration that library needs. The page body is identical.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const OPTIONAL = /** @type {const} */ (['functional', 'performance', 'advertising']);

/** The texts every library shows for the categories (vanilla-cookieconsent and orejime take them from their configuration). */
const CATEGORY_TEXTS = {
  necessary: ['Strictly necessary cookies', 'Without these cookies the website does not work. They cannot be switched off.'],
  functional: ['Functionality cookies', 'These cookies remember your preferences, so that the website works better for you.'],
  performance: ['Performance cookies', 'These cookies show us how the website performs, so that we can improve it.'],
  advertising: ['Advertising cookies', 'These cookies follow your browsing to show you advertising tailored to you.'],
};

/** A script that records that it ran: `window.__ran` lists the categories whose gated script ran. */
export const gatedScriptUrl = (category) => `/gated.js?c=${category}`;

const version = (name) => JSON.parse(readFileSync(join(PROJECT, 'node_modules', name, 'package.json'), 'utf8')).version;

/**
 * Where each served URL prefix comes from on disk (the server streams these files unchanged, so
 * their sizes on disk are the bytes the page loads).
 */
export const MOUNTS = {
  '/dist/': join(PROJECT, 'dist'),
  '/lib/vanilla-cookieconsent/': join(PROJECT, 'node_modules', 'vanilla-cookieconsent', 'dist'),
  '/lib/orejime/': join(PROJECT, 'node_modules', 'orejime', 'dist'),
};

const vanillaConfig = {
  // Its default (true) hides the banner from automated browsers (navigator.webdriver), which
  // includes this benchmark; a real visitor's browser is not one.
  hideFromBots: false,
  categories: {
    necessary: { enabled: true, readOnly: true },
    functional: {},
    performance: {},
    advertising: {},
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Cookies on this website',
          description:
            'We use cookies that this website needs to work. Only if you allow it, we also use cookies that remember your preferences, help us improve the website or tailor advertising to you. <a href="/privacy">Read our cookie policy</a>',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Settings',
        },
        preferencesModal: {
          title: 'Cookie settings',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Kinds of cookies', description: 'Choose for each kind of cookie whether you allow it.' },
            ...Object.entries(CATEGORY_TEXTS).map(([id, [title, description]]) => ({ title, description, linkedCategory: id })),
          ],
        },
      },
    },
  },
};

const orejimeConfig = {
  privacyPolicyUrl: '/privacy',
  purposes: Object.entries(CATEGORY_TEXTS).map(([id, [title, description]]) => ({
    id,
    title,
    description,
    cookies: [],
    ...(id === 'necessary' ? { isMandatory: true } : {}),
  })),
};

/**
 * @typedef {object} Variant
 * @property {string} id          URL folder and key in the results
 * @property {string} name        shown in tables and the chart
 * @property {string} version
 * @property {string} banner      CSS selector of the first layer
 * @property {string} head        what the library adds to <head>
 * @property {string} config      the inline configuration the library needs ('' when none); part of `head`
 * @property {(category: string) => string} gated  a gated external script in the library's own markup
 * @property {string} rejected    body of a function evaluated in the page: true when every optional category is refused and stored
 * @property {string} note
 */

const consentGate = (id, file, name, note) => ({
  id,
  name,
  version: JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')).version,
  banner: '.cg-banner',
  config: '',
  head: `<script src="/dist/${file}" data-policy-url="/privacy" defer></script>`,
  gated: (category) => `<script type="text/plain" data-consent="${category}" src="${gatedScriptUrl(category)}"></script>`,
  rejected: `const s = window.ConsentGate.get();
    return s.decided && s.stored && s.choices.necessary && !s.choices.functional && !s.choices.performance && !s.choices.advertising;`,
  note,
});

const vanillaInline = `document.addEventListener('DOMContentLoaded', function () { CookieConsent.run(${JSON.stringify(vanillaConfig)}); });`;
const orejimeInline = `window.orejimeConfig = ${JSON.stringify(orejimeConfig)};`;

/** @type {Variant[]} */
export const VARIANTS = [
  consentGate('consent-gate', 'consent-gate.iife.js', 'consent-gate', 'dist/consent-gate.iife.js: four locales (nl, fr, de, en), UI styles inside the script'),
  consentGate('consent-gate-nl', 'consent-gate.nl.iife.js', 'consent-gate (nl only)', 'dist/consent-gate.nl.iife.js: one locale (the banner shows Dutch), UI styles inside the script'),
  {
    id: 'vanilla-cookieconsent',
    name: 'vanilla-cookieconsent',
    version: version('vanilla-cookieconsent'),
    banner: '#cc-main .cm',
    config: vanillaInline,
    head:
      '<link rel="stylesheet" href="/lib/vanilla-cookieconsent/cookieconsent.css">\n' +
      '<script src="/lib/vanilla-cookieconsent/cookieconsent.umd.js" defer></script>\n' +
      `<script>${vanillaInline}</script>`,
    gated: (category) => `<script type="text/plain" data-category="${category}" src="${gatedScriptUrl(category)}"></script>`,
    rejected: `if (!window.CookieConsent.validConsent()) return false;
    const p = window.CookieConsent.getUserPreferences();
    return p.acceptedCategories.join() === 'necessary' && ${JSON.stringify(OPTIONAL)}.every((c) => p.rejectedCategories.includes(c));`,
    note: 'dist/cookieconsent.umd.js + dist/cookieconsent.css; texts are in the inline configuration (one language)',
  },
  {
    id: 'orejime',
    name: 'orejime',
    version: version('orejime'),
    banner: '.orejime-Banner',
    config: orejimeInline,
    head:
      '<link rel="stylesheet" href="/lib/orejime/orejime-standard.css">\n' +
      `<script>${orejimeInline}</script>\n` +
      '<script src="/lib/orejime/orejime-standard-en.js" defer></script>',
    gated: (category) => `<template data-purpose="${category}"><script src="${gatedScriptUrl(category)}"></script></template>`,
    rejected: `const m = window.orejime && window.orejime.manager;
    // Its cookie is called eu-consent by default.
    return !!m && !m.needsUpdate() && /(^|; )eu-consent=/.test(document.cookie) && m.getConsent('necessary') === true &&
      ${JSON.stringify(OPTIONAL)}.every((c) => m.getConsent(c) === false);`,
    note: 'dist/orejime-standard-en.js (English only, standard theme) + dist/orejime-standard.css',
  },
];

/** The same page without any consent library: what the page and the measuring cost on their own. */
export const BASELINE = {
  id: 'baseline',
  name: 'no banner (baseline)',
  version: '',
  banner: '',
  config: '',
  head: '',
  gated: (category) => `<script type="text/plain" data-category="${category}" src="${gatedScriptUrl(category)}"></script>`,
  rejected: 'return true;',
  note: 'the page alone, no consent library',
};

const ARTICLE = [
  'Manufacturing accounts for a large share of the regional economy: thousands of direct jobs, most of the industrial added value and more than half of all exports. A competitive manufacturing industry matters for innovation and prosperity alike.',
  'Industrial employment has long been an important sector, and recent closures have put it under more pressure. Between the last two surveys the number of people working in industry fell by almost five per cent.',
  'To stay competitive, manufacturing has to move towards smart and innovative production with a higher added value. International studies underline how much local production matters for a lasting innovation ecosystem, in which knowledge turns into products that sell.',
  'The programme therefore invests in four areas: skills and training, shared research facilities, support for small suppliers, and the infrastructure that connects industrial sites to ports and rail.',
  'Each area has its own budget and its own targets, reviewed every year with the companies and research centres involved. The first results are published in the annual report.',
  'Companies that want to take part can apply through the online portal. A short description of the project, the partners and the expected results is enough for a first assessment.',
];

/** The whole page for one variant. */
export const pageHtml = (variant) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Manufacturing | Example province</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1d1d1d; }
  header { background: #004b87; color: #fff; padding: 1rem 2rem; }
  main { max-width: 44rem; margin: 0 auto; padding: 1rem 2rem 4rem; }
  footer { border-top: 1px solid #ccc; padding: 1rem 2rem; }
</style>
${variant.head}
</head>
<body>
<header><strong>Example province</strong></header>
<main>
<h1>Manufacturing</h1>
${ARTICLE.map((p) => `<p>${p}</p>`).join('\n')}
</main>
<footer><a href="/privacy">Privacy and cookies</a></footer>
${OPTIONAL.map((category) => variant.gated(category)).join('\n')}
</body>
</html>
`;

/**
 * The page for the activation test (consent-gate alone): 1,000 gated elements, spread over the
 * three optional categories: 450 images, 100 iframes and 450 inline scripts. Iframes are fewer
 * because every frame costs the browser automation far more than the page (Playwright attaches
 * to each one), which would swamp what is measured.
 */
export const THOUSAND = { images: 450, iframes: 100, scripts: 450 };

export const thousandHtml = ({ images, iframes, scripts } = THOUSAND) => {
  const kinds = [
    ...Array.from({ length: images }, () => 'img'),
    ...Array.from({ length: iframes }, () => 'iframe'),
    ...Array.from({ length: scripts }, () => 'script'),
  ];
  // Interleaved, as on a real page: element i is of kind (i * step) mod total, a permutation.
  const step = 7;
  const items = kinds.map((_, i) => {
    const kind = kinds[(i * step) % kinds.length];
    const category = OPTIONAL[i % 3];
    if (kind === 'img') return `<img data-consent="${category}" data-src="/pixel.gif?i=${i}" alt="" width="1" height="1">`;
    if (kind === 'iframe') return `<iframe data-consent="${category}" data-src="/frame.html?i=${i}" title="Embed ${i}" width="40" height="20"></iframe>`;
    return `<script type="text/plain" data-consent="${category}">window.__n = (window.__n || 0) + 1;</script>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>1,000 gated elements</title>
<link rel="icon" href="data:,">
<script src="/dist/consent-gate.iife.js" data-policy-url="/privacy" defer></script>
</head>
<body>
<h1>1,000 gated elements</h1>
${items.join('\n')}
</body>
</html>
`;
};
