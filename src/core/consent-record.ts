import { CATEGORIES, type Choices } from './categories';
import { freeze } from './freeze';
import { LOCALES } from './locale';
import type { ConsentSource } from './types';

/**
 * The consent record as stored in the cookie: ten fields joined by ".", all of them cookie-safe
 * ASCII, so the value needs no percent-encoding and stays near 100 bytes:
 *
 *   1.<consent id>.<revision>.<decided>.<expires>.<choices>.<source>.<locale>.<gpc>.<crc>
 *
 * `decided` and `expires` are seconds since the epoch in base 36; `choices` is one digit per
 * category in CATEGORIES order (1 granted, 0 denied); `gpc` is 1 when a Global Privacy Control
 * signal kept advertising denied; `crc` is the CRC-32 (base 36) of everything before it. The CRC
 * catches any changed, lost or added byte; it is an integrity check, not a signature (a script
 * in the page cannot keep a secret), so the record proves what this browser stored, nothing more.
 */
export interface ConsentRecord {
  readonly consentId: string;
  readonly revision: number;
  /** Milliseconds since the epoch, rounded down to whole seconds. */
  readonly decidedAt: number;
  /** Milliseconds since the epoch, rounded down to whole seconds. */
  readonly expiresAt: number;
  readonly choices: Choices;
  readonly source: ConsentSource;
  readonly locale: string;
  readonly gpc: boolean;
}

/** The record format this code writes and reads; any other version reads as "not decided". */
const FORMAT_VERSION = '1';

export const SOURCES: readonly ConsentSource[] = ['banner', 'preferences', 'api', 'placeholder', 'gpc'];
/** A day in milliseconds. */
export const DAY_MS = 86_400_000;
const MAX_AGE_MS = 400 * DAY_MS;
// The whole format as one pattern: the body (version, id, revision, decided, expires, choices,
// source, locale, gpc), then its CRC. The revision and CRC must also equal what is expected, so
// whatever passes stays far under the cookie size limit.
const SECONDS = '([0-9a-z]{1,9})';
const RECORD = new RegExp(
  `^(${FORMAT_VERSION}\\.([\\w-]{8,64})\\.(\\d+)\\.${SECONDS}\\.${SECONDS}\\.(1[01]{3})\\.(${SOURCES.join('|')})\\.(${LOCALES.join('|')})\\.([01]))\\.(\\w+)$`,
);

/** CRC-32 (IEEE 802.3 polynomial), in base 36. */
const crc32 = (text: string): string => {
  let crc = -1;
  for (let i = 0; i < text.length; i++) {
    crc ^= text.charCodeAt(i);
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ((crc ^ -1) >>> 0).toString(36);
};

const seconds = (ms: number): string => Math.floor(ms / 1000).toString(36);

/** Serialises a record into the cookie value. */
export const encodeRecord = (record: ConsentRecord): string => {
  const body = [
    FORMAT_VERSION,
    record.consentId,
    record.revision,
    seconds(record.decidedAt),
    seconds(record.expiresAt),
    CATEGORIES.map((id) => (record.choices[id] ? 1 : 0)).join(''),
    record.source,
    record.locale,
    record.gpc ? 1 : 0,
  ].join('.');
  return `${body}.${crc32(body)}`;
};

/**
 * Reads a cookie value back. Anything it cannot prove (missing, corrupt, changed, another format
 * version, another revision, expired) gives `undefined`, which means "not decided". Never throws.
 */
export const decodeRecord = (value: unknown, revision: number, now: number): ConsentRecord | undefined => {
  const [, body, consentId, rev, decided, expires, choices, source, locale, gpc, crc] =
    (typeof value == 'string' && RECORD.exec(value)) || [];
  // Past this line the pattern matched, so every field below is a string.
  if (rev != String(revision) || crc != crc32(body!)) return undefined;
  const decidedAt = parseInt(decided!, 36) * 1000;
  const expiresAt = parseInt(expires!, 36) * 1000;
  // A decision dated more than a day ahead of this clock was not made by it (a day allows for a
  // clock corrected since); neither was one that outlives the browsers' 400-day cookie limit.
  if (decidedAt > now + DAY_MS || expiresAt <= decidedAt || expiresAt - decidedAt > MAX_AGE_MS || now >= expiresAt) return undefined;
  return freeze({
    consentId: consentId!,
    revision,
    decidedAt,
    expiresAt,
    choices: freeze(Object.fromEntries(CATEGORIES.map((id, index) => [id, choices![index] == '1']))) as Choices,
    source: source as ConsentSource,
    locale: locale!,
    gpc: gpc == '1',
  });
};
