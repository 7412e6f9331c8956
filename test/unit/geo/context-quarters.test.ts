/**
 * A quarter named outright ("حي X", "بحي X", "في حي X", "the X neighbourhood") with no city after it lies in the
 * city the report is about (the last city named before it, the dateline among them). When the gazetteer knows the
 * name only as a village far away, the mention takes that city's point with precision 2. Snippets written for
 * these tests after the way southern Libyan outlets place strikes in a town's quarters.
 */
import { describe, expect, it } from 'vitest';
import { geocode } from './fixture.ts';

function lastLibyan(snippet: string) {
  const found = geocode(snippet).filter((mention) => mention.place !== null && !mention.isDateline);
  return found[found.length - 1];
}

describe('a quarter of the city the report is about', () => {
  it('places "بحي القلعة" in an Ubari report at Ubari, not at a village of that name 100 km away', () => {
    const mention = lastLibyan('أوباري - سقطت قذيفة على منزل بحي القلعة وسط المدينة فجر اليوم.');
    expect(mention?.place?.id).toBe('ly-ubari');
    expect(mention?.geo_precision).toBe(2);
  });

  it('reads the quarter word with "في" before it and with the city named in the sentence, not the dateline', () => {
    const mention = lastLibyan('قال مسؤول في بلدية سبها إن قذيفة سقطت في حي الزيتون مساء أمس.');
    expect(mention?.place?.id).toBe('ly-sabha');
    expect(mention?.geo_precision).toBe(2);
  });

  it('reads "the Al Zaytunah neighbourhood" in a Sabha report at Sabha', () => {
    const mention = lastLibyan('SABHA — A rocket hit a school in the Al Zaytunah neighbourhood on Monday.');
    expect(mention?.place?.id).toBe('ly-sabha');
    expect(mention?.geo_precision).toBe(2);
  });

  it('keeps a quarter the gazetteer knows in another city when that city is named after it', () => {
    const found = geocode('طرابلس - سقطت قذيفة على حي الليثي في بنغازي دون إصابات.');
    expect(
      found.some((mention) => mention.place?.id === 'ly-benghazi-laithi' && mention.geo_precision === 1),
    ).toBe(true);
  });

  it('keeps a village named without a quarter word at its own point', () => {
    const mention = lastLibyan('سبها - قصفت طائرة مسيرة تجمعا في بلدة الزيتون صباح اليوم.');
    expect(mention?.place?.id).toBe('ly-al-zaytunah');
    expect(mention?.geo_precision).toBe(1);
  });
});

describe('spellings a map wrote without the final hamza', () => {
  it('finds "بلدة الفقهاء" although the gazetteer writes الفقها', () => {
    const found = geocode('هاجم مسلحون بلدة الفقهاء جنوب الجفرة فجر الاثنين.');
    expect(found.some((mention) => mention.place?.id === 'ly-al-fuqaha' && mention.geo_precision === 1)).toBe(
      true,
    );
  });
});
