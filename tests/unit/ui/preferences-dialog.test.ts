// @vitest-environment-options {"url": "https://www.limburg.be/economie/"}
import { fireEvent, getByRole, screen, within } from '@testing-library/dom';
import { describe, expect, it, vi } from 'vitest';
import { cleanUpAfterEach, setup } from './fixture';

cleanUpAfterEach();

const NAMES = {
  necessary: 'Strikt noodzakelijke cookies',
  functional: 'Functionaliteitscookies',
  performance: 'Prestatiecookies',
  advertising: 'Online surfgedrag gebaseerde reclame cookies',
};

const openFromBanner = (): HTMLElement => {
  screen.getByRole('button', { name: 'Instellingen' }).click();
  return screen.getByRole('dialog', { name: 'Cookie-instellingen' });
};
const switchFor = (name: string) => screen.getByRole<HTMLInputElement>('switch', { name });
const press = (key: string, shiftKey = false) => fireEvent.keyDown(document.activeElement ?? document.body, { key, shiftKey });

describe('the preferences dialog (second layer)', () => {
  it('is a modal dialog labelled by its visible heading', () => {
    setup();
    const dialog = openFromBanner();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const heading = getByRole(dialog, 'heading', { name: 'Cookie-instellingen' });
    expect(dialog.getAttribute('aria-labelledby')).toBe(heading.id);
  });

  it('has one switch per category, named by the category and described by its purpose', () => {
    setup();
    const dialog = openFromBanner();
    expect(within(dialog).getAllByRole('switch').map((input) => input.id.split('-').pop())).toEqual(['necessary', 'functional', 'performance', 'advertising']);
    expect(switchFor(NAMES.functional).getAttribute('type')).toBe('checkbox');
    expect(screen.getByRole('switch', { name: NAMES.performance, description: /hoe de website presteert/ })).toBeTruthy();
    expect(within(dialog).getByRole('group', { name: 'Soorten cookies' })).toBeTruthy();
  });

  it('shows "necessary" on and disabled, and says it is always on', () => {
    setup();
    openFromBanner();
    const necessary = switchFor(NAMES.necessary);
    expect(necessary.checked).toBe(true);
    expect(necessary.disabled).toBe(true);
    expect(screen.getByRole('switch', { name: NAMES.necessary, description: /^Altijd actief/ })).toBe(necessary);
  });

  it('starts with every optional switch off before any decision (no pre-ticked boxes)', () => {
    setup();
    openFromBanner();
    for (const name of [NAMES.functional, NAMES.performance, NAMES.advertising]) expect(switchFor(name).checked).toBe(false);
  });

  it('shows the stored choices when it opens', () => {
    const { consent, ui } = setup();
    consent.set({ performance: true });
    ui.showPreferences();
    expect(switchFor(NAMES.functional).checked).toBe(false);
    expect(switchFor(NAMES.performance).checked).toBe(true);
    expect(switchFor(NAMES.advertising).checked).toBe(false);
  });

  it('saves nothing when a switch is toggled, and nothing when it is then closed with Escape', () => {
    const { consent, storage } = setup();
    openFromBanner();
    switchFor(NAMES.performance).click();
    switchFor(NAMES.advertising).click();
    expect(switchFor(NAMES.performance).checked).toBe(true);
    expect(storage.writes).toBe(0);
    expect(consent.get().decided).toBe(false);
    press('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(storage.writes).toBe(0);
    expect(consent.get()).toMatchObject({ decided: false, choices: { performance: false, advertising: false } });
  });

  it('forgets unsaved toggles: reopened, it shows the stored choices again', () => {
    const { ui } = setup();
    openFromBanner();
    switchFor(NAMES.functional).click();
    press('Escape');
    ui.showPreferences();
    expect(switchFor(NAMES.functional).checked).toBe(false);
  });

  it('"Keuze opslaan" records exactly the switches, from the preferences', () => {
    const { consent } = setup();
    openFromBanner();
    switchFor(NAMES.performance).click();
    screen.getByRole('button', { name: 'Keuze opslaan' }).click();
    expect(consent.get()).toMatchObject({
      decided: true,
      source: 'preferences',
      choices: { necessary: true, functional: false, performance: true, advertising: false },
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Cookies op deze website' })).toBeNull();
  });

  it('"Alles accepteren" and "Alles weigeren" in the dialog record from the preferences', () => {
    const { consent, ui } = setup();
    openFromBanner();
    within(screen.getByRole('dialog')).getByRole('button', { name: 'Alles accepteren' }).click();
    expect(consent.get()).toMatchObject({ source: 'preferences', choices: { functional: true, performance: true, advertising: true } });
    ui.showPreferences();
    within(screen.getByRole('dialog')).getByRole('button', { name: 'Alles weigeren' }).click();
    expect(consent.get()).toMatchObject({ source: 'preferences', choices: { functional: false, performance: false, advertising: false } });
  });

  it('withdrawing takes no more clicks than consenting did', () => {
    document.body.innerHTML = '<footer><button type="button" data-consent-open>Cookie-instellingen</button></footer>';
    const { consent } = setup();
    screen.getByRole('button', { name: 'Alles accepteren' }).click(); // one click to consent
    screen.getByRole('button', { name: 'Cookie-instellingen' }).click(); // two clicks to withdraw
    within(screen.getByRole('dialog')).getByRole('button', { name: 'Alles weigeren' }).click();
    expect(consent.get().choices).toMatchObject({ functional: false, performance: false, advertising: false });
  });

  it('moves focus into itself on open and back to the opener on Escape', () => {
    setup();
    const opener = screen.getByRole('button', { name: 'Instellingen' });
    opener.focus();
    opener.click();
    const dialog = screen.getByRole('dialog');
    expect(dialog.contains(document.activeElement)).toBe(true);
    press('Escape');
    expect(document.activeElement).toBe(opener);
  });

  it('returns focus to the opener after "Sluiten" too, without recording anything', () => {
    document.body.innerHTML = '<button type="button" data-consent-open>Cookie-instellingen</button>';
    const { consent } = setup();
    consent.rejectAll();
    const opener = screen.getByRole('button', { name: 'Cookie-instellingen' });
    opener.focus();
    opener.click();
    screen.getByRole('button', { name: 'Sluiten' }).click();
    expect(document.activeElement).toBe(opener);
    expect(consent.get().source).toBe('api');
  });

  it('traps Tab: after the last control comes the first, before the first the last', () => {
    setup();
    const dialog = openFromBanner();
    const focusable = Array.from(dialog.querySelectorAll<HTMLElement>('button, a[href], input:not([disabled])'));
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    expect(first.textContent).toBe('Sluiten');
    expect(last.textContent).toBe('Alles weigeren');
    last.focus();
    press('Tab');
    expect(document.activeElement).toBe(first);
    press('Tab', true);
    expect(document.activeElement).toBe(last);
    // From the dialog itself (where focus lands on open), Shift+Tab goes to the last control too.
    dialog.focus();
    press('Tab', true);
    expect(document.activeElement).toBe(last);
  });

  it('brings focus back when it escapes to the page behind', () => {
    document.body.innerHTML = '<a href="#x">Elders</a>';
    setup();
    const dialog = openFromBanner();
    screen.getByRole('link', { name: 'Elders' }).focus();
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('announces "saved" in a status region that was in the page before', () => {
    setup();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    openFromBanner();
    screen.getByRole('button', { name: 'Keuze opslaan' }).click();
    expect(status.textContent).toBe('Je keuze is opgeslagen.');
    expect(screen.getByRole('status')).toBe(status);
  });

  it('empties the status region again, so that the next decision is announced as well', () => {
    vi.useFakeTimers();
    try {
      const { ui } = setup();
      const status = screen.getByRole('status');
      screen.getByRole('button', { name: 'Alles weigeren' }).click();
      expect(status.textContent).toBe('Je keuze is opgeslagen.');
      vi.advanceTimersByTime(5000);
      expect(status.textContent).toBe('');
      ui.showPreferences();
      screen.getByRole('button', { name: 'Keuze opslaan' }).click();
      expect(status.textContent).toBe('Je keuze is opgeslagen.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists the cookies declared per category: name, provider, purpose and duration', () => {
    setup(
      {},
      {
        categories: {
          performance: {
            cookies: [{ name: '_pk_id.*', provider: 'Matomo', purpose: { nl: 'Herkent terugkerende bezoekers.', fr: 'Reconnaît les visiteurs.' }, duration: { nl: '13 maanden' } }],
          },
        },
      },
    );
    const dialog = openFromBanner();
    const tables = within(dialog).getAllByRole('table');
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Naam', 'Aanbieder', 'Doel', 'Bewaartermijn']);
    expect(within(table).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['_pk_id.*', 'Matomo', 'Herkent terugkerende bezoekers.', '13 maanden']);
    // The table sits with its category.
    expect(switchFor(NAMES.performance).closest('.cg-category')?.contains(table)).toBe(true);
  });

  it('shows a RegExp cookie name (npm) by its pattern', () => {
    setup({}, { categories: { advertising: { cookies: [{ name: /^_fbp$/, provider: 'Meta' }] } } });
    openFromBanner();
    expect(screen.getByRole('cell', { name: '^_fbp$' })).toBeTruthy();
  });
});
