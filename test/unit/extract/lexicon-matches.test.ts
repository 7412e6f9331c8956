import { describe, it, expect } from 'vitest';
import { compileLexicons } from '../../../src/pipeline/extract/compile-lexicons.ts';
import { CueIndex } from '../../../src/pipeline/extract/cue-index.ts';
import { defaultLexicons } from '../../../src/pipeline/extract/default-lexicons.ts';
import { LexiconMatches } from '../../../src/pipeline/extract/lexicon-matches.ts';
import { indexTokens } from '../../../src/pipeline/extract/tokens.ts';
import { longestNonOverlapping, normalise } from '../../../src/pipeline/text/index.ts';
import { splitSentences } from '../../../src/pipeline/text/sentences.ts';

const lexicons = compileLexicons(defaultLexicons);

function read(original: string): { text: string; matches: LexiconMatches; cues: CueIndex } {
  const text = normalise(original).text;
  const segments = splitSentences(text);
  const matches = new LexiconMatches(lexicons, text, segments);
  return { text, matches, cues: new CueIndex(matches, indexTokens(text)) };
}

/** Cue phrases of the whole text lying in [from, to), as a whole-text scan finds them. */
function wholeTextCues(text: string, from: number, to: number): string[] {
  return lexicons.context
    .findAll(text)
    .filter((match) => match.value.lexicon === 'cue' && match.start >= from && match.end <= to)
    .map((match) => `${match.start}:${match.end}:${match.value.lexicon === 'cue' ? match.value.cue : ''}`);
}

function cuesOf(matches: LexiconMatches, from: number, to: number): string[] {
  return matches
    .cuesAround(from, to)
    .filter((match) => match.start >= from && match.end <= to)
    .map((match) => `${match.start}:${match.end}:${match.value.cue}`);
}

describe('lexicon phrases read sentence by sentence', () => {
  it('finds in a sentence the cue words a whole-text reading finds there', () => {
    const { text, matches } = read(
      'قال مصدر عسكري إن طائرة مسيرة قصفت مواقع في ترهونة. ولم تسفر الغارة عن ضحايا. وأضاف المصدر أن القصف استمر.',
    );
    for (const segment of splitSentences(text)) {
      expect(cuesOf(matches, segment.start, segment.end)).toEqual(
        wholeTextCues(text, segment.start, segment.end),
      );
    }
  });

  it('answers a range spanning two sentences from the whole text', () => {
    const { text, matches } = read('The drone strike killed two. Officials said the attack was repelled.');
    expect(cuesOf(matches, 0, text.length)).toEqual(wholeTextCues(text, 0, text.length));
  });

  it('finds the negation before a trigger within its sentence only', () => {
    const { text, cues } = read('Forces did not shell the town. Shelling resumed on Monday.');
    const second = text.indexOf('Shelling');
    expect(cues.before('negation', second, 3, text.indexOf('Shelling'))).toBeNull();
    expect(cues.before('negation', text.indexOf('shell'), 3, 0)).not.toBeNull();
  });

  it('finds no cue in a range that ends before it starts', () => {
    const { cues } = read('The strike was not reported.');
    expect(cues.within('negation', 20, 5)).toEqual([]);
  });

  it('reads the triggers of a sentence as a scan of that sentence alone would', () => {
    const { text, matches } = read('Warplanes struck Sirte. Clashes erupted in Tripoli.');
    for (const segment of splitSentences(text)) {
      const alone = longestNonOverlapping(
        lexicons.triggers.findAll(text.slice(segment.start, segment.end)),
      ).map((match) => `${segment.start + match.start}:${segment.start + match.end}`);
      const found = matches
        .triggersIn(segment.start, segment.end)
        .map((match) => `${match.start}:${match.end}`);
      expect(alone.length).toBeGreaterThan(0);
      expect(found).toEqual(alone);
    }
  });

  it('reads a range cut inside a word as that range alone', () => {
    const { text, matches } = read('airstrikes hit the base');
    // "strikes hit the base" read alone starts a word at "strikes".
    const start = text.indexOf('strikes');
    const alone = longestNonOverlapping(lexicons.triggers.findAll(text.slice(start))).map(
      (match) => match.start + start,
    );
    expect(alone[0]).toBe(start);
    expect(lexicons.triggers.findAll(text).some((match) => match.start === start)).toBe(false);
    expect(matches.triggersIn(start, text.length).map((match) => match.start)).toEqual(alone);
  });

  it('gives a cue the clause of the phrase it governs, cut to a few words, never past its sentence', () => {
    const { text, cues } = read(
      'Officials said talks would resume, while a drone struck Sirte. Fighting went on in Misrata.',
    );
    const strike = text.indexOf('struck');
    const scope = cues.scope(strike, strike + 'struck'.length);
    expect(text.slice(scope.start, scope.end)).toBe('while a drone struck sirte.');
    const words = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
    const long = read(`${words} clashes ${words}.`);
    const clash = long.text.indexOf('clashes');
    const window = long.cues.scope(clash, clash + 'clashes'.length, 3);
    expect(long.text.slice(window.start, window.end)).toBe('word37 word38 word39 clashes word0 word1 word2');
    const wide = long.cues.scope(clash, clash + 'clashes'.length, 100, false);
    expect(long.text.slice(wide.start, wide.end)).toBe(`${words} clashes ${words}`);
  });
});
