// @vitest-environment-options {"url": "https://www.limburg.be/economie/"}
import { screen } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEmbed, type ConsentGateGlobal } from '../../../src/embed';
import { readPageConfig, splitPageConfig } from '../../../src/page-config';
import { ALL_LOCALES } from './fixture';
import { de, nl } from '../../../src/ui';
import { placeholderDe, placeholderEn, placeholderFr, placeholderNl } from '../../../src/integrations/placeholders';

const PLACEHOLDERS = { nl: placeholderNl, fr: placeholderFr, de: placeholderDe, en: placeholderEn };

const global = window as { ConsentGate?: ConsentGateGlobal };

/** The script tag as a page writes it (of a type happy-dom does not try to load). */
const tag = (attributes: Record<string, string> = {}, json?: string): void => {
  if (json !== undefined) {
    const config = document.createElement('script');
    config.type = 'application/json';
    config.setAttribute('data-consent-gate-config', '');
    config.textContent = json;
    document.head.append(config);
  }
  const script = document.createElement('script');
  script.type = 'text/x-test';
  script.setAttribute('src', '/dist/consent-gate.iife.js');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  document.head.append(script);
};

afterEach(() => {
  global.ConsentGate?.destroy();
  delete global.ConsentGate;
  vi.restoreAllMocks();
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('style');
});

