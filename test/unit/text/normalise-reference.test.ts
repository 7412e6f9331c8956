import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalise, toOriginalSpan, type NormalisedText } from '../../../src/pipeline/text/normalise.ts';
import {
  CARRIAGE_RETURN,
  DELETE,
  EXPANSION,
  EXPANSIONS,
  FOLD_TABLE,
  NEWLINE,
  SURROGATE,
} from '../../../src/pipeline/text/fold-table.ts';

/**
 * The documented folding written the slow and obvious way: each unit through the table into an
 * array of [character, original index] pairs, then whitespace runs collapsed (a run with one line
 * break becomes '\n', with two or more '\n\n', otherwise ' '; the run's characters map to its first
 * whitespace unit).
 */
function reference(original: string): { text: string; map: number[] } {
  const units: [string, number][] = [];
  for (let index = 0; index < original.length; index++) {
    const code = original.charCodeAt(index);
    const value = FOLD_TABLE[code] as number;
    if (value === DELETE) continue;
    if (value === NEWLINE || value === CARRIAGE_RETURN) {
      if (code === 10 && original.charCodeAt(index - 1) === 13) continue;
      units.push(['\n', index]);
    } else if (value === SURROGATE) {
      const next = original.charCodeAt(index + 1);
      if (code < 0xdc00 && next >= 0xdc00 && next <= 0xdfff) {
        units.push([String.fromCharCode(code), index], [String.fromCharCode(next), index + 1]);
        index++;
      } else units.push(['\ufffd', index]);
    } else if (value === EXPANSION) {
      for (const character of EXPANSIONS[code] ?? '') units.push([character, index]);
    } else units.push([String.fromCharCode(value), index]);
  }
  let text = '';
  const map: number[] = [];
  for (let at = 0; at < units.length;) {
    const [character, index] = units[at] as [string, number];
    if (character !== ' ' && character !== '\n') {
      text += character;
      map.push(index);
      at++;
      continue;
    }
    let breaks = 0;
    let end = at;
    while (end < units.length && (units[end]?.[0] === ' ' || units[end]?.[0] === '\n')) {
      if (units[end]?.[0] === '\n') breaks++;
      end++;
    }
    const run = breaks === 0 ? ' ' : breaks === 1 ? '\n' : '\n\n';
    for (const piece of run) {
      text += piece;
      map.push(index);
    }
    // A paragraph break's second '\n' comes from the run's second line break.
    if (breaks >= 2) {
      let seen = 0;
      for (let scan = at; scan < end; scan++) {
        if (units[scan]?.[0] === '\n' && ++seen === 2)
          map[map.length - 1] = (units[scan] as [string, number])[1];
      }
    }
    at = end;
  }
  map.push(original.length);
  return { text, map };
}

/** The original span of [start, end), read straight from a full offset map. */
function referenceSpan(map: readonly number[], start: number, end: number): { start: number; end: number } {
  const last = map.length - 1;
  const from = Math.max(0, Math.min(last, start));
  const to = Math.max(from, Math.min(last, end));
  if (to === from) return { start: map[from] as number, end: map[from] as number };
  let next = to;
  while (next < last && (map[next] as number) <= (map[to - 1] as number)) next++;
  return { start: map[from] as number, end: map[next] as number };
}

const pieces = fc.constantFrom(
  'سرت',
  'بالزاوية',
  'وللغارة',
  'مدينة',
  'طـــرابلس',
  'ونُفذَ',
  'مسلّحاً',
  'أ',
  'إ',
  'آ',
  'ة',
  'ى',
  'ؤ',
  'ئ',
  '١٩',
  '۴۰',
  '٫',
  'ﻻ',
  'ﷲ',
  'ﬁ',
  'Tripoli',
  "LIBYA'S",
  'Libya’s',
  'Émile',
  'İ',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\n',
  '\r\n',
  '\r',
  '\n\n\n',
  ' \n ',
  '\u2028',
  '\u200b',
  '\u200f',
  '\u00ad',
  '🇱🇾',
  '\ud800',
  '\udc00',
  '.',
  '،',
  '-',
);
const mixed = fc
  .array(fc.oneof(pieces, pieces, pieces, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

function agrees(original: string): void {
  const expected = reference(original);
  const actual: NormalisedText = normalise(original);
  expect(actual.text).toBe(expected.text);
  expect(Array.from(actual.toOriginal)).toEqual(expected.map);
}

describe('normalise agrees with a character-by-character reference', () => {
  it('on Arabic news copy with diacritics, tatweel, hamza forms and Eastern digits', () => {
    agrees('قُتل ١٩ شخصاً في غارةٍ جوّية على مدينة طـــرابلس، وأُصيب ۴۰ آخرون.');
  });

  it('on English wire copy with capitals, curly apostrophes and a dateline', () => {
    agrees('TRIPOLI, Libya (Reuters) -  Libya’s GNA said   on Sunday...\r\n\r\nMore.');
  });

  it('on clitics glued to names and a paragraph of blank lines', () => {
    agrees('وبالزاوية وللغارة لسرت\n \n\t\nفالبيضاء');
  });

  it('on ligatures, emoji and lone surrogates', () => {
    agrees('ﻻ ﷲ ﬁghters 🇱🇾 a\ud800b \udc00');
  });

  it('on random mixtures of all of these', () => {
    fc.assert(
      fc.property(mixed, (original) => agrees(original)),
      { numRuns: 1500 },
    );
  });

  it('maps every span to the same original span as the full offset map does', () => {
    fc.assert(
      fc.property(mixed, fc.nat(), fc.nat(), (original, a, b) => {
        const n = normalise(original);
        const { map } = reference(original);
        const start = a % (n.text.length + 2);
        const end = b % (n.text.length + 2);
        expect(toOriginalSpan(n, start, end)).toEqual(referenceSpan(map, start, end));
      }),
      { numRuns: 1500 },
    );
  });

  it('reads spans the same from a plain object holding only the offset map', () => {
    const n = normalise('مدينة   طـــرابلس ﻻ');
    const plain: NormalisedText = { text: n.text, toOriginal: n.toOriginal };
    for (let start = 0; start <= n.text.length; start++)
      for (let end = start; end <= n.text.length; end++)
        expect(toOriginalSpan(plain, start, end)).toEqual(toOriginalSpan(n, start, end));
  });

  it('agrees on a text long enough to need several runs of the offset map', () => {
    agrees('الأممُ  المتحدة ﻻ\r\n'.repeat(3000));
  });
});
