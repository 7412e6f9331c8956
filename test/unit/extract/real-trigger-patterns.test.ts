/**
 * Trigger phrases with optional slots, as real reports write them (pages studied listed under
 * "## Cue scope and trigger patterns" in test/fixtures/READING.md): a quantity inside the phrase
 * ("سقطت عشرات الصواريخ", "a barrage of Grad rockets"), a subject between a verb and its possessed
 * weapon ("أطلقت الطائرة الحربية صواريخها", "fired its rockets"), air cover, repelled advances. Also
 * the false-positive side: the same words outside a war. The snippets are our own.
 */
import { describe, expect, it } from 'vitest';
import type { ConflictEvent } from '../../../src/pipeline/types.ts';
import { events } from './snippets.ts';

/** Friday 10 January 2020: Thursday is the 9th, Wednesday the 8th. */
const PUBLISHED = '2020-01-10';

const AIR = 'Air/drone strike';
const SHELLING = 'Shelling/artillery/missile attack';
const CLASH = 'Armed clash';

type Seen = [ConflictEvent['sub_event_type'], string | null, string | null];

/** Type, date and place of each event. */
function seen(text: string): Seen[] {
  return events(text, PUBLISHED).map((event) => [event.sub_event_type, event.date, event.location]);
}

describe('a quantity inside the phrase', () => {
  it('finds rockets that fell, with "dozens of" or "a number of" between verb and noun', () => {
    expect(seen('سقطت عشرات الصواريخ على حي أبوسليم في طرابلس مساء الخميس.')).toEqual([
      [SHELLING, '2020-01-09', 'Abu Salim'],
    ]);
    expect(seen('وتساقط عدد من الصواريخ على منطقة الهضبة يوم الأربعاء.')).toEqual([
      [SHELLING, '2020-01-08', 'Al Hadba'],
    ]);
    expect(seen('Dozens of rockets fell on Abu Salim in Tripoli on Thursday evening.')).toEqual([
      [SHELLING, '2020-01-09', 'Abu Salim'],
    ]);
  });

  it('finds rockets named before their verb, with "at least" between ("ستة صواريخ على الأقل سقطت")', () => {
    expect(seen('وأفاد شهود أن ستة صواريخ على الأقل سقطت على مطار معيتيقة يوم الخميس.')).toEqual([
      [SHELLING, '2020-01-09', 'Mitiga airport'],
    ]);
    expect(
      seen('قال السكان إن عدة صواريخ أصابت منازل في حي قصر بن غشير يوم الأربعاء.').map((event) => event[0]),
    ).toEqual([SHELLING]);
  });

  it('finds a barrage (وابل) of rockets, which began to fall', () => {
    expect(seen('بدأ وابل من صواريخ الغراد بالسقوط على منطقة الهضبة يوم الخميس.')).toEqual([
      [SHELLING, '2020-01-09', 'Al Hadba'],
    ]);
    expect(seen('A barrage of Grad rockets began falling on Mitiga airport on Thursday.')).toEqual([
      [SHELLING, '2020-01-09', 'Mitiga airport'],
    ]);
  });
});

describe('a verb and its possessed weapon, with the subject between', () => {
  it('reads a warplane firing its rockets as an air strike', () => {
    expect(seen('أطلقت الطائرة الحربية صواريخها على مواقع في ترهونة يوم الخميس.')).toEqual([
      [AIR, '2020-01-09', 'Tarhuna'],
    ]);
    expect(seen('The warplane fired its rockets at positions in Tarhuna on Thursday.')).toEqual([
      [AIR, '2020-01-09', 'Tarhuna'],
    ]);
  });

  it('reads ground forces firing rockets as shelling', () => {
    expect(seen('أطلقت قوات حفتر صواريخ على مطار معيتيقة يوم الأربعاء.')).toEqual([
      [SHELLING, '2020-01-08', 'Mitiga airport'],
    ]);
    expect(seen('LNA units fired several rockets at Mitiga airport on Wednesday.')).toEqual([
      [SHELLING, '2020-01-08', 'Mitiga airport'],
    ]);
  });
});

describe('air cover and repelled advances', () => {
  it('codes an advance under air cover as fighting', () => {
    expect(seen('تقدمت قوات الوفاق في محور صلاح الدين تحت غطاء جوي يوم الخميس.')).toEqual([
      [CLASH, '2020-01-09', 'Salah al-Din'],
    ]);
    expect(seen('GNA troops pushed into Ain Zara under air cover on Wednesday.')).toEqual([
      [CLASH, '2020-01-08', 'Ain Zara'],
    ]);
  });

  it('codes a repelled advance (attempt) as a clash between the two sides', () => {
    const english = events(
      'GNA forces repelled an advance attempt by LNA fighters in Salah al-Din on Thursday.',
      PUBLISHED,
    );
    expect(
      english.map((event) => [event.sub_event_type, event.date, event.location, event.actor1, event.actor2]),
    ).toEqual([[CLASH, '2020-01-09', 'Salah al-Din', 'GNA Forces', 'LNA']]);
    expect(seen('صدت قوات الوفاق محاولة تقدم لقوات حفتر في محور عين زارة يوم الأربعاء.')).toEqual([
      [CLASH, '2020-01-08', 'Ain Zara'],
    ]);
  });
});

describe('the same words outside a war', () => {
  it('does not read a barrage of criticism, spent shells or a goal-scorer as attacks', () => {
    expect(seen('The minister faced a barrage of questions in Tripoli on Thursday.')).toEqual([]);
    expect(seen('واجه الوزير وابلا من الانتقادات في طرابلس يوم الخميس.')).toEqual([]);
    expect(seen('Children collected spent shells from a field in Ain Zara on Thursday.')).toEqual([]);
    expect(seen('دك مهاجم الاتحاد شباك الأهلي بثلاثة أهداف في طرابلس يوم الخميس.')).toEqual([]);
  });

  it('reads rocket launchers hit from the air as the target of an air strike, not as shelling', () => {
    expect(seen('استهدف الطيران المسير منصات إطلاق الصواريخ في بني وليد يوم الخميس.')).toEqual([
      [AIR, '2020-01-09', 'Bani Walid'],
    ]);
    expect(seen('A GNA drone struck two multiple rocket launchers near Bani Walid on Thursday.')).toEqual([
      [AIR, '2020-01-09', 'Bani Walid'],
    ]);
  });

  it('does not read "fighting positions" hit by a strike as a clash', () => {
    expect(seen('The drone strikes in Sirte on Thursday hit three enemy fighting positions.')).toEqual([
      [AIR, '2020-01-09', 'Sirte'],
    ]);
  });

  it('does not join a verb and a weapon that other words keep apart', () => {
    expect(seen('سقطت حكومة طرابلس يوم الخميس بعد جدل طويل حول صفقة صواريخ.')).toEqual([]);
  });
});
