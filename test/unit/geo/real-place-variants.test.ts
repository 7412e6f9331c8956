import { describe, expect, it } from 'vitest';
import { arabicNameVariants } from '../../../src/pipeline/geo/arabic-name-variants.ts';
import { latinWordVariants, transliterationVariants } from '../../../src/pipeline/geo/latin-variants.ts';
import { buildNameEntries, type VariantCounts } from '../../../src/pipeline/geo/name-index.ts';
import { normaliseTerm } from '../../../src/pipeline/text/normalise.ts';
import { gazetteer, geocode, only, placeIds, world } from './fixture.ts';

const arabic = (name: string): string[] => arabicNameVariants(normaliseTerm(name));

describe('the Latin spelling generator', () => {
  it('writes و as u, ou or o through a word (Tajura, Tajoura, Tajora)', () => {
    expect(latinWordVariants('tajura')).toEqual(expect.arrayContaining(['tajoura', 'tajora']));
    expect(latinWordVariants('janzour')).toContain('janzur');
  });

  it('writes ق and غ as q, g or gh, and ة as -a, -ah or -eh', () => {
    expect(latinWordVariants('ghardabiya')).toEqual(
      expect.arrayContaining(['gardabiya', 'qardabiya', 'ghardabia', 'ghardabiyah']),
    );
    expect(latinWordVariants('misrata')).toEqual(expect.arrayContaining(['misratah', 'misrateh']));
  });

  it('changes the first vowel the way reporters do (Sabha/Sebha, Sirt/Surt, Ajdabiya/Ijdabiya)', () => {
    expect(latinWordVariants('sabha')).toContain('sebha');
    expect(latinWordVariants('derna')).toContain('darna');
    expect(latinWordVariants('sirt')).toContain('surt');
    expect(latinWordVariants('ajdabiya')).toEqual(expect.arrayContaining(['ijdabiya', 'ajdabia']));
  });

  it('writes aw- as u- or o- (Awbari, Ubari, Obari) and a y before a vowel as i (Gharyan, Gharian)', () => {
    expect(latinWordVariants('awbari')).toEqual(expect.arrayContaining(['ubari', 'obari']));
    expect(latinWordVariants('gharyan')).toEqual(expect.arrayContaining(['gharian', 'gheryan']));
  });

  it('collapses doubled consonants and spells ai as ay, ei or i (Khallat, Laithi, Lithi)', () => {
    expect(latinWordVariants('khallat')).toContain('khalat');
    expect(latinWordVariants('laithi')).toEqual(expect.arrayContaining(['laythi', 'leithi', 'lithi']));
  });

  it('spells bin/ben/ibn and abu/bu as sets and glues Abu to its word', () => {
    const qasr = transliterationVariants('qasr bin ghashir');
    expect(qasr).toEqual(expect.arrayContaining(['gasr bin ghashir', 'qasr ben gashir']));
    expect(transliterationVariants('abu salim')).toEqual(expect.arrayContaining(['bu salim', 'abusalim']));
  });

  it('drops or glues an article inside a name (Wadi al Rabie → Wadi Rabie, Wadi Alrabie)', () => {
    const wadi = transliterationVariants('wadi al rabie');
    expect(wadi).toEqual(expect.arrayContaining(['wadi rabie', 'wadi alrabie', 'wadi rabi']));
  });

  it('never returns the name itself and stays within its limit', () => {
    const variants = transliterationVariants('khallat al furjan', 16);
    expect(variants).not.toContain('khallat al furjan');
    expect(variants.length).toBeLessThanOrEqual(16);
  });

  it('leaves Arabic names to the Arabic generator and short words alone', () => {
    expect(transliterationVariants('طرابلس')).toEqual([]);
    expect(latinWordVariants('hun')).toEqual(['hun']);
  });
});

describe('the Arabic spelling generator', () => {
  it('drops the article after a head noun (وادي الربيع → وادي ربيع)', () => {
    expect(arabic('وادي الربيع')).toContain(normaliseTerm('وادي ربيع'));
    expect(arabic('خلة الفرجان')).toContain(normaliseTerm('خلة فرجان'));
  });

  it('keeps the article of an adjective (الكلية الجوية, وسط البلاد)', () => {
    expect(arabic('الكلية الجوية')).toEqual([]);
    expect(arabic('وسط البلاد')).toEqual([]);
  });

  it('writes أبو apart, glued and as بو', () => {
    expect(arabic('أبو سليم')).toEqual(expect.arrayContaining(['ابوسليم', 'بوسليم', 'بو سليم']));
    expect(arabic('بو عطني')).toEqual(expect.arrayContaining(['ابو عطني', 'ابوعطني', 'بوعطني']));
  });

  it('writes بن as ابن and glued, and drops a final hamza after alef', () => {
    expect(arabic('قصر بن غشير')).toEqual(expect.arrayContaining(['قصر ابن غشير', 'قصر بنغشير']));
    expect(arabic('تاجوراء')).toContain('تاجورا');
  });

  it('writes a final ه as ا and back only in one-word names', () => {
    expect(arabic('بنينة')).toContain('بنينا');
    expect(arabic('جنوب ليبيا')).toEqual([]);
  });
});

