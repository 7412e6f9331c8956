import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/pipeline/text/index.ts';
import { PatternMatcher } from '../../../src/pipeline/text/phrase-patterns.ts';

const matcher = new PatternMatcher(
  [
    ['سقطت {quantity} صواريخ', 'fell'],
    ['fired {determiner} rockets', 'fired'],
    ['rockets', 'rockets'],
    ['أطلقت {words} صواريخها', 'launched'],
  ],
  {
    quantity: { words: ['عشرات', 'عدد من', 'أكثر من'], maxWords: 3, numbers: true },
    determiner: { words: ['its', 'their', 'the'], maxWords: 2 },
    words: { words: [], maxWords: 3, any: true },
  },
);

function found(original: string): string[] {
  const text = normalise(original).text;
  return matcher
    .findAll(text)
    .map((match) => `${match.value}:${match.prefix}${text.slice(match.start, match.end)}`);
}

describe('phrase patterns with slots', () => {
  it('matches with the slot empty or filled by its words, a number, clitics on the first word', () => {
    expect(found('سقطت صواريخ')).toEqual(['fell:سقطت صواريخ']);
    expect(found('وسقطت عشرات الصواريخ')).toEqual(['fell:وسقطت عشرات الصواريخ']);
    expect(found('سقطت عدد من الصواريخ')).toEqual(['fell:سقطت عدد من الصواريخ']);
    expect(found('سقطت أكثر من 20 صواريخ')).toEqual(['fell:سقطت اكثر من 20 صواريخ']);
  });

  it('does not match across other words, too many words or punctuation', () => {
    expect(found('سقطت الحكومة بسبب صواريخ')).toEqual([]);
    expect(found('سقطت، عشرات الصواريخ')).toEqual([]);
    expect(found('أطلقت الطائرة الحربية التركية المسيرة صواريخها')).toEqual([]);
  });

  it('keeps plain phrases alongside the patterns that hold them', () => {
    expect(found('the warplane fired its rockets')).toEqual(['fired:fired its rockets', 'rockets:rockets']);
  });

  it('lets an any-word slot hold a short subject', () => {
    expect(found('أطلقت الطائرة الحربية صواريخها')).toEqual(['launched:اطلقت الطايره الحربيه صواريخها']);
  });
});
