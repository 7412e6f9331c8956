import { describe, it, expect } from 'vitest';
import { normalise } from '../../../src/pipeline/text/normalise.ts';
import { findNumbers } from '../../../src/pipeline/text/numbers.ts';
import type { CountedCategory, NumberQualifier } from '../../../src/pipeline/text/numbers.ts';

interface Reading {
  value: number;
  high: number | null;
  qualifier: NumberQualifier;
  category: CountedCategory | null;
  noun: string | null;
  span: string;
}

function read(original: string): Reading[] {
  const text = normalise(original).text;
  return findNumbers(text).map((mention) => ({
    value: mention.value,
    high: mention.high,
    qualifier: mention.qualifier,
    category: mention.noun?.category ?? null,
    noun: mention.noun === null ? null : text.slice(mention.noun.start, mention.noun.end),
    span: text.slice(mention.start, mention.end),
  }));
}

function first(original: string): Reading | undefined {
  return read(original)[0];
}

describe('numbers: digits in any script', () => {
  it.each([
    ['مقتل 11 عنصرا', 11],
    ['مقتل ١١ عنصرا', 11],
    ['مقتل ۱۱ عنصرا', 11],
    ['قتل 1,500 مقاتل', 1500],
    ['قتل ١٬٥٠٠ مقاتل', 1500],
    ['نزوح 2.5 مليون شخص', 2_500_000],
    ['3 آلاف شخص', 3000],
    ['5 ملايين دولار', 5_000_000],
    ['killed 1,200 people', 1200],
    ['2 million people', 2_000_000],
  ])('reads "%s" as %d', (text, value) => {
    expect(first(text)?.value).toBe(value);
  });
});

describe('numbers: Arabic number words with gender and case', () => {
  it.each([
    ['قتيل واحد', 1],
    ['اثنان من الجنود', 2],
    ['اثنين من المسلحين', 2],
    ['ثلاثة عناصر', 3],
    ['ثلاث سيارات', 3],
    ['أربعة مدنيين', 4],
    ['أربع آليات', 4],
    ['خمسة جنود', 5],
    ['خمس قذائف', 5],
    ['ستة أطفال', 6],
    ['سبعة مسلحين', 7],
    ['ثمانية عناصر', 8],
    ['ثماني سيارات', 8],
    ['ثمانى سيارات', 8],
    ['تسعة قتلى', 9],
    ['عشرة جرحى', 10],
    ['عشر سيارات', 10],
    ['أحد عشر قتيلا', 11],
    ['إحدى عشرة سيارة', 11],
    ['اثنا عشر عنصرا', 12],
    ['اثني عشر عنصرا', 12],
    ['ثلاثة عشر مدنيا', 13],
    ['تسع عشرة سيارة', 19],
    ['عشرون قتيلا', 20],
    ['عشرين قتيلا', 20],
    ['ثلاثين مسلحا', 30],
    ['ثلاثة وعشرين مدنيا', 23],
    ['خمسة وأربعون جنديا', 45],
    ['مئة قتيل', 100],
    ['مائة قتيل', 100],
    ['مئتا عنصر', 200],
    ['مائتين عنصر', 200],
    ['ثلاثمئة مقاتل', 300],
    ['ثلاثمائة مقاتل', 300],
    ['ثلاث مئة مقاتل', 300],
    ['مئة وخمسون جريحا', 150],
    ['ألف شخص', 1000],
    ['ألفي شخص', 2000],
    ['ثلاثة آلاف شخص', 3000],
    ['ألف وخمسمئة شخص', 1500],
  ])('reads "%s" as %d', (text, value) => {
    expect(first(text)?.value).toBe(value);
  });

  it('reads "أحد العناصر" (one of the fighters) as 1', () => {
    expect(first('قتل أحد العناصر')).toMatchObject({ value: 1, category: 'fighters' });
  });
  it('does not read the weekday الأحد as a number', () => {
    expect(read('يوم الأحد الماضي')).toEqual([]);
  });
  it('does not read أحد alone (anyone) as a number', () => {
    expect(read('لم يصب أحد')).toEqual([]);
  });
  it('does not read the ordinal الثالث as three', () => {
    expect(read('اليوم الثالث')).toEqual([]);
  });
  it('does not join two units with و into one number (خمسة وسبعة)', () => {
    expect(read('خمسة وسبعة').map((reading) => reading.value)).toEqual([5, 7]);
  });
  it('reads a number with a preposition glued to it (بثلاثة)', () => {
    expect(first('أصيب بثلاثة صواريخ')).toMatchObject({ value: 3, category: 'weapons' });
  });
});

