import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/pipeline/geo/geodesy.ts';
import { geocode, only, placeIds } from './fixture.ts';

describe('finding places in Arabic text', () => {
  it('finds a city with its spelling variants', () => {
    expect(placeIds('غارة على مرزق')).toEqual(['ly-murzuq']);
    expect(placeIds('غارة على مرزوق')).toEqual(['ly-murzuq']);
    expect(placeIds('اشتباكات في الوشكه')).toEqual(['ly-washka']);
    expect(placeIds('وصلت القوات إلى سبهـا')).toEqual(['ly-sabha']);
  });

  it('finds a place behind clitics (بمدينة مرزق، لسرت، وبسرت)', () => {
    expect(only('قصف بمدينة مرزق').place?.id).toBe('ly-murzuq');
    expect(only('التابعة لسرت').place?.id).toBe('ly-sirte');
    expect(only('وبسرت سقطت قذيفة').place?.id).toBe('ly-sirte');
  });

  it('finds a place written with and without ال (الزاوية، للزاوية، بالزاوية)', () => {
    expect(placeIds('دخلت القوات الزاوية')).toEqual(['ly-zawiya']);
    expect(placeIds('المدخل الغربي للزاوية')).toEqual(['ly-zawiya']);
    expect(placeIds('اشتباكات بالزاوية')).toEqual(['ly-zawiya']);
    expect(placeIds('وصلت إلى زنتان ثم الزنتان')).toEqual(['ly-zintan', 'ly-zintan']);
  });

  it('returns the span of the name in the original text, diacritics and all', () => {
    const snippet = 'ضربة قرب مُرزُق أمس';
    const mention = only(snippet);
    expect(mention.place?.id).toBe('ly-murzuq');
    expect(mention.text).toBe('قرب مُرزُق');
  });

  it('finds Tripoli front lines and Benghazi districts', () => {
    expect(placeIds('قذائف على عين زارة ووادي الربيع وخلة الفرجان')).toEqual([
      'ly-tripoli-ain-zara',
      'ly-tripoli-wadi-rabie',
      'ly-tripoli-khallet-furjan',
    ]);
    expect(placeIds('معارك في محور صلاح الدين وطريق المطار')).toEqual([
      'ly-tripoli-salah-al-din',
      'ly-tripoli-airport-road',
    ]);
    expect(placeIds('اشتباكات في الصابري وقنفودة وبوعطني والقوارشة والليثي')).toEqual([
      'ly-benghazi-sabri',
      'ly-benghazi-ganfouda',
      'ly-benghazi-bu-atni',
      'ly-benghazi-guwarsha',
      'ly-benghazi-laithi',
    ]);
  });

  it('finds bases, oil sites and crossings', () => {
    expect(placeIds('غارة على قاعدة الوطية')).toEqual(['ly-base-watiya']);
    expect(placeIds('طائرة تقلع من مطار معيتيقة')).toEqual(['ly-base-mitiga']);
    expect(placeIds('قصف قاعدة الجفرة')).toEqual(['ly-base-jufra']);
    expect(placeIds('سيطرت القوات على قاعدة تمنهنت')).toEqual(['ly-base-tamanhint']);
    expect(placeIds('هجوم على ميناء السدرة وراس لانوف')).toEqual(['ly-es-sider', 'ly-ras-lanuf']);
    expect(placeIds('إغلاق حقل الشرارة')).toEqual(['ly-sharara']);
    expect(placeIds('إغلاق معبر رأس اجدير')).toEqual(['ly-ras-ajdir']);
  });

  it('finds villages in the south', () => {
    expect(placeIds('في القطرون وأم الأرانب وتمسة')).toEqual(['ly-qatrun', 'ly-umm-al-aranib', 'ly-tmassah']);
  });

  it('gives a neighbourhood without its own point its city’s point and says so', () => {
    const mention = only('اشتباكات في بوعطني');
    expect(mention.place?.parent_id).toBe('ly-benghazi');
    expect(mention.geo_precision).toBe(1);
    expect(mention.reason).toContain('ly-benghazi');
  });

  it('maps region phrases to a region with precision 3', () => {
    for (const phrase of ['جنوب ليبيا', 'الجنوب الليبي', 'جنوب البلاد', 'فزان']) {
      const mention = only(`ضربة جوية في ${phrase} أمس`);
      expect(mention.place?.id, phrase).toBe('ly-region-fezzan');
      expect(mention.geo_precision, phrase).toBe(3);
      expect(distanceKm(mention.lat ?? 0, mention.lon ?? 0, 26.5, 14.0), phrase).toBeLessThan(200);
    }
    expect(only('طائرات في سماء المنطقة الغربية').place?.id).toBe('ly-region-tripolitania');
    expect(only('مراقبة في غرب ليبيا').place?.id).toBe('ly-region-tripolitania');
    expect(only('هجوم على الهلال النفطي').place?.id).toBe('ly-region-oil-crescent');
    expect(only('معارك في جبل نفوسة').place?.id).toBe('ly-region-nafusa');
    expect(only('قوات في الشرق الليبي').place?.id).toBe('ly-region-cyrenaica');
  });

  it('maps a district to its area with precision 3', () => {
    const mention = only('في شعبية مرزق');
    expect(mention.place?.kind).toBe('district');
    expect(mention.geo_precision).toBe(3);
  });
});

