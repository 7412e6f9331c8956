import { describe, it, expect } from 'vitest';
import { corpusBytes, generateCorpus, summariseCorpus } from '../../../scripts/generate-corpus';
import { parsePlaces, relativePosition, type CorpusPlace } from '../../../scripts/corpus/places';
import { fitsYear } from '../../../scripts/corpus/template';
import { easternDigits, ARABIC_MONTH_FAMILIES } from '../../../scripts/corpus/calendar';
import { Random } from '../../../scripts/corpus/random';

const sample = generateCorpus({ count: 400, seed: 7 });

describe('the benchmark corpus generator', () => {
  it('writes the same corpus for the same seed', () => {
    const again = generateCorpus({ count: 400, seed: 7 });
    expect(again.map((article) => article.text)).toEqual(sample.map((article) => article.text));
  });

  it('writes a different corpus for another seed', () => {
    const other = generateCorpus({ count: 50, seed: 8 });
    expect(other[0]?.text).not.toEqual(sample[0]?.text);
  });

  it('mixes Arabic and English articles, mostly Arabic', () => {
    const summary = summariseCorpus(sample);
    expect(summary.arabic).toBeGreaterThan(summary.english);
    expect(summary.english).toBeGreaterThan(100);
  });

  it('writes articles of news length, not snippets', () => {
    const lengths = sample.map((article) => article.text.length).sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThan(900);
    expect(lengths[0]).toBeGreaterThan(200);
  });

  it('writes no two articles with the same text', () => {
    expect(new Set(sample.map((article) => article.text)).size).toBe(sample.length);
  });

  it('gives every article a unique id, a title and a publication day', () => {
    expect(new Set(sample.map((article) => article.id)).size).toBe(sample.length);
    for (const article of sample) {
      expect(article.title.length).toBeGreaterThan(0);
      expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('reports strikes and clashes in Arabic with the words outlets use', () => {
    const arabic = sample
      .filter((article) => article.lang === 'ar')
      .map((article) => article.text)
      .join('\n');
    for (const cue of ['غارة', 'قصف', 'اشتباكات', 'مقتل']) expect(arabic).toContain(cue);
  });

  it('writes dates with more than one family of Arabic month names', () => {
    const arabic = sample
      .filter((article) => article.lang === 'ar')
      .map((article) => article.text)
      .join('\n');
    const families = Object.values(ARABIC_MONTH_FAMILIES).filter((months) =>
      months.some((month) => arabic.includes(` ${month}`)),
    );
    expect(families.length).toBeGreaterThanOrEqual(3);
  });

  it('includes articles with no violent incident at all', () => {
    expect(sample.some((article) => article.text.includes('برميل') || article.text.includes('barrels'))).toBe(
      true,
    );
  });

  it('never mentions a year after the article was published in background sentences', () => {
    for (const article of sample.filter((item) => item.lang === 'en')) {
      const published = Number(article.published?.slice(0, 4));
      for (const match of article.text.matchAll(/\b(20\d\d)\b/g))
        expect(Number(match[1])).toBeLessThanOrEqual(published);
    }
  });
});

describe('corpus helpers', () => {
  it('counts corpus size in UTF-8 bytes (Arabic letters are two bytes)', () => {
    expect(corpusBytes(['abc', 'مرصد'])).toBe(3 + 8);
  });

  it('reads the gazetteer source list and skips rows without both names', () => {
    const places = parsePlaces(
      '# comment\ncity\tسبها\tSabha\t27.03\t14.42\nvillage\t\tNowhere\t1\t2\ntown\tغات\tGHAT\t24.9\t10.1\n',
    );
    expect(places.map((place) => place.en)).toEqual(['Sabha', 'Ghat']);
  });

  it('finds Murzuq south of Sabha at about 135 km', () => {
    const sabha: CorpusPlace = { kind: 'city', ar: 'سبها', en: 'Sabha', latitude: 27.036, longitude: 14.429 };
    const murzuq: CorpusPlace = {
      kind: 'city',
      ar: 'مرزق',
      en: 'Murzuq',
      latitude: 25.914,
      longitude: 13.92,
    };
    const position = relativePosition(sabha, murzuq);
    expect(position.direction).toBe('south');
    expect(position.km).toBeGreaterThan(120);
    expect(position.km).toBeLessThan(150);
  });

  it('rules out a sentence that names a later year', () => {
    expect(fitsYear('since the vote was postponed in December 2021', 2016)).toBe(false);
    expect(fitsYear('منذ سقوط نظام القذافي عام {year2011}', 2016)).toBe(true);
  });

  it('writes Eastern Arabic digits', () => {
    expect(easternDigits(43)).toBe('٤٣');
  });

  it('picks by weight and samples without repeats', () => {
    const random = new Random(3);
    const picks = Array.from({ length: 1000 }, () =>
      random.weighted([
        ['a', 9],
        ['b', 1],
      ] as const),
    );
    expect(picks.filter((pick) => pick === 'a').length).toBeGreaterThan(800);
    expect(new Set(random.sample([1, 2, 3, 4, 5], 5)).size).toBe(5);
  });
});
