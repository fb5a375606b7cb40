import { CATEGORIES, type CategoryId, type OptionalCategoryId } from '../core/categories';
import type { CookieDeclaration, LocalizedText } from '../core/types';
import type { UiContext } from './context';
import { button, h } from './dom';
import { trapFocus } from './focus-trap';

/** The second layer, from `createPreferencesDialog`. */
export interface PreferencesDialog {
  readonly element: HTMLElement;
  readonly open: (opener?: Element | null) => void;
  readonly close: () => void;
}

/**
 * The second layer: a modal dialog (WAI-ARIA APG dialog pattern) with one switch per category,
 * each labelled by the category's name and described by its purpose, and the cookies declared
 * for it (GDPR art. 13: name, provider, purpose, duration). It opens on the stored choices;
 * flipping a switch records nothing, only the three buttons do, and Escape or "close" leaves
 * everything as it was (EDPB 05/2020: closing is not consent).
 */
export const createPreferencesDialog = (ui: UiContext): PreferencesDialog => {
  const { consent, texts, id } = ui;
  const switches: Partial<Record<OptionalCategoryId, HTMLInputElement>> = {};
  let opener: Element | null = null;
  let release: (() => void) | undefined;

  const text = (value: string | LocalizedText | undefined): string =>
    typeof value === 'string' ? value : (value?.[ui.locale] ?? Object.values(value ?? {})[0] ?? '');

  const table = (cookies: readonly CookieDeclaration[]): HTMLTableElement =>
    h(
      'table',
      { class: 'cg-table' },
      h('caption', {}, texts.cookiesCaption),
      h('thead', {}, h('tr', {}, ...[texts.cookieName, texts.cookieProvider, texts.cookiePurpose, texts.cookieDuration].map((label) => h('th', { scope: 'col' }, label)))),
      h(
        'tbody',
        {},
        ...cookies.map((cookie) =>
          h('tr', {}, ...[typeof cookie.name === 'string' ? cookie.name : cookie.name.source, text(cookie.provider), text(cookie.purpose), text(cookie.duration)].map((cell) => h('td', {}, cell))),
        ),
      ),
    );

  const category = (category: CategoryId): HTMLElement => {
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
    if (!necessary) switches[category] = input;
    const cookies = consent.config.categories[category].cookies;
    return h(
      'div',
      { class: 'cg-category' },
      h(
        'div',
        { class: 'cg-row' },
        h('div', {}, h('label', { for: key }, texts[category]), necessary ? h('div', { id: `${key}-on`, class: 'cg-on' }, texts.alwaysOn) : ''),
        input,
      ),
      h('p', { id: `${key}-text` }, texts[`${category}Text`]),
      cookies.length > 0 ? table(cookies) : '',
    );
  };

  const close = (): void => {
    if (layer.hidden) return;
    layer.hidden = true;
    release?.();
    consent.emit('ui:close', { view: 'preferences' });
    ui.returnFocus(opener);
  };

  const decide = (record: () => void) => () => {
    ui.decide(record);
    close();
  };

  const title = h('h2', { id: `${id}-dialog`, class: 'cg-title' }, texts.dialogTitle);
  const dialog = h(
    'div',
    { class: 'cg-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': title.id, tabindex: '-1' },
    h('div', { class: 'cg-row' }, title, button(texts.close, close, 'cg-btn cg-close')),
    h('p', {}, ...ui.intro(texts.dialogText)),
    h('fieldset', {}, h('legend', { class: 'cg-sr' }, texts.categories), ...CATEGORIES.map(category)),
    h(
      'div',
      { class: 'cg-actions' },
      button(
        texts.save,
        decide(() =>
          consent.set(Object.fromEntries(Object.entries(switches).map(([id, input]) => [id, input.checked])), { source: 'preferences' }),
        ),
      ),
      button(texts.acceptAll, decide(() => consent.acceptAll({ source: 'preferences' }))),
      button(texts.rejectAll, decide(() => consent.rejectAll({ source: 'preferences' }))),
    ),
  );
  const layer = h('div', { class: 'cg-layer', hidden: true }, dialog);
  // A click on the backdrop must not take focus out of the modal dialog.
  layer.addEventListener('mousedown', (event) => {
    if (event.target === layer) event.preventDefault();
  });

  return {
    element: layer,
    close,
    open: (from) => {
      if (!layer.hidden) return;
      const { choices } = consent.get();
      for (const [category, input] of Object.entries(switches)) input.checked = choices[category as OptionalCategoryId];
      opener = from ?? document.activeElement;
      layer.hidden = false;
      release = trapFocus(dialog, close);
      dialog.focus();
      consent.emit('ui:open', { view: 'preferences' });
    },
  };
};