describe('numbers: English number words', () => {
  it.each([
    ['one soldier', 1],
    ['three civilians', 3],
    ['eleven militants', 11],
    ['twenty people', 20],
    ['twenty-five militants', 25],
    ['a dozen soldiers', 12],
    ['a hundred people', 100],
    ['one hundred and twenty people', 120],
    ['two thousand people', 2000],
  ])('reads "%s" as %d', (text, value) => {
    expect(first(text)?.value).toBe(value);
  });
});

describe('numbers: qualifiers', () => {
  it.each([
    ['قتل ما لا يقل عن 43 مسلحا', 'at_least'],
    ['قتل لا يقل عن 43 مسلحا', 'at_least'],
    ['قتل أكثر من 40 مسلحا', 'at_least'],
    ['مقتل ما يزيد عن 40 مسلحا', 'at_least'],
    ['11 قتيلا على الأقل', 'at_least'],
    ['killed at least 7 people', 'at_least'],
    ['more than 40 fighters', 'at_least'],
    ['نحو 20 جنديا', 'approximate'],
    ['حوالي ثلاثين طفلا', 'approximate'],
    ['زهاء 50 قتيلا', 'approximate'],
    ['قرابة 60 قتيلا', 'approximate'],
    ['ما يقارب 70 قتيلا', 'approximate'],
    ['about 30 people', 'approximate'],
    ['around 30 people', 'approximate'],
    ['nearly 50 people', 'approximate'],
    ['ما يصل إلى 90 قتيلا', 'at_most'],
    ['أقل من 10 قتلى', 'at_most'],
    ['up to 90 people', 'at_most'],
    ['fewer than 10 people', 'at_most'],
    ['قتل 43 مسلحا', 'exact'],
  ])('reads "%s" as %s', (text, qualifier) => {
    expect(first(text)?.qualifier).toBe(qualifier);
  });

  it('includes the qualifier words in the mention span', () => {
    expect(first('قتل ما لا يقل عن 43 مسلحا')?.span).toBe('ما لا يقل عن 43');
  });
  it('reads the qualifier with a preposition glued on (بأكثر من)', () => {
    expect(first('قدرت بأكثر من 40 قتيلا')?.qualifier).toBe('at_least');
  });
});

describe('numbers: vague quantities (dozens = 12, hundreds = 100, several = 3)', () => {
  it.each([
    ['عشرات القتلى', 12, 'killed'],
    ['العشرات من القتلى', 12, 'killed'],
    ['مئات المدنيين', 100, 'civilians'],
    ['آلاف المهاجرين', 1000, 'people'],
    ['عدة مسلحين', 3, 'fighters'],
    ['بضعة جنود', 3, 'soldiers'],
    ['عدد من المسلحين', 3, 'fighters'],
    ['dozens of civilians', 12, 'civilians'],
    ['hundreds of people', 100, 'people'],
    ['several civilians', 3, 'civilians'],
    ['a few soldiers', 3, 'soldiers'],
    ['scores of fighters', 20, 'fighters'],
  ])('reads "%s" as vague %d %s', (text, value, category) => {
    expect(first(text)).toMatchObject({ value, qualifier: 'vague', category });
  });
  it('multiplies "عشرات الآلاف" (tens of thousands)', () => {
    expect(first('عشرات الآلاف من النازحين')).toMatchObject({ value: 12_000, qualifier: 'vague' });
  });
});

describe('numbers: ranges', () => {
  it.each([
    ['بين 5 و7 قتلى', 5, 7],
    ['ما بين 5 و 7 قتلى', 5, 7],
    ['بين خمسة وسبعة قتلى', 5, 7],
    ['between 5 and 7 civilians', 5, 7],
    ['5 إلى 7 قتلى', 5, 7],
    ['5 to 7 people', 5, 7],
    ['5-7 people', 5, 7],
    ['خمسة أو ستة قتلى', 5, 6],
    ['five or six people', 5, 6],
  ])('reads "%s" as %d to %d', (text, value, high) => {
    expect(first(text)).toMatchObject({ value, high });
  });
  it('keeps the noun after a range', () => {
    expect(first('between 5 and 7 civilians')?.category).toBe('civilians');
  });
  it('does not make a range when the second number is smaller', () => {
    expect(first('17 to 3')?.high).toBeNull();
  });
});

