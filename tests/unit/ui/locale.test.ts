// @vitest-environment-options {"url": "https://www.limburg.be/"}
import { screen } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { en, fr, nl } from '../../../src/ui';
import { cleanUpAfterEach, setup } from './fixture';

cleanUpAfterEach();

const root = () => document.querySelector('.cg-root')!;
const buttonNames = () => screen.getAllByRole('button').map((button) => button.textContent);

describe('the language of the UI', () => {
  it.each([
    ['nl', ['Alles accepteren', 'Alles weigeren', 'Instellingen']],
    ['fr', ['Tout accepter', 'Tout refuser', 'Paramètres']],
    ['de', ['Alle akzeptieren', 'Alle ablehnen', 'Einstellungen']],
    ['en', ['Accept all', 'Reject all', 'Settings']],
  ])('speaks %s when configured so', (locale, names) => {
    setup({}, { locale });
    expect(buttonNames()).toEqual(names);
  });

  it.each([
    ['nl-BE', 'Alles accepteren'],
    ['fr-BE', 'Tout accepter'],
    ['de', 'Alle akzeptieren'],
    ['en-GB', 'Accept all'],
    ['es', 'Alles accepteren'],
    ['', 'Alles accepteren'],
  ])('follows <html lang="%s"> without configuration (nl otherwise)', (lang, accept) => {
    document.documentElement.lang = lang;
    setup();
    expect(buttonNames()[0]).toBe(accept);
  });

  it('prefers the configured locale over <html lang>', () => {
    document.documentElement.lang = 'fr-BE';
    setup({}, { locale: 'de' });
    expect(buttonNames()[0]).toBe('Alle akzeptieren');
  });

  it('the "locale" option of the UI wins over the instance', () => {
    setup({ locale: 'en' }, { locale: 'nl' });
    expect(buttonNames()[0]).toBe('Accept all');
  });

  it('says which language it speaks when the page speaks another (WCAG 3.1.2)', () => {
    document.documentElement.lang = 'nl-BE';
    setup({}, { locale: 'fr' });
    expect(root().getAttribute('lang')).toBe('fr');
  });

  it('adds no lang attribute when it speaks the page language', () => {
    document.documentElement.lang = 'nl-BE';
    setup();
    expect(root().hasAttribute('lang')).toBe(false);
  });

  it('adds lang when the page declares none', () => {
    setup();
    expect(root().getAttribute('lang')).toBe('nl');
  });

  it('falls back to the first locale pack it was given when the wanted one is missing', () => {
    document.documentElement.lang = 'de';
    setup({ locales: { fr, en } });
    expect(buttonNames()[0]).toBe('Tout accepter');
    expect(root().getAttribute('lang')).toBe('fr');
  });

  it('only needs the packs it is given', () => {
    setup({ locales: { nl } }, { locale: 'nl' });
    expect(buttonNames()[0]).toBe('Alles accepteren');
    expect(en.acceptAll).toBe('Accept all');
  });
});
