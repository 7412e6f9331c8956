import { describe, expect, it } from 'vitest';
import { geocode, only, placeIds } from './fixture.ts';

describe('foreign places and datelines', () => {
  it('recognises Guam as foreign (a photo caption)', () => {
    const mention = only('قاذفتان ومقاتلتان أميركيتان فوق جزيرة غوام - أرشيف');
    expect(mention.place).toBeNull();
    expect(mention.foreign?.id).toBe('gu-guam');
    expect([mention.lat, mention.lon]).toEqual([null, null]);
  });

  it('does not geocode Tripoli in Lebanon', () => {
    for (const snippet of [
      'اشتباكات في طرابلس اللبنانية',
      'اشتباكات في طرابلس شمال لبنان',
      'قال الجيش اللبناني إن طرابلس تشهد هدوءا',
      'Clashes in Tripoli, Lebanon',
      'Lebanese troops deployed in Tripoli on Sunday',
    ]) {
      const found = geocode(snippet);
      expect(
        found.some((mention) => mention.place?.id === 'ly-tripoli'),
        snippet,
      ).toBe(false);
      expect(
        found.some((mention) => mention.foreign?.id === 'lb-tripoli'),
        snippet,
      ).toBe(true);
    }
  });

  it('still geocodes Tripoli in Libya when Lebanon is named elsewhere in the sentence', () => {
    expect(placeIds('وصل وفد من لبنان إلى طرابلس الليبية')).toEqual(['ly-tripoli']);
  });

  it('marks a dateline city as a dateline, not the event’s place', () => {
    const found = geocode('طرابلس - (وكالات): قتل 3 في قصف على سرت');
    expect(found.map((mention) => [mention.place?.id, mention.isDateline])).toEqual([
      ['ly-tripoli', true],
      ['ly-sirte', false],
    ]);
    expect(only('TRIPOLI (Reuters) - Fighting').isDateline).toBe(true);
    expect(only('بنغازي: قالت مصادر').isDateline).toBe(true);
  });

  it('does not take a place in the middle of a sentence for a dateline', () => {
    expect(only('قتل 3 في قصف على سرت - بحسب مصادر').isDateline).toBe(false);
  });

  it('splits a glued "واشنطنطرابلس" and marks its Libyan part as a dateline only', () => {
    const found = geocode('وكشفت عن وجود قوي لهذا التنظيم جنوب البلاد. واشنطنطرابلس (وكالات) ذكر موقع');
    const tripoli = found.find((mention) => mention.place?.id === 'ly-tripoli');
    const washington = found.find((mention) => mention.foreign?.id === 'us-washington');
    expect(tripoli?.isDateline).toBe(true);
    expect(washington?.isDateline).toBe(true);
    expect(found.find((mention) => mention.place?.id === 'ly-region-fezzan')?.isDateline).toBe(false);
  });

  it('recognises foreign countries and capitals', () => {
    const ids = geocode('من أنقرة وموسكو والقاهرة وإنجامينا').map((mention) => mention.foreign?.id);
    expect(ids).toEqual(['tr-ankara', 'ru-moscow', 'eg-cairo', 'td-ndjamena']);
  });

  it('reads the foreign reading of a glued country name', () => {
    expect(only('أن الولاياتالمتحدةالامريكية أدرجت').foreign?.id).toBe('us');
  });
});

describe('namesakes', () => {
  it('prefers the oil port over the village for السدرة without context', () => {
    expect(placeIds('هجوم على السدرة')).toEqual(['ly-es-sider']);
  });

  it('prefers the air base over the village for الوطية', () => {
    expect(placeIds('قصف الوطية')).toEqual(['ly-base-watiya']);
  });

  it('chooses a namesake by the places named near it', () => {
    const nearBenghazi = geocode('اشتباكات في بنغازي وفي الهواري');
    expect(nearBenghazi[1]?.place?.id).toBe('ly-benghazi-hawari');
    const nearKufra = geocode('اشتباكات في الكفرة وفي الهواري');
    expect(nearKufra[1]?.place?.id).not.toBe('ly-benghazi-hawari');
    expect(nearKufra[1]?.reason).toContain('nearby');
  });
});

describe('country words are whole words', () => {
  it('does not read مصر (Egypt) inside مصراتة', () => {
    expect(placeIds('وصل وفد من مصراتة إلى طرابلس')).toEqual(['ly-misrata', 'ly-tripoli']);
  });
});