describe('generated spellings in the geocoder', () => {
  const counts: VariantCounts = { kept: 0, takenByAnotherName: 0, sharedByDistantPlaces: 0 };
  const entries = buildNameEntries(gazetteer, world, counts);

  it('adds a bounded number of spellings and drops those that would make a new ambiguity', () => {
    expect(counts.kept).toBeGreaterThan(2000);
    expect(counts.kept).toBeLessThan(8000);
    expect(counts.sharedByDistantPlaces).toBeGreaterThan(0);
    const names = new Map<string, Set<string>>();
    for (const [spelling, entry] of entries) {
      if (entry.type !== 'libya') continue;
      const ids = names.get(spelling) ?? new Set<string>();
      ids.add(entry.place.id);
      names.set(spelling, ids);
    }
    // A generated spelling never joins a name the gazetteer writes for another place.
    expect([...(names.get('zawia') ?? [])]).toEqual(['ly-zawiya']);
  });

  it.each([
    ['Ain Zara', 'Ain Zhara', 'Ain Zarah'],
    ['Tajoura', 'Tajura', 'Tajora'],
    ['Gharyan', 'Gheryan', 'Garian'],
    ['Zawiya', 'Zawia', 'Zawiyah', 'Az-Zawiyah'],
    ['Misrata', 'Misurata', 'Misratah'],
    ['Sirte', 'Sirt', 'Surt'],
    ['Ajdabiya', 'Ajdabia', 'Ijdabiya'],
    ['Benghazi', 'Bengazi'],
    ['Derna', 'Darna'],
    ['Sabha', 'Sebha'],
    ['Ubari', 'Awbari'],
    ['Qasr bin Ghashir', 'Qasr Ben Gashir'],
    ['Abu Salim', 'Abusleem', 'Abu Slim'],
    ['Tawergha', 'Twergha'],
    ['Gwarsha', 'Guwarsha'],
  ])('finds every spelling of %s at one place', (...spellings) => {
    const ids = spellings.map((spelling) => placeIds(`Shelling hit ${spelling} on Monday.`));
    expect(ids[0]).toHaveLength(1);
    for (const found of ids) expect(found).toEqual(ids[0]);
  });

  it.each([
    ['Clashes erupted in Ain Zhara on Monday.', 'ly-tripoli-ain-zara'],
    ['Shells fell on Tajora overnight.', 'ly-tripoli-tajoura'],
    ['Forces retook Gheryan on Wednesday.', 'ly-gharyan'],
    ['An air raid on Misratah wounded four.', 'ly-misrata'],
    ['Militants attacked a checkpoint in Ijdabiya.', 'ly-ajdabiya'],
    ['Rockets hit Qasr Ben Gashir.', 'ly-qasr-bin-ghashir'],
    ['Fighting spread to Khalat Furjan.', 'ly-tripoli-khallet-furjan'],
    ['Shelling in Wadi Rabi killed a child.', 'ly-tripoli-wadi-rabie'],
    ['Troops advanced on Qardabiya air base.', 'ly-base-ghardabiya'],
  ])('finds "%s" at the named place', (sentence, id) => {
    expect(placeIds(sentence)).toEqual([id]);
  });

  it.each([
    ['اشتباكات عنيفة في وادي ربيع مساء الأحد', 'ly-tripoli-wadi-rabie'],
    ['سقطت قذيفة على منطقة ابو عطني', 'ly-benghazi-bu-atni'],
    ['قصف بالهاون على بو سليم', 'ly-tripoli-abu-salim'],
    ['اشتباكات قرب خلة فرجان', 'ly-tripoli-khallet-furjan'],
    ['اشتباكات في بوهادي صباح اليوم', 'ly-abu-hadi'],
  ])('finds "%s" at the named place', (sentence, id) => {
    expect(placeIds(sentence)).toEqual([id]);
  });

  it('reads the short names of Tripoli\'s front lines after "محاور" and in the list that follows', () => {
    expect(placeIds('شهدت محاور الخلة واليرموك وصلاح الدين اشتباكات عنيفة')).toEqual([
      'ly-tripoli-khallet-furjan',
      'ly-tripoli-yarmouk-camp',
      'ly-tripoli-salah-al-din',
    ]);
    expect(placeIds('قصفت القوات أحياء الانتصار وأبو سليم')).toEqual([
      'ly-tripoli-intisar',
      'ly-tripoli-abu-salim',
    ]);
  });

  it('does not read "الخلة", "اليرموك" or "الانتصار" bare as places', () => {
    expect(placeIds('أعلن القائد الانتصار في معركة اليرموك')).toEqual([]);
  });

  it('keeps the whole written variant as the mention', () => {
    expect(only('Rockets hit Qasr Ben Gashir.').text).toBe('Qasr Ben Gashir');
  });

  it('generates no spelling that is a common English word of news text', () => {
    const common = (
      'about after again against attack bases began being below between border british camps ' +
      'capital carried cities clash clashes control could early eastern fight fighting forces ' +
      'french front general ground group heavy killed later local major media minister morning ' +
      'night north other parts people place police rebel rebels region report rocket roads ' +
      'saturday security shell shells since south southern spokesman start state strike strikes ' +
      'sunday taken their there these those three today tower towns troops under units until ' +
      'village wadis water where which while world would wounded years'
    ).split(' ');
    const spellings = new Set(entries.map(([spelling]) => spelling));
    expect(common.filter((word) => spellings.has(word))).toEqual([]);
  });

  it('does not read ordinary English words as generated names', () => {
    const sentence =
      'The main road was closed again after heavy rain; some said more men were here, the same as before.';
    expect(geocode(sentence)).toEqual([]);
  });
});
