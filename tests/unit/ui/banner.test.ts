// @vitest-environment-options {"url": "https://www.limburg.be/economie/"}
import { getByRole, queryByRole, screen, within } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanUpAfterEach, memoryStorage, setup } from './fixture';
import { createConsent } from '../../../src/core';
import { mountUi, nl } from '../../../src/ui';

cleanUpAfterEach();
afterEach(() => vi.unstubAllGlobals());

const banner = () => screen.getByRole('region', { name: 'Cookies op deze website' });

describe('the banner (first layer)', () => {
  it('is a labelled, non-modal region with three buttons, shown while nothing is decided', () => {
    setup();
    const region = banner();
    expect(region.getAttribute('aria-modal')).toBeNull();
    const buttons = within(region).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Alles accepteren', 'Alles weigeren', 'Instellingen']);
    // Same element, same classes: nothing makes one of them stand out.
    expect(new Set(buttons.map((button) => `${button.localName}.${button.className}`)).size).toBe(1);
  });

  it('names the controller and links to the policy', () => {
    setup({ controller: 'De provincie Limburg', policyUrl: '/privacy' });
    expect(banner().textContent).toContain('De provincie Limburg gebruikt cookies');
    expect(within(banner()).getByRole('link', { name: 'Lees ons cookiebeleid' }).getAttribute('href')).toBe('/privacy');
  });

  it('names the site when no controller is configured, and shows no link without a policy URL', () => {
    setup();
    expect(banner().textContent).toContain('www.limburg.be gebruikt cookies');
    expect(within(banner()).queryByRole('link')).toBeNull();
  });

  it('"Alles accepteren" grants every category from the banner, and hides it', () => {
    const { consent } = setup();
    getByRole(banner(), 'button', { name: 'Alles accepteren' }).click();
    expect(consent.get()).toMatchObject({
      decided: true,
      source: 'banner',
      choices: { necessary: true, functional: true, performance: true, advertising: true },
    });
    expect(screen.queryByRole('region', { name: 'Cookies op deze website' })).toBeNull();
  });

  it('"Alles weigeren" denies every optional category from the banner, and hides it', () => {
    const { consent, storage } = setup();
    getByRole(banner(), 'button', { name: 'Alles weigeren' }).click();
    expect(consent.get()).toMatchObject({
      decided: true,
      source: 'banner',
      choices: { necessary: true, functional: false, performance: false, advertising: false },
    });
    expect(storage.writes).toBe(1);
    expect(screen.queryByRole('region', { name: 'Cookies op deze website' })).toBeNull();
  });

  it('"Instellingen" opens the preferences and records nothing', () => {
    const { consent } = setup();
    getByRole(banner(), 'button', { name: 'Instellingen' }).click();
    expect(screen.getByRole('dialog', { name: 'Cookie-instellingen' })).toBeTruthy();
    expect(consent.get().decided).toBe(false);
  });

  it('is not shown once a decision exists, and comes back when it is forgotten', () => {
    const storage = memoryStorage();
    createConsent({ storage, crossTab: false }).rejectAll();
    const consent = createConsent({ storage, crossTab: false });
    const ui = mountUi(consent, { locales: { nl } });
    expect(queryByRole(document.body, 'region', { name: 'Cookies op deze website' })).toBeNull();
    consent.reset();
    expect(banner()).toBeTruthy();
    ui.destroy();
  });

  it('reports opening and closing through the consent events', () => {
    const storage = memoryStorage();
    const consent = createConsent({ storage, crossTab: false });
    const seen: string[] = [];
    consent.on('ui:open', ({ view }) => seen.push(`open ${view}`));
    consent.on('ui:close', ({ view }) => seen.push(`close ${view}`));
    const ui = mountUi(consent, { locales: { nl } });
    getByRole(banner(), 'button', { name: 'Instellingen' }).click();
    screen.getByRole('button', { name: 'Sluiten' }).click();
    getByRole(banner(), 'button', { name: 'Alles weigeren' }).click();
    expect(seen).toEqual(['open banner', 'open preferences', 'close preferences', 'close banner']);
    ui.destroy();
  });

  it('hands focus to the reopen button when a decision hides the banner that had it', async () => {
    setup({ floatingButton: 'bottom-left' });
    const reject = getByRole(banner(), 'button', { name: 'Alles weigeren' });
    reject.focus();
    reject.click();
    await Promise.resolve();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cookie-instellingen' }));
  });

  it('without a reopen button, gives focus back to where the visitor came from, also after the dialog', async () => {
    document.body.innerHTML = '<a href="#main">Naar de inhoud</a>';
    setup();
    const link = screen.getByRole('link', { name: 'Naar de inhoud' });
    link.focus();
    const settings = getByRole(banner(), 'button', { name: 'Instellingen' });
    settings.focus();
    settings.click();
    within(screen.getByRole('dialog')).getByRole('button', { name: 'Keuze opslaan' }).click();
    await Promise.resolve();
    expect(document.activeElement).toBe(link);
  });

  it('leaves focus alone when the decision was made elsewhere', async () => {
    document.body.innerHTML = '<button type="button">Elders</button>';
    const { consent } = setup({ floatingButton: 'bottom-left' });
    const elsewhere = screen.getByRole('button', { name: 'Elders' });
    elsewhere.focus();
    consent.acceptAll();
    await Promise.resolve();
    expect(document.activeElement).toBe(elsewhere);
  });

  it('reserves its height as scroll padding while it shows (WCAG 2.4.11), and gives it back', () => {
    // happy-dom's ResizeObserver never reports; this one reports at once, as a browser does after layout.
    vi.stubGlobal('ResizeObserver', class {
      readonly report: () => void;
      constructor(report: () => void) {
        this.report = report;
      }
      observe(): void {
        this.report();
      }
      disconnect(): void {}
    });
    setup();
    const style = document.documentElement.style;
    expect(style.getPropertyValue('scroll-padding-bottom')).toMatch(/px$/);
    expect(style.getPropertyValue('--cg-banner-height')).toMatch(/px$/);
    expect(document.body.lastElementChild?.className).toBe('cg-spacer');
    getByRole(banner(), 'button', { name: 'Alles weigeren' }).click();
    expect(style.getPropertyValue('scroll-padding-bottom')).toBe('');
    expect(style.getPropertyValue('--cg-banner-height')).toBe('');
    expect(document.querySelector('.cg-spacer')).toBeNull();
  });

  it('reserves its height at once where ResizeObserver is missing', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    setup();
    expect(document.documentElement.style.getPropertyValue('scroll-padding-bottom')).toMatch(/px$/);
  });

  it('is first in <body>, so that it is the first stop for the Tab key', () => {
    document.body.innerHTML = '<a href="#main">Naar de inhoud</a>';
    setup();
    expect(document.body.firstElementChild?.contains(banner())).toBe(true);
  });

  it('can be shown again and hidden through the handle', () => {
    const { consent, ui } = setup();
    consent.rejectAll();
    ui.showBanner();
    expect(banner()).toBeTruthy();
    ui.hide();
    expect(screen.queryByRole('region', { name: 'Cookies op deze website' })).toBeNull();
    expect(consent.get().choices.performance).toBe(false);
  });
});
