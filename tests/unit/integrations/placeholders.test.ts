// @vitest-environment-options {"url": "https://www.limburg.be/", "settings": {"disableIframePageLoading": true}}
import { getByRole, queryByRole } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsent, type Consent } from '../../../src/core';
import {
  embedPlaceholders,
  placeholderDe,
  placeholderEn,
  placeholderFr,
  placeholderNl,
  type PlaceholderOptions,
} from '../../../src/integrations/placeholders';
import { de, en, fr, nl } from '../../../src/ui';
import { memoryStorage } from '../core/helpers';

const cleanups: Array<() => void> = [];
const start = (options: Partial<PlaceholderOptions> = {}) => {
  const consent = createConsent({ storage: memoryStorage(), crossTab: false, reloadOnWithdraw: false });
  const remove = embedPlaceholders(consent, { locales: { nl: placeholderNl, fr: placeholderFr }, openPreferences: () => {}, ...options });
  cleanups.push(remove, () => consent.destroy());
  return { consent, remove };
};
const video = '<iframe data-consent="functional" data-src="https://www.youtube-nocookie.com/embed/x" title="Film over de maakindustrie" width="560" height="315"></iframe>';
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  document.body.innerHTML = '';
  document.documentElement.lang = '';
});

describe('placeholders for gated embeds', () => {
  it('show what is blocked, which category it needs, and three ways on', () => {
    document.body.innerHTML = video;
    start();
    const notice = getByRole(document.body, 'group', { name: 'Film over de maakindustrie' });
    expect(notice.textContent).toContain('"Film over de maakindustrie" wordt niet getoond. Daarvoor is je toestemming nodig voor: Functionaliteitscookies.');
    expect(getByRole(notice, 'button', { name: 'Altijd toestaan' })).toBeDefined();
    expect(getByRole(notice, 'button', { name: 'Alleen deze keer laden' })).toBeDefined();
    expect(getByRole(notice, 'button', { name: 'Cookievoorkeuren' })).toBeDefined();
  });

  it('open the preferences from the notice, with the button as the opener, and add no reopen link of their own', () => {
    document.body.innerHTML = video;
    const openers: HTMLElement[] = [];
    start({ openPreferences: (opener) => openers.push(opener) });
    const button = getByRole(document.body, 'button', { name: 'Cookievoorkeuren' });
    button.click();
    expect(openers).toEqual([button]);
    expect(document.querySelector('[data-consent-open]')).toBeNull();
  });

  it('lie over the embed, which keeps its place and size in the page', () => {
    document.body.innerHTML = `<p>before</p>${video}<p>after</p>`;
    start();
    const iframe = document.querySelector('iframe')!;
    const wrapper = iframe.parentElement!;
    expect(wrapper.className).toBe('cg-embed');
    expect(wrapper.previousElementSibling!.textContent).toBe('before');
    expect(wrapper.nextElementSibling!.textContent).toBe('after');
    expect(iframe.getAttribute('width')).toBe('560');
  });

  it('"always allow" grants the category, loads the embed, hides the notice and moves focus to it', async () => {
    document.body.innerHTML = video;
    const { consent } = start();
    const allow = getByRole(document.body, 'button', { name: 'Altijd toestaan' });
    allow.focus();
    allow.click();
    await settle();
    expect(consent.get()).toMatchObject({ decided: true, source: 'placeholder', choices: { functional: true, performance: false } });
    const iframe = document.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toContain('youtube-nocookie');
    expect(queryByRole(document.body, 'group')).toBeNull();
    expect(document.activeElement).toBe(iframe);
  });

  it('"this time only" loads just this embed and records nothing', async () => {
    document.body.innerHTML = video + video.replace('Film over de maakindustrie', 'Tweede film');
    const { consent } = start();
    getByRole(document.body, 'group', { name: 'Film over de maakindustrie' }).querySelectorAll('button')[1]!.click();
    await settle();
    const [first, second] = document.querySelectorAll('iframe');
    expect(first!.getAttribute('src')).toContain('youtube-nocookie');
    expect(second!.hasAttribute('src')).toBe(false);
    expect(consent.get().decided).toBe(false);
    expect(queryByRole(document.body, 'group', { name: 'Film over de maakindustrie' })).toBeNull();
    expect(getByRole(document.body, 'group', { name: 'Tweede film' })).toBeDefined();
  });

  it('come back when the category is withdrawn', async () => {
    document.body.innerHTML = video;
    const { consent } = start();
    consent.grant('functional');
    await settle();
    expect(queryByRole(document.body, 'group')).toBeNull();
    consent.rejectAll();
    await settle();
    expect(getByRole(document.body, 'group', { name: 'Film over de maakindustrie' })).toBeDefined();
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('about:blank');
  });

  it('are added to embeds that appear later', async () => {
    start();
    document.body.insertAdjacentHTML('beforeend', `<article>${video}</article>`);
    await settle();
    await settle();
    expect(getByRole(document.body, 'group', { name: 'Film over de maakindustrie' })).toBeDefined();
  });

  it('name every category an embed needs, in the page language, and mark another language', () => {
    document.documentElement.lang = 'nl-BE';
    document.body.innerHTML = video.replace('"functional"', '"functional performance"');
    start({ locale: 'fr' });
    const notice = getByRole(document.body, 'group');
    expect(notice.textContent).toContain('Cookies de fonctionnalité et Cookies de performance');
    expect(notice.getAttribute('lang')).toBe('fr');
  });

  it('leave an embed that already loaded where it is', () => {
    document.body.innerHTML = video;
    const consent = createConsent({ storage: memoryStorage(), crossTab: false });
    consent.grant('functional');
    const parent = document.querySelector('iframe')!.parentElement;
    cleanups.push(embedPlaceholders(consent, { locales: { nl: placeholderNl } }), () => consent.destroy());
    expect(document.querySelector('iframe')!.parentElement).toBe(parent);
    expect(queryByRole(document.body, 'group')).toBeNull();
  });

  it('can leave out the "this time only" and preferences buttons', () => {
    document.body.innerHTML = video;
    start({ allowOnce: false, openPreferences: undefined });
    expect(getByRole(document.body, 'group').querySelectorAll('button')).toHaveLength(1);
  });

  it('are removed again, the embed back in its place', () => {
    document.body.innerHTML = `<div id="host">${video}</div>`;
    const { remove } = start();
    remove();
    expect(document.getElementById('host')!.firstElementChild!.localName).toBe('iframe');
    expect(queryByRole(document.body, 'group')).toBeNull();
  });

  it('name the categories exactly as the preferences dialog does, in every language', () => {
    const pairs = [[placeholderNl, nl], [placeholderFr, fr], [placeholderDe, de], [placeholderEn, en]] as const;
    for (const [pack, ui] of pairs) {
      const { necessary, functional, performance, advertising } = ui;
      expect(pack.names).toEqual({ necessary, functional, performance, advertising });
    }
  });

  it('exist in all four languages with every text', () => {
    for (const pack of [placeholderNl, placeholderFr, placeholderDe, placeholderEn]) {
      for (const value of [pack.notice, pack.allow, pack.once, pack.settings, pack.untitled, pack.and, ...Object.values(pack.names)]) {
        expect(value.trim()).not.toBe('');
      }
      expect(pack.notice).toContain('{title}');
      expect(pack.notice).toContain('{categories}');
    }
  });

  it.each([
    [{}, /"locales": expected an object of text packs/],
    [{ locales: { es: placeholderNl } }, /"locales"/],
    [{ locales: { nl: placeholderNl }, allowOnce: 'no' }, /"allowOnce": expected true or false/],
    [{ locales: { nl: placeholderNl }, colour: 'red' }, /"colour": expected one of locales/],
    [{ locales: { nl: placeholderNl }, openPreferences: '#prefs' }, /"openPreferences": expected a function/],
  ])('reject invalid options %o with a message naming the option', (options, message) => {
    const consent: Consent = createConsent({ storage: memoryStorage(), crossTab: false });
    cleanups.push(() => consent.destroy());
    expect(() => embedPlaceholders(consent, options as never)).toThrow(message);
  });
});
