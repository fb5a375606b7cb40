import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core';
import { de, en, fr, nl, type Texts } from '../../../src/ui';

// Type-level proof, checked by `tsc -p tests` (npm run typecheck): every locale pack is a
// complete `Texts`, and a pack missing a key, or with a key too many, does not compile.
const complete: Record<(typeof LOCALES)[number], Record<keyof Texts, string>> = { nl, fr, de, en };
const { acceptAll: _dropped, ...withoutAcceptAll } = nl;
// @ts-expect-error a locale without "acceptAll" is not a Texts
const incomplete: Texts = withoutAcceptAll;
// @ts-expect-error a key no locale has is refused
const extra: Texts = { ...nl, acceptEverything: 'Ja' };
// @ts-expect-error every text is a string
const wrongType: Texts = { ...nl, acceptAll: 1 };
void [incomplete, extra, wrongType];

describe('the locale packs', () => {
  it('exist for every supported locale', () => {
    expect(Object.keys(complete)).toEqual([...LOCALES]);
  });

  it.each(LOCALES)('%s has every key of nl, and only those, each a non-empty text', (locale) => {
    const pack = complete[locale];
    expect(Object.keys(pack).sort()).toEqual(Object.keys(nl).sort());
    for (const text of Object.values(pack)) expect(text.trim()).not.toBe('');
  });

  it.each(LOCALES)('%s mentions the controller in the banner text', (locale) => {
    expect(complete[locale].bannerText).toContain('{controller}');
  });

  it("uses the province's own Dutch category names", () => {
    expect([nl.necessary, nl.functional, nl.performance, nl.advertising]).toEqual([
      'Strikt noodzakelijke cookies',
      'Functionaliteitscookies',
      'Prestatiecookies',
      'Online surfgedrag gebaseerde reclame cookies',
    ]);
  });

  it.each([
    [nl, 'Alles accepteren', 'Alles weigeren', 'Instellingen', 'Keuze opslaan'],
    [fr, 'Tout accepter', 'Tout refuser', 'Paramètres', 'Enregistrer mes choix'],
    [de, 'Alle akzeptieren', 'Alle ablehnen', 'Einstellungen', 'Auswahl speichern'],
    [en, 'Accept all', 'Reject all', 'Settings', 'Save choices'],
  ])('names the buttons as agreed (%#)', (pack, acceptAll, rejectAll, settings, save) => {
    expect(pack).toMatchObject({ acceptAll, rejectAll, settings, save });
  });
});
