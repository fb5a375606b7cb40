import { fail } from '../core/errors';
import { matchLocale, pickLocale } from '../core/locale';
import type { Consent } from '../core/types';
import { createBanner } from './banner';
import type { UiContext } from './context';
import { h } from './dom';
import { resolveUiOptions, textsFor, type ResolvedUiOptions, type UiErrorReporter, type UiOptions } from './options';
import { createPreferencesDialog } from './preferences-dialog';
import { applyStyles } from './styles';

/**
 * Controls a mounted UI, from `mountUi`.
 * @example
 * const ui = mountUi(consent, { locales: { nl } }); ui.showPreferences();
 */
export interface UiHandle {
  /** Shows the first layer, also after a decision. */
  showBanner(): void;
  /**
   * Opens the preferences dialog on the stored choices; focus returns to `opener` (default: the
   * focused element) when it closes. Given an event (as a listener), its `currentTarget` is the opener.
   */
  showPreferences(opener?: Element | Event | null): void;
  /** Hides the banner and closes the dialog without recording anything. */
  hide(): void;
  /** Removes the UI, its styles and its listeners. */
  destroy(): void;
}

let mounted = 0;

/** Whether a value is a DOM node (without `instanceof`, which needs a DOM to exist). */
const isNode = (value: unknown): value is Node => typeof (value as Node | null)?.nodeType == 'number';

/** Whether an element can take focus where it is: in the page and not hidden. */
const shown = (element: Element | null | false | undefined): element is HTMLElement =>
  element instanceof HTMLElement && element != document.body && element.isConnected && !element.closest('[hidden]');

/**
 * Mounts the default UI on a consent instance: the banner while no decision exists, the
 * preferences dialog on request and on every click on a `[data-consent-open]` element (present
 * now or added later). Invalid options throw a `UiConfigError` naming the field. On a server
 * it returns a handle that does nothing; before `<body>` exists it waits for it.
 * @example
 * import { createConsent } from 'consent-gate';
 * import { mountUi, nl, fr } from 'consent-gate/ui';
 * const ui = mountUi(createConsent(), { locales: { nl, fr }, policyUrl: '/privacy' });
 */
export const mountUi = (consent: Consent, options: UiOptions): UiHandle => startUi(consent, options);

/** `mountUi`, optionally reporting invalid options and using their defaults instead of throwing. */
export const startUi = (consent: Consent, input: unknown, report?: UiErrorReporter, stylesFallback?: string): UiHandle => {
  const options = resolveUiOptions(input, report);
  let ui: UiHandle | undefined;
  const queue: Array<(ui: UiHandle) => void> = [];
  const later =
    <A extends unknown[]>(call: (ui: UiHandle, ...args: A) => void) =>
    (...args: A): void => {
      if (ui) call(ui, ...args);
      else queue.push((mountedUi) => call(mountedUi, ...args));
    };
  if (typeof document !== 'undefined' && Object.keys(options.locales).length > 0) {
    const build = (): void => {
      ui = render(consent, options, stylesFallback);
      for (const call of queue.splice(0)) call(ui);
    };
    if (document.body) build();
    else document.addEventListener('DOMContentLoaded', build, { once: true });
  }
  const openLater = later((mountedUi, opener?: Element | null) => mountedUi.showPreferences(opener));
  return {
    showBanner: later((mountedUi) => mountedUi.showBanner()),
    showPreferences: (opener) => {
      // As a listener (`addEventListener('click', ui.showPreferences)`) it receives the event: the
      // control the listener is on is the opener.
      const from = typeof opener == 'object' && opener && 'currentTarget' in opener ? opener.currentTarget : opener;
      if (from != null && !isNode(from)) fail('showPreferences()', 'the element to return focus to, an event, or nothing', opener);
      openLater(from as Element | null | undefined);
    },
    hide: later((mountedUi) => mountedUi.hide()),
    destroy: later((mountedUi) => mountedUi.destroy()),
  };
};