describe('numbers: the noun a number counts', () => {
  it.each([
    ['مقتل 11 عنصرا', 'fighters'],
    ['قتل 43 مسلحا', 'fighters'],
    ['مقتل 3 إرهابيين', 'fighters'],
    ['11 قتيلا', 'killed'],
    ['تسعة قتلى', 'killed'],
    ['سقوط 5 شهداء', 'killed'],
    ['انتشال 12 جثة', 'killed'],
    ['إصابة 4 جرحى', 'injured'],
    ['7 مصابين', 'injured'],
    ['مقتل 12 مدنيا', 'civilians'],
    ['مقتل 5 جنود', 'soldiers'],
    ['مقتل 3 أطفال', 'children'],
    ['مقتل 6 أشخاص', 'people'],
    ['تدمير 3 آليات', 'vehicles'],
    ['4 سيارات مفخخة', 'vehicles'],
    ['إطلاق 20 صاروخا', 'weapons'],
    ['سقوط 6 قذائف', 'weapons'],
    ['على بعد 40كم', 'distance'],
    ['على بعد 40 كيلومترا', 'distance'],
    ['خلال 3 أيام', 'time'],
    ['منذ خمس سنوات', 'time'],
    ['10 ملايين دولار', 'money'],
    ['12 تشكيلا', 'other'],
    ['killed 7 people', 'people'],
    ['7 killed', 'killed'],
    ['17 militants', 'fighters'],
    ['17 suspected IS militants', 'fighters'],
    ['three U.S. soldiers', 'soldiers'],
    ['5 civilians', 'civilians'],
    ['3 vehicles', 'vehicles'],
    ['20 km', 'distance'],
    ['43 of its fighters', 'fighters'],
    ['11 من عناصر التنظيم', 'fighters'],
    ['11 من العناصر', 'fighters'],
    ['11 من مقاتلي التنظيم', 'fighters'],
    ['قتل 8 من عناصرهم', 'fighters'],
    ['مقتل 5 من جنودها', 'soldiers'],
    ['وإصابة 8 آخرين', 'people'],
  ])('ties "%s" to %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it('reads a dual noun alone as two (مقتل شخصين)', () => {
    expect(first('مقتل شخصين')).toMatchObject({ value: 2, category: 'people' });
  });
  it('reads قتيلان as two killed', () => {
    expect(first('سقوط قتيلين')).toMatchObject({ value: 2, category: 'killed' });
  });
  it('reads جنديين as two soldiers', () => {
    expect(first('مقتل جنديين')).toMatchObject({ value: 2, category: 'soldiers' });
  });
  it('does not read the plural مدنيين as a dual', () => {
    expect(read('مقتل مدنيين')).toEqual([]);
  });
  it('ties "one" written after the noun (قتيل واحد)', () => {
    expect(first('سقوط قتيل واحد')).toMatchObject({ value: 1, category: 'killed', noun: 'قتيل' });
  });
  it('ties a number word written after its noun to that noun (مدنيين اثنين)', () => {
    expect(first('مقتل مدنيين اثنين وإصابة ثلاثة آخرين')).toMatchObject({
      value: 2,
      category: 'civilians',
      noun: 'مدنيين',
    });
  });
  it('does not take the injured of the next phrase for "مدنيين اثنين"', () => {
    expect(read('مقتل مدنيين اثنين وإصابة 5').map((reading) => [reading.value, reading.category])).toEqual([
      [2, 'civilians'],
      [5, 'injured'],
    ]);
  });
  it('ties three written after its noun even when another word follows (جنود ثلاثة إثر)', () => {
    expect(first('مقتل جنود ثلاثة إثر القصف')).toMatchObject({
      value: 3,
      category: 'soldiers',
      noun: 'جنود',
    });
  });
  it('ties a number word after its noun before a comma (مدنيين اثنين،)', () => {
    expect(first('أسفر عن مقتل مدنيين اثنين، وإصابة أربعة')).toMatchObject({
      value: 2,
      category: 'civilians',
    });
  });
  it('ties a number before its noun to the noun after it (ثلاثة أشخاص)', () => {
    expect(first('مقتل ثلاثة أشخاص وإصابة اثنين')).toMatchObject({
      value: 3,
      category: 'people',
      noun: 'اشخاص',
    });
  });
  it('does not take مقتل for the noun of the number after it', () => {
    expect(first('مقتل ثلاثة أشخاص')?.noun).toBe('اشخاص');
  });
  it('does not take وإصابة for the noun of the number after it (وإصابة ثلاثة آخرين)', () => {
    expect(read('وإصابة ثلاثة آخرين')[0]).toMatchObject({ value: 3, noun: 'اخرين' });
  });
  it('reads "ثلاثة منهم" as a part of the noun before, not a count of it', () => {
    expect(read('مقتل 5 جنود ثلاثة منهم ضباط')[1]?.category).not.toBe('soldiers');
  });
  it('counts a dual noun and the "two" repeating it once (طفلين اثنين)', () => {
    expect(read('مقتل طفلين اثنين')).toEqual([
      { value: 2, high: null, qualifier: 'exact', category: 'children', noun: 'طفلين', span: 'طفلين اثنين' },
    ]);
  });
  it('reads a dual noun alone as two people (شخصين)', () => {
    expect(read('مقتل شخصين وإصابة ثلاثة').map((reading) => [reading.value, reading.category])).toEqual([
      [2, 'people'],
      [3, 'injured'],
    ]);
  });
  it('ties a toll to the noun before it (ارتفع عدد القتلى إلى 11)', () => {
    expect(first('ارتفع عدد القتلى إلى 11')).toMatchObject({ value: 11, category: 'killed' });
  });
  it('ties an English death toll', () => {
    expect(first('the death toll rose to 11')).toMatchObject({ value: 11, category: 'killed' });
  });
  it('does not take the next phrase for the noun (بمقتل 4 وإصابة 7)', () => {
    expect(read('أفادت مصادر بمقتل 4 وإصابة 7').map((reading) => reading.category)).toEqual([
      'killed',
      'injured',
    ]);
  });
  it('leaves the noun empty when a preposition follows', () => {
    expect(first('قتل 5 في سرت')?.noun).toBeNull();
  });
  it('counts something other than casualties: 12 formations', () => {
    expect(first('شاركت 12 تشكيلا عسكريا')).toMatchObject({ value: 12, category: 'other', noun: 'تشكيلا' });
  });
  it('counts something other than casualties: a brigade number has no casualty noun', () => {
    expect(first('الكتيبة 166 مشاة')?.category).toBe('other');
  });
  it('gives the noun span in the normalised text', () => {
    expect(first('مقتل 11 عنصرا')?.noun).toBe('عنصرا');
  });
});

