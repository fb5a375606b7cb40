// @vitest-environment-options {"url": "https://www.limburg.be/", "settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { screen } from '@testing-library/dom';
import { describe, expect, it, vi } from 'vitest';
import { createConsent, ConsentConfigError } from '../../../src/core';
import { mountUi, nl, UiConfigError, type UiOptions } from '../../../src/ui';
import { isSafeUrl } from '../../../src/core/validate';
import { resolveUiOptions } from '../../../src/ui/options';
import { cleanUpAfterEach, memoryStorage, setup } from './fixture';

cleanUpAfterEach();

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

const fieldOf = (options: unknown): string => {
  try {
    resolveUiOptions(options);
  } catch (error) {
    if (error instanceof UiConfigError) return error.field;
    throw error;
  }
  return '(none)';
};

describe('UI options', () => {
  it.each([
    ['https://www.limburg.be/privacy', true],
    ['http://example.org/cookies', true],
    ['/privacy', true],
    ['privacy.html', true],
    ['../privacy', true],
    ['#cookies', true],
    ['?page=cookies', true],
    ['//www.limburg.be/privacy', true],
    ['javascript:alert(1)', false],
    [' JavaScript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['\u0001javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
    ['mailto:privacy@limburg.be', false],
    ['', false],
  ])('a link to %j is %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });

  it.each([
    [{ locales: { nl }, policyUrl: 'javascript:alert(1)' }, 'policyUrl'],
    [{ locales: { nl }, policyUrl: 'data:text/html,x' }, 'policyUrl'],
    [{ locales: { nl }, styles: 'javascript:x' }, 'styles'],
    [{ locales: { nl }, controller: 42 }, 'controller'],
    [{ locales: { nl }, floatingButton: 'top' }, 'floatingButton'],
    [{ locales: { nl }, texts: { nl: { acceptAll: 1 } } }, 'texts.nl.acceptAll'],
    [{ locales: { nl }, texts: { nl: { acceptEverything: 'Ja' } } }, 'texts.nl.acceptEverything'],
    [{ locales: { nl }, texts: { xx: {} } }, 'texts.xx'],
    [{ locales: { nl }, texts: 'Ja' }, 'texts'],
    [{ locales: { nl }, colour: 'red' }, 'colour'],
    [{ locales: { xx: nl } }, 'locales.xx'],
    [{}, 'locales'],
    [{ locales: {} }, 'locales'],
  ])('rejects %j naming the field', (options, field) => {
    expect(fieldOf(options)).toBe(field);
  });

  it('throws a UiConfigError, which is also a ConsentConfigError, from mountUi', () => {
    const consent = createConsent({ storage: memoryStorage(), crossTab: false });
    const mount = () => mountUi(consent, { locales: { nl }, policyUrl: 'javascript:alert(1)' });
    expect(mount).toThrow(UiConfigError);
    expect(mount).toThrow(ConsentConfigError);
    expect(mount).toThrow(/invalid config "policyUrl": expected an http\(s\) or relative URL/);
    consent.destroy();
  });

  it('with a reporter, reports each invalid field and uses its default', () => {
    const errors: string[] = [];
    const options = resolveUiOptions({ locales: { nl }, policyUrl: 'javascript:x', floatingButton: 'top', controller: 'Provincie Limburg' }, (error) => errors.push(error.field));
    expect(errors).toEqual(['policyUrl', 'floatingButton']);
    expect(options).toMatchObject({ policyUrl: undefined, floatingButton: false, controller: 'Provincie Limburg', styles: true });
  });

  it('inserts overridden texts and the controller as text, never as markup', () => {
    setup({ controller: XSS, texts: { nl: { bannerTitle: XSS, acceptAll: XSS, functional: XSS } } });
    expect(screen.getByRole('region', { name: XSS })).toBeTruthy();
    expect(screen.getByRole('button', { name: XSS })).toBeTruthy();
    expect(document.querySelector('.cg-root img, .cg-root script')).toBeNull();
    screen.getByRole('button', { name: 'Instellingen' }).click();
    expect(screen.getByRole('switch', { name: XSS })).toBeTruthy();
    expect(document.querySelector('.cg-root img, .cg-root script')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });

  it('inserts cookie declarations as text too', () => {
    setup({}, { categories: { functional: { cookies: [{ name: XSS, provider: XSS, purpose: { nl: XSS }, duration: XSS }] } } });
    screen.getByRole('button', { name: 'Instellingen' }).click();
    expect(screen.getAllByRole('cell', { name: XSS })).toHaveLength(4);
    expect(document.querySelector('.cg-root img, .cg-root script')).toBeNull();
  });

  it('overrides a text in one locale only', () => {
    setup({ texts: { fr: { acceptAll: 'Oui' }, nl: { rejectAll: 'Nee, bedankt' } } });
    expect(screen.getByRole('button', { name: 'Nee, bedankt' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Alles accepteren' })).toBeTruthy();
  });

  it('fills {controller} in wherever an override uses it', () => {
    setup({ controller: 'Provincie Limburg', texts: { nl: { bannerText: 'Hier beslist {controller}, of {controller}.' } } });
    expect(screen.getByText('Hier beslist Provincie Limburg, of Provincie Limburg.')).toBeTruthy();
  });

  it('adopts its stylesheet (no <style>, no style attribute), and removes it on destroy', () => {
    const { ui } = setup();
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(document.querySelector('style, link[rel="stylesheet"]')).toBeNull();
    expect(document.querySelector('.cg-root [style]')).toBeNull();
    ui.destroy();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('links a stylesheet instead when given its URL, and adds none when told so', () => {
    const { ui } = setup({ styles: '/assets/consent-gate.css' });
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(document.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('/assets/consent-gate.css');
    ui.destroy();
    expect(document.querySelector('link[rel="stylesheet"]')).toBeNull();
    setup({ styles: false });
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(document.querySelector('link')).toBeNull();
  });

  it('mounts once <body> exists when started before it', () => {
    const body = document.body;
    const spy = vi.spyOn(document, 'body', 'get').mockReturnValue(null as unknown as HTMLElement);
    const consent = createConsent({ storage: memoryStorage(), crossTab: false });
    const ui = mountUi(consent, { locales: { nl } } satisfies UiOptions);
    ui.showPreferences();
    expect(body.querySelector('.cg-root')).toBeNull();
    spy.mockRestore();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(screen.getByRole('dialog')).toBeTruthy();
    ui.destroy();
    consent.destroy();
  });
});
