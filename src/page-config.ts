/** Reads the script tag's configuration from the page. */

import { isRecord } from './core/validate';

type Json = Record<string, unknown>;

/**
 * Data attributes of the script tag, where they go in the configuration, and whether their text
 * is read as a number/boolean (`data-revision="3"`) or kept as it is (`data-controller="3M"`).
 */
const ATTRIBUTES: ReadonlyArray<readonly [attribute: string, path: readonly string[], raw?: true]> = [
  ['data-revision', ['revision']],
  ['data-lang', ['locale']],
  ['data-cookie-name', ['cookie', 'name']],
  ['data-cookie-domain', ['cookie', 'domain']],
  ['data-cookie-path', ['cookie', 'path']],
  ['data-cookie-expires', ['cookie', 'expires']],
  ['data-cookie-same-site', ['cookie', 'sameSite']],
  ['data-reload-on-withdraw', ['reloadOnWithdraw']],
  ['data-gpc', ['gpc']],
  ['data-policy-url', ['policyUrl'], true],
  ['data-controller', ['controller'], true],
  ['data-floating-button', ['floatingButton']],
  ['data-styles', ['styles']],
  ['data-google-consent-mode', ['googleConsentMode']],
  ['data-placeholders', ['placeholders']],
];

/** Fields that configure the default UI, and the integrations, rather than the core. */
const UI_KEYS = ['policyUrl', 'controller', 'texts', 'floatingButton', 'styles'];
const INTEGRATION_KEYS = ['googleConsentMode', 'placeholders'];

/** Attribute text to the value a config field expects: numbers and booleans where they read as such. */
const parseAttribute = (text: string): unknown =>
  /^\d+(\.\d+)?$/.test(text) ? Number(text) : text === 'true' ? true : text === 'false' ? false : text;

export const report = (message: string, cause?: unknown): void =>
  console.error(message.replace(/^(consent-gate: )?/, 'consent-gate: '), ...(cause ? [cause] : []));

const readJsonConfig = (document: Document): Json => {
  const element = document.querySelector('script[type="application/json"][data-consent-gate-config]');
  if (!element) return {};
  try {
    const parsed: unknown = JSON.parse(element.textContent ?? '');
    if (isRecord(parsed)) return parsed as Json;
    report('invalid config "data-consent-gate-config": expected a JSON object, received something else; using defaults');
  } catch (cause) {
    report('invalid config "data-consent-gate-config": expected valid JSON; using defaults', cause);
  }
  return {};
};

/** Merges the JSON config with the tag's attributes; an attribute wins over the JSON. */
export const readPageConfig = (document: Document, tag: Element | null): Json => {
  const config = readJsonConfig(document);
  for (const [attribute, path, raw] of ATTRIBUTES) {
    const text = tag?.getAttribute(attribute);
    if (text === null || text === undefined) continue;
    let target = config;
    for (const key of path.slice(0, -1)) {
      const next = target[key];
      target = target[key] = isRecord(next) ? { ...next } : {};
    }
    const key = path[path.length - 1]!;
    const value = raw ? text : parseAttribute(text);
    // data-google-consent-mode="true" switches on what the JSON block may configure in detail.
    if (value !== true || typeof target[key] != 'object' || target[key] === null) target[key] = value;
  }
  return config;
};

/** Splits the page's configuration into the core's, the UI's and the integrations'. */
export const splitPageConfig = (config: Json): { core: Json; ui: Json; integrations: Json } => {
  const parts: { core: Json; ui: Json; integrations: Json } = { core: {}, ui: {}, integrations: {} };
  for (const [key, value] of Object.entries(config)) {
    const part = UI_KEYS.includes(key) ? 'ui' : INTEGRATION_KEYS.includes(key) ? 'integrations' : 'core';
    parts[part][key] = value;
  }
  return parts;
};
