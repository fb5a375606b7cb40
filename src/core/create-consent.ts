import { CATEGORIES, DENIED, isCategory, type CategoryId, type Choices, type OptionalCategoryId } from './categories';
import { isRecord } from './validate';
import { isStorage, resolveConfig, resolveEnvironment, type ConfigErrorReporter } from './config';
import { DAY_MS, decodeRecord, encodeRecord, SOURCES, type ConsentRecord } from './consent-record';
import { eraseDeclaredCookies } from './cookie-cleanup';
import { createCookieStorage } from './cookie-storage';
import { createElementGate } from './element-gate';
import { createEmitter } from './emitter';
import { syncTabs } from './tab-sync';
import { fail } from './errors';
import { freeze } from './freeze';
import { randomUuid } from './random-uuid';
import type { Consent, ConsentConfig, ConsentSource, ConsentState, ConsentStorage, DecisionOptions } from './types';

const OPTIONAL = CATEGORIES.slice(1) as readonly OptionalCategoryId[];
const UNDECIDED = { choices: DENIED, consentId: null, decidedAt: null, expiresAt: null, source: null, gpc: false };

/** Checks that every id names a category (an optional one unless `any`). */
const checkIds = (method: string, ids: readonly unknown[], any?: boolean): void => {
  if (ids.length == 0) fail(method, 'at least one category id', ids);
  for (const id of ids) {
    if (!isCategory(id) || (!any && id == 'necessary')) fail(method, (any ? CATEGORIES : OPTIONAL).join(', '), id);
  }
};

/**
 * Creates a consent instance: reads the stored decision, gates `data-consent` elements, and
 * records new decisions. On a server (no `window`) it returns an inert instance that reports
 * "not decided". Invalid configuration throws a `ConsentConfigError` naming the field.
 * @example
 * const consent = createConsent({ revision: 2, cookie: { domain: '.limburg.be' } });
 * consent.on('grant', ({ category }) => console.log(category, 'granted'));
 */
export const createConsent = (config?: ConsentConfig): Consent => startConsent(config);

