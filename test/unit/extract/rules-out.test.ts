import { describe, it, expect } from 'vitest';
import { events, extract } from './snippets.ts';

describe('what is not an event', () => {
  it('ignores a negated strike (لم يستهدف)', () => {
    expect(events('لم يستهدف الطيران أي مواقع في مدينة مصراتة يوم الأحد.', '2020-01-06')).toEqual([]);
  });

  it('ignores an intention (يعتزم) and an announced resolve (عزمه)', () => {
    expect(events('قال مصدر عسكري إن الجيش يعتزم قصف مواقع المليشيات في غريان.', '2019-05-20')).toEqual([]);
    expect(events('أعلن السراج عن عزمه خوض هجوم عسكري على قوات حفتر في سرت.', '2020-03-27')).toEqual([]);
  });

  it('ignores a threat (هدد) and a call (دعا)', () => {
    expect(events('هدد المسماري بقصف أي سفن تركية تقترب من مصراتة.', '2020-01-06')).toEqual([]);
    expect(events('دعا المجلس إلى وقف الاشتباكات في طرابلس فورا.', '2020-01-06')).toEqual([]);
  });

  it('ignores "ضربة كبيرة" used as a metaphor', () => {
    expect(events('اعتبر مراقبون القرار ضربة كبيرة لجهود السلام في طرابلس.', '2020-01-06')).toEqual([]);
  });

  it('ignores a call for a ceasefire', () => {
    expect(events('The UN called for a ceasefire in Tripoli on Monday.', '2020-01-06')).toEqual([]);
  });

  it('ignores a surveillance flight over a city', () => {
    expect(events('حلقت طائرة مسيرة في سماء مدينة سرت مساء أمس في مهمة استطلاع.', '2020-01-06')).toEqual([]);
    expect(events('A surveillance drone was seen flying over Misrata on Tuesday.', '2020-01-08')).toEqual([]);
  });

  it('ignores history dated years before publication', () => {
    expect(events('وكان التنظيم قد خسر معقله في سرت بعد معارك عنيفة أواخر عام 2016.', '2019-09-25')).toEqual(
      [],
    );
  });

  it('keeps a running total as a summary of the article, not as an event', () => {
    const extraction = extract(
      'US strikes have killed at least 43 militants in southern Libya since September 19, AFRICOM said.',
      '2019-10-02',
    );
    expect(extraction.events).toEqual([]);
    expect(extraction.summaries).toHaveLength(1);
  });

  it('ignores strikes on a foreign place', () => {
    expect(events('Israeli air strikes hit targets near Damascus on Monday.', '2020-02-10')).toEqual([]);
  });

  it('ignores a photo caption marked as archive', () => {
    expect(events('قاذفتان أميركيتان فوق جزيرة غوام - أرشيف', '2019-09-25')).toEqual([]);
  });

  it('ignores the launch of an operation with no attack named', () => {
    expect(events('أعلن حفتر بدء المعركة الحاسمة للتقدم نحو قلب العاصمة طرابلس.', '2019-12-13')).toEqual([]);
  });

  it('ignores habitual past ("كانوا يستهدفون")', () => {
    expect(events('قال السكان إن المسلحين كانوا يستهدفون الأحياء المدنية في طرابلس.', '2020-01-06')).toEqual(
      [],
    );
  });

  it('ignores ongoing shelling named only as a cause', () => {
    expect(events('يعاني سكان طرابلس من انقطاع الكهرباء بسبب القصف المتواصل.', '2019-08-12')).toEqual([]);
  });

  it('ignores fighting named only by what it caused', () => {
    expect(
      events(
        "Fighting has displaced more than 3,400 people from Tripoli's southern suburbs, the UN said.",
        '2019-04-09',
      ),
    ).toEqual([]);
  });

  it('does not read "fighting alongside" as a clash', () => {
    const found = events(
      "Sudanese mercenaries fighting alongside Haftar's forces were killed in an air strike near Sirte on Saturday.",
      '2019-10-20',
    );
    expect(found.map((event) => event.sub_event_type)).toEqual(['Air/drone strike']);
  });

  it('does not read protesters storming a building as a change of control', () => {
    expect(
      events(
        'Protesters stormed the parliament building in Tobruk on Friday and set part of it on fire.',
        '2022-07-02',
      ),
    ).toEqual([]);
  });

  it('ignores a political "attack" and a threat of a response', () => {
    expect(events('شن رئيس الحكومة هجوما حادا على مجلس النواب في طرابلس يوم الأحد.', '2021-05-10')).toEqual(
      [],
    );
    expect(
      events('أكد المجلس الرئاسي أن أي هجوم على المنشآت النفطية سيقابل برد حازم.', '2021-05-10'),
    ).toEqual([]);
  });

  it('rules out a retelling of background history with it', () => {
    const text =
      'وفي أبريل 2019 شن المشير خليفة حفتر هجوما للسيطرة على طرابلس استمر أكثر من عام. وأسفرت المعارك عن مقتل آلاف الأشخاص ونزوح مئات الآلاف.';
    expect(events(text, '2021-03-15')).toEqual([]);
  });

  it('ignores a present-tense attack verb with no date of its own', () => {
    const found = events(
      'قصفت طائرة حربية مساء الخميس معسكرا في منطقة السبيعة، وهي المرة الأولى التي تقصف فيها طائرة ليلا منذ بدء الهجوم على العاصمة.',
      '2019-04-26',
    );
    expect(found).toHaveLength(1);
  });

  it('ignores football and storms', () => {
    expect(
      events('The striker scored after a fierce battle in midfield in Benghazi on Friday.', '2020-03-14'),
    ).toEqual([]);
    expect(
      events('Storm Daniel hit the eastern city of Derna on Sunday, killing thousands.', '2023-09-12'),
    ).toEqual([]);
  });

  it('explains in a diagnostic why a dated strike was left out as history', () => {
    const extraction = extract(
      'وتعود آخر غارة أمريكية في ليبيا إلى شهر يونيو 2018 قرب بني وليد.',
      '2019-09-20',
    );
    expect(extraction.events).toEqual([]);
    const diagnostic = extraction.diagnostics.find((entry) => entry.code === 'not-an-event');
    expect(diagnostic?.message).toContain('history');
  });
});
