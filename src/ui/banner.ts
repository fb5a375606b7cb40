import type { UiContext } from './context';
import { button, h } from './dom';
import { reserveSpace } from './reserve-space';

/** The first layer, from `createBanner`. */
export interface Banner {
  readonly element: HTMLElement;
  readonly show: () => void;
  readonly hide: () => void;
}

/**
 * The first layer: a labelled, non-modal region (not a focus trap, no cookie wall: the page
 * stays usable) with the controller, the policy link and three buttons of one and the same
 * kind, so that refusing is as easy and as prominent as accepting (EDPB 03/2022; GBA checklist).
 */
export const createBanner = (ui: UiContext, openPreferences: (opener: HTMLElement) => void): Banner => {
  const { consent, texts } = ui;
  const title = h('h2', { id: `${ui.id}-banner`, class: 'cg-title' }, texts.bannerTitle);
  const settings = button(texts.settings, () => openPreferences(settings));
  // The decision hides the banner, and with it the button that had focus.
  const choose = (record: () => void) => (): void => {
    ui.decide(record);
    ui.returnFocus();
  };
  const element = h(
    'section',
    { class: 'cg-banner', role: 'region', 'aria-labelledby': title.id, hidden: true },
    h(
      'div',
      { class: 'cg-inner' },
      h('div', { class: 'cg-text' }, title, h('p', {}, ...ui.intro(texts.bannerText))),
      h(
        'div',
        { class: 'cg-actions' },
        button(texts.acceptAll, choose(() => consent.acceptAll({ source: 'banner' }))),
        button(texts.rejectAll, choose(() => consent.rejectAll({ source: 'banner' }))),
        settings,
      ),
    ),
  );

  let release: (() => void) | undefined;
  return {
    element,
    show: () => {
      if (!element.hidden) return;
      element.hidden = false;
      release = reserveSpace(element);
      consent.emit('ui:open', { view: 'banner' });
    },
    hide: () => {
      if (element.hidden) return;
      element.hidden = true;
      release?.();
      consent.emit('ui:close', { view: 'banner' });
    },
  };
};