/** `createConsent`, optionally reporting invalid fields and using their defaults instead of throwing. */
export const startConsent = (input: unknown, report?: ConfigErrorReporter): Consent => {
  const env = resolveEnvironment(input, report);
  const win = env.window ?? (typeof window === 'undefined' ? undefined : window);
  const doc = win?.document;
  const location = win?.location;
  const config = resolveConfig(
    input,
    { hostname: location?.hostname, https: location?.protocol === 'https:', lang: doc?.documentElement?.lang },
    report,
  );
  const now = (): number => Math.floor((env.now ?? Date.now)() / 1000) * 1000;
  const randomId = env.randomId ?? (() => randomUuid(win?.crypto));
  const emitter = createEmitter();
  const custom = (input as ConsentConfig | null)?.storage;
  // Of several cookies with the record's name, the newest valid record counts (else the first);
  // each is decoded once, and a single one not at all here.
  const newest = (values: readonly string[]): string | undefined => {
    let best = values[0];
    let bestAt = -1;
    for (const value of values.length > 1 ? values : []) {
      const at = decodeRecord(value, config.revision, now())?.decidedAt ?? -1;
      if (at > bestAt) [best, bestAt] = [value, at];
    }
    return best;
  };
  const storage: ConsentStorage | undefined = isStorage(custom) ? custom : doc && createCookieStorage(config, newest);

  const readRaw = (): string | undefined => {
    try {
      return storage?.read();
    } catch {
      return undefined;
    }
  };
  const readStored = (): ConsentRecord | undefined => decodeRecord(readRaw(), config.revision, now());

  let record = readStored();
  let stored = record !== undefined;
  const snapshot = (): ConsentState =>
    freeze({
      ...(record ?? { ...UNDECIDED, revision: config.revision, locale: config.locale }),
      decided: !!record,
      stored,
    });
  let state = snapshot();

  const allowedAll = (ids: readonly CategoryId[]): boolean => ids.every((id) => state.choices[id]);

  const gate =
    doc && config.gating
      ? createElementGate({ document: doc, MutationObserver: win?.MutationObserver, allowed: allowedAll, emit: emitter.emit })
      : undefined;

  const cleanUp = (): void => {
    try {
      // One read of the jar for all denied categories (none at all when they declare no cookies).
      const declared = OPTIONAL.filter((id) => !state.choices[id]).flatMap((id) => config.categories[id].cookies);
      eraseDeclaredCookies(doc!, location!.hostname, declared);
    } catch {
      // document.cookie throws in sandboxed frames: there are no cookies to erase there.
    }
  };

  /** Makes the current record the state, tells everyone what changed, and gates accordingly. */
  const apply = (local: boolean): void => {
    const previous = state;
    state = snapshot();
    const changed = CATEGORIES.filter((id) => previous.choices[id] !== state.choices[id]);
    emitter.emit('decision', { state, previous, remote: !local });
    for (const category of changed) emitter.emit(state.choices[category] ? 'grant' : 'deny', { category, state });
    gate?.update();
    cleanUp();
    if (local) tabs?.notify();
    if (config.reloadOnWithdraw && changed.some((id) => !state.choices[id] && gate?.ran(id))) {
      // A script that ran cannot be un-run: a fresh page view is the only way to stop it.
      location?.reload();
    }
  };

  const persist = (next: ConsentRecord | undefined): void => {
    const value = next && encodeRecord(next);
    let problem: unknown;
    try {
      if (value) storage?.write(value);
      else storage?.remove();
    } catch (error) {
      problem = error;
    }
    stored = value !== undefined && problem === undefined && readRaw() === value;
    if (value && !stored) {
      // The choice still holds for this page view: the visitor is not asked twice.
      emitter.emit('error', {
        code: 'storage',
        message: 'the consent cookie could not be stored; the choice holds for this page view only',
        cause: problem,
      });
    }
  };

  const decide = (method: string, requested: Partial<Record<OptionalCategoryId, boolean>>, explicit: boolean, options: DecisionOptions | undefined): ConsentState => {
    const source: ConsentSource = options?.source ?? 'api';
    if (!SOURCES.includes(source)) fail(method, `options.source to be one of ${SOURCES.join(', ')}`, source);
    if (!doc) return state;
    const signal = config.gpc && (win?.navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
    const choices = { ...DENIED, ...requested };
    // GPC is a refusal only: "accept all" does not override it; switching advertising on does.
    if (signal && !explicit) choices.advertising = false;
    const decidedAt = now();
    record = freeze({
      consentId: state.consentId ?? randomId(),
      revision: config.revision,
      decidedAt,
      expiresAt: decidedAt + config.cookie.expires * DAY_MS,
      choices: freeze(choices) as Choices,
      source,
      locale: config.locale,
      gpc: signal,
    });
    persist(record);
    apply(true);
    return state;
  };

  const reread = (): void => {
    const next = readStored();
    const same = next && record ? encodeRecord(next) === encodeRecord(record) : next === record;
    // A choice that could not be stored lives in this tab only; an empty jar must not undo it.
    if (same || (!next && !stored)) return;
    record = next;
    stored = next !== undefined;
    apply(false);
  };

  const tabs = doc && config.crossTab ? syncTabs(win!, `consent-gate:${config.cookie.name}`, reread) : undefined;

  const instance: Consent = {
    allowed: (...ids) => {
      checkIds('allowed()', ids, true);
      return allowedAll(ids);
    },
    acceptAll: (options) => decide('acceptAll()', { functional: true, performance: true, advertising: true }, false, options),
    rejectAll: (options) => decide('rejectAll()', {}, false, options),
    grant: (categories, options) => {
      const ids: readonly unknown[] = Array.isArray(categories) ? categories : [categories];
      checkIds('grant()', ids);
      const next: Partial<Record<OptionalCategoryId, boolean>> = {};
      for (const id of OPTIONAL) next[id] = state.choices[id] || ids.includes(id);
      return decide('grant()', next, ids.includes('advertising'), options);
    },
    set: (choices, options) => {
      if (!isRecord(choices)) fail('set()', 'an object like { functional: true }', choices);
      for (const [id, value] of Object.entries(choices)) {
        // "necessary" is always granted: { necessary: true } is fine, false is not.
        if (id != 'necessary' || value !== true) checkIds('set()', [id]);
        if (typeof value != 'boolean') fail('set()', `${id} to be true or false`, value);
      }
      return decide('set()', choices, choices.advertising === true, options);
    },
    reset: () => {
      if (!doc) return state;
      const had = record;
      record = undefined;
      persist(undefined);
      if (had) apply(true);
      return state;
    },
    get: () => state,
    get state() {
      return state;
    },
    config,
    on: emitter.on,
    once: emitter.once,
    emit: emitter.emit,
    allowOnce: (element) => {
      if (!element?.matches?.('[data-consent]')) fail('allowOnce()', 'an element with data-consent', element);
      gate?.allowOnce(element);
    },
    destroy: () => {
      gate?.stop();
      tabs?.stop();
      emitter.clear();
    },
  };

  if (doc) {
    cleanUp();
    gate?.start();
  }
  return instance;
};
