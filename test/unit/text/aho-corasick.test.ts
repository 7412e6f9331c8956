import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { AhoCorasick, createMatchList } from '../../../src/pipeline/text/aho-corasick.ts';

/** Every occurrence of every pattern, found with indexOf (a line break reads as a space). */
function reference(patterns: readonly string[], text: string): string[] {
  const readable = text.split('\n').join(' ');
  const found: string[] = [];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    for (let start = readable.indexOf(pattern); start >= 0; start = readable.indexOf(pattern, start + 1))
      found.push(`${start + pattern.length}:${index}:${pattern.length}`);
  });
  return found.sort();
}

function scanned(automaton: AhoCorasick, text: string): string[] {
  const found: string[] = [];
  automaton.scan(text, (pattern, end, length) => found.push(`${end}:${pattern}:${length}`));
  return found;
}

function collected(automaton: AhoCorasick, text: string): string[] {
  const list = createMatchList(1);
  const count = automaton.collect(text, list);
  const found: string[] = [];
  for (let index = 0; index < count; index++) {
    const pattern = list.pattern[index] as number;
    found.push(`${list.end[index] as number}:${pattern}:${automaton.lengthOf(pattern)}`);
  }
  return found;
}

function endsInOrder(found: readonly string[]): boolean {
  let previous = 0;
  for (const item of found) {
    const end = Number(item.split(':')[0]);
    if (end < previous) return false;
    previous = end;
  }
  return true;
}

/** A small alphabet, so patterns share prefixes and suffixes and overlap a lot. */
const letter = fc.constantFrom('ا', 'ل', 'ب', 'ن', 'ي', 'a', 'l', ' ', '-');
const pattern = fc.array(letter, { maxLength: 7 }).map((letters) => letters.join(''));
const textPiece = fc.oneof(letter, letter, letter, fc.constantFrom('\n', 'x', 'و', '\u0645'));
const text = fc.array(textPiece, { maxLength: 80 }).map((pieces) => pieces.join(''));

describe('AhoCorasick finds every occurrence of every pattern', () => {
  it('finds overlapping Arabic names, one inside another', () => {
    const patterns = ['بني وليد', 'وليد', 'ليد', 'بني'];
    const automaton = new AhoCorasick(patterns);
    expect(scanned(automaton, 'في بني وليد')).toEqual(['6:3:3', '11:0:8', '11:1:4', '11:2:3']);
  });

  it('matches a phrase across a line break', () => {
    const automaton = new AhoCorasick(['al watiya']);
    expect(scanned(automaton, 'near al\nwatiya base')).toEqual(['14:0:9']);
  });

  it('reports a pattern given twice under both indexes', () => {
    const automaton = new AhoCorasick(['سرت', 'سرت']);
    expect(scanned(automaton, 'سرت')).toEqual(['3:0:3', '3:1:3']);
  });

  it('ignores empty patterns and finds nothing in empty text', () => {
    const automaton = new AhoCorasick(['', 'ab']);
    expect(scanned(automaton, '')).toEqual([]);
    expect(scanned(automaton, 'xab')).toEqual(['3:1:2']);
  });

  it('scans only the range it is given', () => {
    const automaton = new AhoCorasick(['ab']);
    expect(scanned(automaton, 'ab ab ab')).toHaveLength(3);
    const found: number[] = [];
    automaton.scan('ab ab ab', (_pattern, end) => found.push(end), 2, 6);
    expect(found).toEqual([5]);
  });

  it('agrees with indexOf on random patterns and texts, for every memory budget', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 14 }), text, (patterns, sample) => {
        const expected = reference(patterns, sample);
        for (const budget of [0, 12, 40, 1 << 22]) {
          const automaton = new AhoCorasick(patterns, budget);
          const found = scanned(automaton, sample);
          expect([...found].sort()).toEqual(expected);
          expect(endsInOrder(found)).toBe(true);
          expect(collected(automaton, sample)).toEqual(found);
        }
      }),
      { numRuns: 700 },
    );
  });

  it('agrees with indexOf over many long names sharing their first letters', () => {
    const names: string[] = [];
    const stems = ['بن', 'ال', 'سي', 'wa', 'al '];
    for (const stem of stems)
      for (const middle of ['ا', 'ل', 'ر', 'ي', 'ن'])
        for (const ending of ['ه', 'ي', 'ات', 'ون', ' ب']) names.push(stem + middle + ending);
    const sample = names.join(' و').repeat(3) + ' البني ال سيرون wa alنه';
    const expected = reference(names, sample);
    for (const budget of [0, 50, 400, 1 << 22]) {
      const automaton = new AhoCorasick(names, budget);
      expect([...scanned(automaton, sample)].sort()).toEqual(expected);
    }
    expect(expected.length).toBeGreaterThan(names.length * 3);
  });
});