const render = (consent: Consent, options: ResolvedUiOptions, stylesFallback: string | undefined): UiHandle => {
  const locale = pickLocale(options.locales, options.locale, consent.config.locale);
  const texts = textsFor(options, locale);
  const controller = options.controller ?? location.hostname;
  // Announced after every decision made here (WCAG 4.1.3). The region is in the page before any
  // message goes in (screen readers only watch regions they already know), and it is emptied
  // again a little later, so that the next decision is a change that gets announced too.
  const status = h('div', { class: 'cg-sr', role: 'status' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The last element of the page that had focus before the UI took it.
  let cameFrom: Element | null = null;
  let root: HTMLElement;

  const context: UiContext = {
    consent,
    texts,
    locale,
    id: `cg${++mounted}`,
    returnFocus: (preferred) => {
      if (shown(preferred)) return preferred.focus();
      // Otherwise only keyboard focus needs a new home: a click or tap leaves the page where it is.
      // With no candidate left, the browser carries on from the banner's place, the top of the page.
      if (root.contains(document.activeElement) && document.activeElement!.matches(':focus-visible')) {
        [floating, cameFrom].find(shown)?.focus();
      }
    },
    decide: (record) => {
      record();
      status.textContent = texts.saved;
      clearTimeout(timer);
      timer = setTimeout(() => (status.textContent = ''), 5000);
    },
    intro: (text) => {
      const nodes: Array<Node | string> = text.split('{controller}').flatMap((part, index) => (index > 0 ? [controller, part] : [part]));
      if (options.policyUrl) nodes.push(' ', h('a', { href: options.policyUrl, class: 'cg-link' }, texts.policyLink));
      return nodes;
    },
  };

  const preferences = createPreferencesDialog(context);
  const banner = createBanner(context, preferences.open);
  const floating =
    options.floatingButton &&
    h('button', { type: 'button', class: `cg-btn cg-float cg-${options.floatingButton}`, 'data-consent-open': true, hidden: true }, texts.dialogTitle);
  const showBanner = (visible: boolean): void => {
    if (visible) banner.show();
    else banner.hide();
    if (floating) floating.hidden = visible;
  };

  // WCAG 3.1.2: the UI says which language it speaks when the page speaks another.
  root = h(
    'div',
    { class: 'cg-root', lang: matchLocale(document.documentElement.lang) === locale ? null : locale },
    banner.element,
    preferences.element,
    status,
    floating || '',
  );
  root.addEventListener('focusin', (event) => {
    const from = event.relatedTarget as Element | null;
    if (from && !root.contains(from)) cameFrom = from;
  });
  // Delegated, so reopening controls added to the page later work too.
  const onClick = (event: MouseEvent): void => {
    const opener = (event.target as Element | null)?.closest?.('[data-consent-open]');
    if (!opener) return;
    event.preventDefault();
    preferences.open(opener);
  };
  document.addEventListener('click', onClick);
  const removeStyles = applyStyles(options.styles, stylesFallback);
  // First in <body>, so that the banner is the first stop when a keyboard user starts tabbing.
  document.body.prepend(root);
  // While the modal dialog is open the banner behind it is out of reach, for the keyboard and for
  // assistive technology alike (WAI-ARIA dialog pattern): one "Alles accepteren" at a time.
  const behindDialog = (open: boolean): void => {
    for (const element of [banner.element, floating]) {
      if (!element) continue;
      element.inert = open;
      if (open) element.setAttribute('aria-hidden', 'true');
      else element.removeAttribute('aria-hidden');
    }
  };
  const offOpen = consent.on('ui:open', ({ view }) => view == 'preferences' && behindDialog(true));
  const offClose = consent.on('ui:close', ({ view }) => view == 'preferences' && behindDialog(false));
  const off = consent.on('decision', ({ state }) => showBanner(!state.decided));
  showBanner(!consent.get().decided);

  const hide = (): void => {
    preferences.close();
    showBanner(false);
  };
  return {
    showBanner: () => showBanner(true),
    // Reached only through startUi's handle, which has turned an event into its element.
    showPreferences: (opener) => preferences.open(opener as Element | null | undefined),
    hide,
    destroy: () => {
      hide();
      off();
      offOpen();
      offClose();
      clearTimeout(timer);
      document.removeEventListener('click', onClick);
      removeStyles();
      root.remove();
    },
  };
};
