import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord, type ConsentRecord } from '../../../src/core/consent-record';

const decidedAt = Date.UTC(2026, 10, 29, 9, 0, 0);
const record: ConsentRecord = {
  consentId: '0b8e5c1e-7a51-4f0e-9f43-2d6c1a9b7e10',
  revision: 3,
  decidedAt,
  expiresAt: decidedAt + 182 * 86_400_000,
  choices: { necessary: true, functional: true, performance: false, advertising: true },
  source: 'preferences',
  locale: 'fr',
  gpc: false,
};
const value = encodeRecord(record);
const later = decidedAt + 60_000;

describe('the consent record', () => {
  it('reads back exactly what was written', () => {
    expect(decodeRecord(value, 3, later)).toEqual(record);
  });

  it('encodes the example documented in the README', () => {
    expect(value).toBe('1.0b8e5c1e-7a51-4f0e-9f43-2d6c1a9b7e10.3.tp9ac0.tymbo0.1101.preferences.fr.0.1m8dw8n');
    expect(value).toHaveLength(84);
  });

  it('is compact cookie-safe ASCII, far under the 4096-byte cookie limit', () => {
    expect(value).toMatch(/^[\w.-]+$/);
    expect(value.length).toBeLessThan(120);
  });

  it('holds every field needed to prove consent, and nothing about the visitor', () => {
    const fields = value.split('.');
    expect(fields).toHaveLength(10);
    expect(fields.slice(0, 3)).toEqual(['1', record.consentId, '3']);
    expect(fields.slice(5, 9)).toEqual(['1101', 'preferences', 'fr', '0']);
  });

  it('means "not decided" once it has expired', () => {
    expect(decodeRecord(value, 3, record.expiresAt - 1000)).toBeDefined();
    expect(decodeRecord(value, 3, record.expiresAt)).toBeUndefined();
  });

  it('means "not decided" when its decision lies more than a day ahead of the clock', () => {
    expect(decodeRecord(value, 3, decidedAt - 86_400_000)).toBeDefined();
    expect(decodeRecord(value, 3, decidedAt - 86_400_000 - 1000)).toBeUndefined();
  });

  it('means "not decided" for another policy revision', () => {
    expect(decodeRecord(value, 4, later)).toBeUndefined();
    expect(decodeRecord(value, 2, later)).toBeUndefined();
  });

  const crcOf = (text: string): string => {
    let c = -1;
    for (let i = 0; i < text.length; i++) {
      c ^= text.charCodeAt(i);
      for (let b = 0; b < 8; b++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ((c ^ -1) >>> 0).toString(36);
  };
  /** A record with one field replaced and a valid checksum, as a careful forger would write it. */
  const resealed = (index: number, text: string): string => {
    const fields = value.split('.').slice(0, 9);
    fields[index] = text;
    const body = fields.join('.');
    return `${body}.${crcOf(body)}`;
  };
  const decidedField = value.split('.')[3]!;

  it('accepts a resealed record whose fields are all valid (so the cases below fail for their field)', () => {
    expect(decodeRecord(resealed(7, 'nl'), 3, later)?.locale).toBe('nl');
  });

  const unreadable: Array<[what: string, input: unknown]> = [
    ['nothing', undefined],
    ['an empty string', ''],
    ['a number', 42],
    ['an object', { choices: 'all' }],
    ['JSON', JSON.stringify(record)],
    ['a truncated value', value.slice(0, -3)],
    ['a value cut at a separator', value.slice(0, value.lastIndexOf('.'))],
    ['a value with an extra field', `${value}.1`],
    ['a granted category flipped without resealing', value.replace('.1101.', '.1111.')],
    ['a revision changed without resealing', value.replace('.3.', '.4.')],
    ['a percent-encoded value', encodeURIComponent(value).replace(/\./g, '%2E')],
    ['an oversized value', `${value}${'x'.repeat(5000)}`],
    ['a future format version', resealed(0, '2')],
    ['format version 0', resealed(0, '0')],
    ['necessary denied', resealed(5, '0111')],
    ['three categories only', resealed(5, '111')],
    ['five categories', resealed(5, '11111')],
    ['an unknown source', resealed(6, 'wall')],
    ['an unknown locale', resealed(7, 'es')],
    ['a consent id with markup', resealed(1, '<script>')],
    ['an expiry before the decision', resealed(4, (parseInt(decidedField, 36) - 1).toString(36))],
    ['an expiry over 400 days after the decision', resealed(4, Math.floor((decidedAt + 401 * 86_400_000) / 1000).toString(36))],
    ['a gpc flag that is not 0 or 1', resealed(8, '2')],
  ];

  it.each(unreadable)('reads %s as "not decided"', (_what, input) => {
    expect(decodeRecord(input, 3, later)).toBeUndefined();
  });

  it('detects any single changed byte', () => {
    for (let index = 0; index < value.length; index++) {
      for (const replacement of ['0', '1', 'a', '.', '-', 'z']) {
        if (value[index] === replacement) continue;
        const tampered = value.slice(0, index) + replacement + value.slice(index + 1);
        expect(decodeRecord(tampered, 3, later), tampered).toBeUndefined();
      }
    }
  });

  it('never throws and never grants anything for 10,000 generated cookie values', () => {
    const near = fc.constantFrom(...value.split('.'));
    const arbitrary = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.oneof(near, fc.string({ maxLength: 12 })), { minLength: 8, maxLength: 11 }).map((parts) => parts.join('.')),
      fc.tuple(fc.nat({ max: value.length - 1 }), fc.string({ minLength: 1, maxLength: 3 })).map(
        ([at, text]) => value.slice(0, at) + text + value.slice(at + text.length),
      ),
    );
    fc.assert(
      fc.property(arbitrary, (input) => {
        fc.pre(input !== value);
        const decoded = decodeRecord(input, 3, later);
        // Whatever decodes must be a record that this code wrote: re-encoding gives the same bytes.
        return decoded === undefined || encodeRecord(decoded) === input;
      }),
      { numRuns: 10_000 },
    );
    // Ten thousand runs take about a second alone; leave room for a busy machine.
  }, 30_000);
});
