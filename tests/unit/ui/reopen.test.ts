// @vitest-environment-options {"url": "https://www.limburg.be/economie/"}
import { screen, within } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { cleanUpAfterEach, setup } from './fixture';

cleanUpAfterEach();

const switchFor = (name: string) => screen.getByRole<HTMLInputElement>('switch', { name });

describe('reopening the preferences', () => {
  it('any [data-consent-open] element opens the dialog on the stored choices', () => {
    document.body.innerHTML = '<footer><a href="#cookies" data-consent-open>Cookie-instellingen</a></footer>';
    const { consent } = setup();
    consent.set({ functional: true });
    screen.getByRole('link', { name: 'Cookie-instellingen' }).click();
    expect(screen.getByRole('dialog', { name: 'Cookie-instellingen' })).toBeTruthy();
    expect(switchFor('Functionaliteitscookies').checked).toBe(true);
    expect(switchFor('Prestatiecookies').checked).toBe(false);
    // The link's own navigation to "#cookies" does not happen.
    expect(location.hash).toBe('');
  });

  it('works for elements added to the page later, and for clicks on their children', () => {
    const { consent } = setup();
    consent.rejectAll();
    const late = document.createElement('button');
    late.type = 'button';
    late.setAttribute('data-consent-open', '');
    late.innerHTML = '<span>Cookies</span>';
    document.body.append(late);
    late.querySelector('span')!.click();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('ignores clicks elsewhere', () => {
    document.body.innerHTML = '<button type="button">Iets anders</button>';
    setup();
    screen.getByRole('button', { name: 'Iets anders' }).click();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('has no floating button unless asked for', () => {
    const { consent } = setup();
    consent.rejectAll();
    expect(document.querySelector('.cg-float')).toBeNull();
  });

  it('offers a floating button once the banner is gone, when configured', () => {
    const { consent } = setup({ floatingButton: 'bottom-left' });
    expect(screen.queryByRole('button', { name: 'Cookie-instellingen' })).toBeNull();
    screen.getByRole('button', { name: 'Alles weigeren' }).click();
    const floating = screen.getByRole('button', { name: 'Cookie-instellingen' });
    expect(floating.classList.contains('cg-bottom-left')).toBe(true);
    floating.click();
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(consent.get().choices.functional).toBe(false);
  });

  it('stops listening once destroyed', () => {
    document.body.innerHTML = '<button type="button" data-consent-open>Cookie-instellingen</button>';
    const { ui } = setup();
    const opener = screen.getByRole('button', { name: 'Cookie-instellingen' });
    ui.destroy();
    opener.click();
    expect(document.querySelector('.cg-root')).toBeNull();
  });

  it('showPreferences() takes the element to return focus to, or nothing, and refuses anything else', () => {
    const { ui } = setup();
    expect(() => ui.showPreferences('#footer' as never)).toThrow(
      /showPreferences\(\): expected the element to return focus to, an event, or nothing, received "#footer"/,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    ui.showPreferences(null);
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('showPreferences works as a click listener: focus returns to the control it listens on', () => {
    document.body.innerHTML = '<button type="button" id="prefs">Mijn cookies</button>';
    const { consent, ui } = setup();
    consent.rejectAll();
    const control = screen.getByRole('button', { name: 'Mijn cookies' });
    control.addEventListener('click', ui.showPreferences);
    control.click();
    expect(screen.getByRole('dialog')).toBeTruthy();
    within(screen.getByRole('dialog')).getByRole('button', { name: 'Sluiten' }).click();
    expect(document.activeElement).toBe(control);
  });
});
