import { startConsent } from './core/create-consent';
import { googleConsentMode } from './integrations/google-consent-mode/google-consent-mode';
import { embedPlaceholders, type PlaceholderOptions } from './integrations/placeholders/placeholders';
import { ConsentConfigError } from './core/errors';
import { LOCALE_EXPECTED, matchLocale, pickLocale } from './core/locale';
import { isRecord } from './core/validate';
import type { Consent } from './core/types';
import { startUi, type UiHandle } from './ui/mount';
import type { UiLocales } from './ui/texts';
import { readPageConfig, report, splitPageConfig } from './page-config';

/** `window.ConsentGate`: the consent instance plus the controls of the default UI. */
export type ConsentGateGlobal = Consent & Pick<UiHandle, 'showBanner' | 'showPreferences' | 'hide'>;

/**
 * Starts everything a script-tag page gets: reads the tag's data attributes and the optional
 * `<script type="application/json" data-consent-gate-config>`, starts the core (gating), mounts
 * the UI with `locales`, and exposes both as `window.ConsentGate`. Invalid configuration is
 * logged with the field it concerns and the field's safe default is used instead: nothing is
 * granted that the visitor did not grant, and the banner still shows.
 */
export const startEmbed = (locales: UiLocales, placeholderTexts: PlaceholderOptions['locales']): void => {
  if (typeof window === 'undefined' || typeof document === 'undefined') return;
  const global = window as { ConsentGate?: ConsentGateGlobal };
  if (global.ConsentGate) {
    console.warn('consent-gate: the script is included twice; the second copy does nothing');
    return;
  }
  const tag = document.currentScript ?? document.querySelector('script[src*="consent-gate"]');
  const { core, ui, integrations } = splitPageConfig(readPageConfig(document, tag));
  const onError = (error: Error): void => report(`${error.message}; using its default`);
  /** Starts an optional part; a bad option is logged and the part left out, never the banner. */
  const optional = (start: () => void): void => {
    try {
      start();
    } catch (error) {
      report(`${(error as Error).message}; left out`);
    }
  };
  const settings = (value: unknown): object => (isRecord(value) ? value : {});

  // The record names the language the visitor is addressed in: always one this build has texts
  // for (a one-locale build speaks it to everyone), also when data-lang is invalid.
  const requested = matchLocale(typeof core.locale == 'string' ? core.locale : undefined);
  if (core.locale !== undefined && !requested) onError(new ConsentConfigError('locale', LOCALE_EXPECTED, core.locale));
  core.locale = pickLocale(locales, requested, document.documentElement.lang);

  const consent = startConsent(core, onError);
  // Before any gated Google tag can run: gated scripts start after this task at the earliest.
  const gcm = integrations.googleConsentMode;
  if (gcm !== undefined && gcm !== false) optional(() => googleConsentMode(consent, settings(gcm)));
  // The stylesheet shipped next to this script, for browsers without adoptedStyleSheets.
  const src = tag instanceof HTMLScriptElement && tag.src ? tag.src : undefined;
  const handle = startUi(consent, { ...ui, locales }, onError, src && new URL('consent-gate.css', src).href);
  const placeholders = integrations.placeholders;
  if (placeholders !== false) {
    optional(() =>
      embedPlaceholders(consent, {
        locale: consent.config.locale,
        openPreferences: (opener) => handle.showPreferences(opener),
        ...settings(placeholders),
        locales: placeholderTexts,
      }),
    );
  }
  const destroy = consent.destroy;
  global.ConsentGate = Object.assign(consent, {
    showBanner: handle.showBanner,
    showPreferences: handle.showPreferences,
    hide: handle.hide,
    destroy: () => {
      handle.destroy();
      destroy();
    },
  });
};