describe('numbers: what is not a count', () => {
  it.each([
    ['في 19 سبتمبر'],
    ['19 أيلول'],
    ['September 19'],
    ['19 September'],
    ['عام 2016'],
    ['in 2011'],
    ['الساعة 10:30'],
    ['30% من السكان'],
    ['في 19/9/2016'],
    ['ومنذ 19 من سبتمبر'],
    ['the 19th of September'],
    ['since Sept. 19'],
  ])('ignores "%s"', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still counts a four-digit number with its noun', () => {
    expect(first('نزوح 2000 شخص')).toMatchObject({ value: 2000, category: 'people' });
  });
  it('finds several numbers in one sentence', () => {
    expect(read('مقتل 11 عنصرا وإصابة 7 آخرين وتدمير 3 آليات').map((reading) => reading.value)).toEqual([
      11, 7, 3,
    ]);
  });
  it('reads only inside the given range', () => {
    const text = normalise('مقتل 11 عنصرا. وإصابة 7 جرحى').text;
    const dot = text.indexOf('.');
    expect(findNumbers(text, dot).map((mention) => mention.value)).toEqual([7]);
    expect(findNumbers(text, 0, dot).map((mention) => mention.value)).toEqual([11]);
  });
  it('returns nothing for text without numbers', () => {
    expect(read('لا أرقام هنا')).toEqual([]);
  });
});