describe('common words that are also places', () => {
  it('does not take البيضاء "white" for the city without a place cue', () => {
    expect(geocode('رفعوا الراية البيضاء واستسلموا')).toEqual([]);
  });

  it('takes البيضاء for the city after مدينة or في', () => {
    expect(placeIds('انفجار في مدينة البيضاء')).toEqual(['ly-bayda']);
    expect(placeIds('انفجار في البيضاء')).toEqual(['ly-bayda']);
  });

  it('does not take المرج "meadow", القبة "dome" or هون bare', () => {
    expect(geocode('القبة الحديدية')).toEqual([]);
    expect(geocode('هون عليك')).toEqual([]);
    expect(geocode('رعي الأغنام في المرج الأخضر'.replace('في ', ''))).toEqual([]);
  });

  it('takes المرج and هون with a cue', () => {
    expect(placeIds('قصف على مدينة المرج')).toEqual(['ly-marj']);
    expect(placeIds('دخلت القوات إلى هون')).toEqual(['ly-hun']);
    expect(placeIds('اشتباكات في القبة')).toEqual(['ly-qubbah']);
  });

  it('takes a common word bare once the text has named the place with a cue', () => {
    expect(placeIds('وصلت القوات إلى مدينة البيضاء. وتقع البيضاء في الجبل الأخضر')).toEqual([
      'ly-bayda',
      'ly-bayda',
      'ly-district-63',
    ]);
  });

  it('does not take a surname for a village (فائز السراج)', () => {
    expect(placeIds('أعلن رئيس حكومة الوفاق فائز السراج في طرابلس')).toEqual(['ly-tripoli']);
  });
});

describe('generic words', () => {
  it('never takes "المدينة" (the city) for the village of that name', () => {
    expect(geocode('اشتباكات عنيفة دارت في محيط المدينة قبل دخولها')).toEqual([]);
  });
});

describe('lists of places', () => {
  it('accepts a common word that continues a list of places', () => {
    expect(placeIds('اشتباكات في البيضاء والمرج والقبة')).toEqual(['ly-bayda', 'ly-marj', 'ly-qubbah']);
  });

  it('does not accept a common word joined to a non-place', () => {
    expect(placeIds('الراية البيضاء والمرج الأخضر')).toEqual([]);
  });
});

describe('the capital', () => {
  it('reads "في العاصمة" in a Libyan report as Tripoli', () => {
    expect(placeIds('اشتباكات عنيفة في العاصمة الليلة')).toEqual(['ly-tripoli']);
  });

  it('reads "العاصمة التونسية" as Tunis, not Tripoli', () => {
    const found = geocode('اجتماع في العاصمة التونسية');
    expect(found.map((mention) => mention.foreign?.id)).toEqual(['tn-tunis']);
  });

  it('does not read "العاصمة" without a cue', () => {
    expect(placeIds('تعاني العاصمة من انقطاع الكهرباء')).toEqual([]);
  });
});

describe('weak cues', () => {
  it('does not take "من" (of/from) as a place cue for a common word ("ثلاثة من المغاربة")', () => {
    expect(placeIds('قتل ثلاثة من المغاربة في الحادث')).toEqual([]);
  });

  it('takes the same village after "منطقة"', () => {
    expect(placeIds('غارة على شاحنة في منطقة المغاربة')).toEqual(['ly-al-magharibah']);
  });
});