describe('the script tag', () => {
  it('reads the UI attributes as text and splits them from the core config', () => {
    tag({ 'data-revision': '3', 'data-policy-url': '/privacy', 'data-controller': '3M', 'data-floating-button': 'bottom-right', 'data-styles': 'false' });
    const { core, ui } = splitPageConfig(readPageConfig(document, document.querySelector('script[src]')));
    expect(core).toEqual({ revision: 3 });
    expect(ui).toEqual({ policyUrl: '/privacy', controller: '3M', floatingButton: 'bottom-right', styles: false });
  });

  it('starts Google Consent Mode with data-google-consent-mode, before any gated tag, with JSON options', () => {
    const layer = window as { dataLayer?: IArguments[] };
    tag({ 'data-google-consent-mode': 'true' }, JSON.stringify({ googleConsentMode: { waitForUpdate: 500 } }));
    startEmbed(ALL_LOCALES, PLACEHOLDERS);
    const first = Array.from(layer.dataLayer![0]!);
    expect(first.slice(0, 2)).toEqual(['consent', 'default']);
    expect(first[2]).toMatchObject({ analytics_storage: 'denied', security_storage: 'granted', wait_for_update: 500 });
    global.ConsentGate!.grant('performance');
    expect(Array.from(layer.dataLayer!.at(-1)!)).toEqual(['consent', 'update', expect.objectContaining({ analytics_storage: 'granted' })]);
    delete layer.dataLayer;
  });

  it('leaves Google Consent Mode out, with the option named, when its options are invalid', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    tag({ 'data-google-consent-mode': 'true' }, JSON.stringify({ googleConsentMode: { region: 'BE' } }));
    startEmbed(ALL_LOCALES, PLACEHOLDERS);
    expect(String(errors.mock.calls[0]?.[0])).toMatch(/"region".*left out/);
    expect((window as { dataLayer?: unknown }).dataLayer).toBeUndefined();
    expect(screen.getByRole('region', { name: 'Cookies op deze website' })).toBeTruthy();
  });

  it('puts placeholders on gated embeds unless data-placeholders="false"', async () => {
    document.body.innerHTML = '<iframe data-consent="functional" data-src="/video.html" title="Video"></iframe>';
    tag();
    startEmbed(ALL_LOCALES, PLACEHOLDERS);
    expect(screen.getByRole('group', { name: 'Video' }).textContent).toContain('Functionaliteitscookies');
    global.ConsentGate!.destroy();
    delete global.ConsentGate;
    document.head.innerHTML = '';
    document.body.innerHTML = '<iframe data-consent="functional" data-src="/video.html" title="Video"></iframe>';
    tag({ 'data-placeholders': 'false' });
    startEmbed(ALL_LOCALES, PLACEHOLDERS);
    expect(screen.queryByRole('group', { name: 'Video' })).toBeNull();
  });

  it('takes texts, policy and cookie declarations from the JSON config; attributes win', () => {
    tag(
      { 'data-controller': 'De provincie Limburg' },
      JSON.stringify({
        controller: 'ignored',
        policyUrl: 'https://www.limburg.be/privacy',
        texts: { nl: { bannerTitle: 'Cookies op limburg.be' } },
        categories: { performance: { cookies: [{ name: '_pk_id.*', provider: 'Matomo' }] } },
      }),
    );
    startEmbed(ALL_LOCALES, PLACEHOLDERS);
    const banner = screen.getByRole('region', { name: 'Cookies op limburg.be' });
    expect(banner.textContent).toContain('De provincie Limburg gebruikt cookies');
    expect(screen.getByRole('link', { name: 'Lees ons cookiebeleid' }).getAttribute('href')).toBe('https://www.limburg.be/privacy');
    global.ConsentGate!.showPreferences();
    expect(screen.getByRole('cell', { name: 'Matomo' })).toBeTruthy();
  });

  it('exposes the consent instance with showBanner, showPreferences and hide as window.ConsentGate', () => {
    tag();
    startEmbed(ALL_LOCALES, PLACEHOLDERS);
    const gate = global.ConsentGate!;
    expect(gate.get().decided).toBe(false);
    for (const method of ['allowed', 'acceptAll', 'rejectAll', 'grant', 'set', 'reset', 'on', 'showBanner', 'showPreferences', 'hide'] as const) {
      expect(typeof gate[method]).toBe('function');
    }
    gate.hide();
    expect(screen.queryByRole('region')).toBeNull();
    gate.showPreferences();
    expect(screen.getByRole('dialog')).toBeTruthy();
    gate.hide();
    gate.showBanner();
    expect(screen.getByRole('region', { name: 'Cookies op deze website' })).toBeTruthy();
    // The state getter survives being extended.
    gate.rejectAll();
    expect(gate.state.decided).toBe(true);
  });

  it('logs invalid fields by name, uses their defaults and still shows the banner', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    tag(
      { 'data-policy-url': 'javascript:alert(1)', 'data-floating-button': 'top', 'data-revision': '-1' },
      JSON.stringify({ texts: { nl: { acceptAll: 5 } }, cookie: { expires: 9999 } }),
    );
    startEmbed(ALL_LOCALES, PLACEHOLDERS);
    const messages = errors.mock.calls.map(([message]) => String(message));
    for (const field of ['policyUrl', 'floatingButton', 'texts.nl.acceptAll', 'cookie.expires', 'revision']) {
      expect(messages.some((message) => message.includes(`"${field}"`))).toBe(true);
    }
    expect(screen.getByRole('region', { name: 'Cookies op deze website' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Alles accepteren' })).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
    expect(global.ConsentGate!.get().choices).toMatchObject({ functional: false, performance: false, advertising: false });
  });

  it('picks the language from data-lang, else <html lang>', () => {
    document.documentElement.lang = 'fr-BE';
    tag({ 'data-lang': 'de' });
    startEmbed(ALL_LOCALES, PLACEHOLDERS);
    expect(screen.getByRole('button', { name: 'Alle akzeptieren' })).toBeTruthy();
    global.ConsentGate!.destroy();
    delete global.ConsentGate;
    document.head.innerHTML = '';
    tag();
    startEmbed(ALL_LOCALES, PLACEHOLDERS);
    expect(screen.getByRole('button', { name: 'Tout accepter' })).toBeTruthy();
    expect(document.querySelector('.cg-root')?.hasAttribute('lang')).toBe(false);
  });

  it('a one-locale build speaks its locale to everyone, and records that locale', () => {
    document.documentElement.lang = 'fr';
    tag();
    startEmbed({ nl }, { nl: placeholderNl });
    expect(screen.getByRole('button', { name: 'Alles accepteren' })).toBeTruthy();
    expect(document.querySelector('.cg-root')?.getAttribute('lang')).toBe('nl');
    expect(global.ConsentGate!.rejectAll({ source: 'banner' }).locale).toBe('nl');
  });

  it('with an invalid data-lang, logs it and records the language the banner speaks', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    document.documentElement.lang = 'en';
    tag({ 'data-lang': 'xx' });
    startEmbed({ de }, { de: placeholderDe });
    expect(errors.mock.calls.some(([message]) => String(message).includes('"locale"'))).toBe(true);
    expect(screen.getByRole('button', { name: 'Alle akzeptieren' })).toBeTruthy();
    expect(global.ConsentGate!.rejectAll({ source: 'banner' }).locale).toBe('de');
  });

  it('does nothing the second time it is included', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    tag();
    startEmbed(ALL_LOCALES, PLACEHOLDERS);
    startEmbed(ALL_LOCALES, PLACEHOLDERS);
    expect(warn).toHaveBeenCalledOnce();
    expect(screen.getAllByRole('region')).toHaveLength(1);
  });
});
