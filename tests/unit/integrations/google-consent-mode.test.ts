// @vitest-environment-options {"url": "https://www.limburg.be/"}
import { afterEach, describe, expect, it } from 'vitest';
import { createConsent, type Consent, type OptionalCategoryId } from '../../../src/core';
import { googleConsentMode } from '../../../src/integrations/google-consent-mode';
import { clearCookies } from '../core/helpers';

type Layer = { dataLayer?: IArguments[] };
const entries = (): unknown[][] => ((window as Layer).dataLayer ?? []).map((args) => Array.from(args));
const consents: Consent[] = [];
const start = (): Consent => {
  const consent = createConsent({ reloadOnWithdraw: false });
  consents.push(consent);
  return consent;
};

afterEach(() => {
  for (const consent of consents.splice(0)) consent.destroy();
  delete (window as Layer).dataLayer;
  clearCookies();
});

const denied = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};

describe('Google Consent Mode v2', () => {
  it('pushes the default first, every type denied but security storage, as gtag does (Arguments objects)', () => {
    googleConsentMode(start());
    const layer = (window as Layer).dataLayer!;
    expect(Object.prototype.toString.call(layer[0])).toBe('[object Arguments]');
    expect(entries()).toEqual([['consent', 'default', denied]]);
  });

  it('keeps what was already in dataLayer and adds wait_for_update, region and the optional settings', () => {
    (window as Layer).dataLayer = [];
    googleConsentMode(start(), { waitForUpdate: 500, region: ['BE', 'BE-VLI'], urlPassthrough: true, adsDataRedaction: true });
    expect(entries()).toEqual([
      ['consent', 'default', { ...denied, wait_for_update: 500, region: ['BE', 'BE-VLI'] }],
      ['set', 'url_passthrough', true],
      ['set', 'ads_data_redaction', true],
    ]);
  });

  it('re-applies a stored choice with exactly one update on page load', () => {
    start().grant('performance');
    googleConsentMode(start());
    expect(entries()).toEqual([
      ['consent', 'default', denied],
      ['consent', 'update', { ...denied, analytics_storage: 'granted' }],
    ]);
  });

  const combinations: Array<Partial<Record<OptionalCategoryId, boolean>>> = [];
  for (let bits = 0; bits < 8; bits++) {
    combinations.push({ functional: !!(bits & 1), performance: !!(bits & 2), advertising: !!(bits & 4) });
  }

  it.each(combinations)('maps %o to the consent types', (choices) => {
    const consent = start();
    googleConsentMode(consent);
    consent.set(choices);
    const status = (on: boolean | undefined) => (on ? 'granted' : 'denied');
    expect(entries()).toEqual([
      ['consent', 'default', denied],
      [
        'consent',
        'update',
        {
          ad_storage: status(choices.advertising),
          ad_user_data: status(choices.advertising),
          ad_personalization: status(choices.advertising),
          analytics_storage: status(choices.performance),
          functionality_storage: status(choices.functional),
          personalization_storage: status(choices.functional),
          security_storage: 'granted',
        },
      ],
    ]);
  });

  it('sends one update per decision, and denied again on withdrawal', () => {
    const consent = start();
    googleConsentMode(consent);
    consent.acceptAll();
    consent.rejectAll();
    const updates = entries().filter(([, kind]) => kind === 'update');
    expect(updates).toHaveLength(2);
    expect(updates[1]![2]).toEqual(denied);
  });

  it('takes a mapping override per type', () => {
    const consent = start();
    googleConsentMode(consent, { mapping: { personalization_storage: 'advertising' } });
    consent.set({ functional: true });
    expect(entries()[1]![2]).toMatchObject({ functionality_storage: 'granted', personalization_storage: 'denied' });
  });

  it('stops when disconnected', () => {
    const consent = start();
    const disconnect = googleConsentMode(consent);
    disconnect();
    consent.acceptAll();
    expect(entries()).toHaveLength(1);
  });

  it.each([
    [{ waitForUpdate: -1 }, /"waitForUpdate": expected a whole number of milliseconds, received -1/],
    [{ region: 'BE' }, /"region": expected an array of ISO 3166-2 codes/],
    [{ region: ['belgium'] }, /"region"/],
    [{ mapping: { ad_storage: 'marketing' } }, /"mapping.ad_storage": expected a category id, received "marketing"/],
    [{ mapping: { analytics: 'performance' } }, /"mapping.analytics": expected a consent type/],
    [{ urlPassthrough: 'yes' }, /"urlPassthrough": expected true or false/],
    [{ waitForUpdate: () => 500 }, /"waitForUpdate": expected a whole number of milliseconds, received a function$/],
    [{ mapping: null }, /"mapping": expected an object of consent types and category ids, received null/],
    [{ mode: 'advanced' }, /"mode": expected one of mapping/],
  ])('rejects invalid options %o with a message naming the option', (options, message) => {
    expect(() => googleConsentMode(start(), options as never)).toThrow(message);
    expect(entries()).toEqual([]);
  });
});
