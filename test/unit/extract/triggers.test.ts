import { describe, it, expect } from 'vitest';
import { events, only } from './snippets.ts';

describe('triggers and their types', () => {
  it('reads inflected Arabic triggers (الغارات، قصفت، اشتبكت، استهدفت)', () => {
    expect(only('شنت طائرات حربية الغارات على مدينة سرت مساء الأحد.', '2020-01-06').sub_event_type).toBe(
      'Air/drone strike',
    );
    expect(only('قصفت قوات حفتر حي أبو سليم في طرابلس يوم الأحد.', '2020-01-06').sub_event_type).toBe(
      'Shelling/artillery/missile attack',
    );
    expect(only('اشتبكت مجموعتان مسلحتان في مدينة الزاوية يوم الأحد.', '2020-01-06').sub_event_type).toBe(
      'Armed clash',
    );
  });

  it('types a generic attack verb by the weapon next to it', () => {
    expect(
      only('استهدفت طائرة مسيرة مخزنا للذخيرة في مدينة ترهونة يوم السبت.', '2020-01-06').sub_event_type,
    ).toBe('Air/drone strike');
    expect(only('استهدفت المدفعية مواقع في منطقة عين زارة يوم السبت.', '2020-01-06').sub_event_type).toBe(
      'Shelling/artillery/missile attack',
    );
    expect(
      only('Warplanes believed to belong to the LNA struck a camp in Derna on Sunday.', '2020-01-06')
        .sub_event_type,
    ).toBe('Air/drone strike');
  });

  it('prefers a suicide bombing over the bomb it used', () => {
    expect(
      only(
        'A suicide bomber blew up a car bomb at a checkpoint in Zliten on Monday, killing 12 people.',
        '2020-01-07',
      ).sub_event_type,
    ).toBe('Suicide bomb');
  });

  it('codes a roadside bomb and a landmine as remote explosives', () => {
    expect(
      only('A roadside bomb hit a patrol near Sabha on Tuesday, killing two soldiers.', '2020-01-08')
        .sub_event_type,
    ).toBe('Remote explosive/landmine/IED');
    expect(
      only('قتل طفل في انفجار لغم أرضي في منطقة عين زارة يوم الجمعة.', '2020-06-06').sub_event_type,
    ).toBe('Remote explosive/landmine/IED');
  });

  it('tells a government retaking a town from a non-state group taking one', () => {
    expect(
      only('استعادت قوات حكومة الوفاق السيطرة على مدينة صبراتة يوم الاثنين.', '2020-04-14').sub_event_type,
    ).toBe('Government regains territory');
    expect(
      only('Islamic State militants seized the town of Fuqaha on Monday, residents said.', '2020-04-14')
        .sub_event_type,
    ).toBe('Non-state actor overtakes territory');
  });

  it('treats a repelled attack by an armed force as a clash', () => {
    expect(
      only('تصدت قوات الوفاق لهجوم شنته قوات حفتر على محور طريق المطار يوم الثلاثاء.', '2019-04-30')
        .sub_event_type,
    ).toBe('Armed clash');
  });

  it('codes one event for the change of control and the fighting for it', () => {
    const found = events(
      'سيطرت قوات الجيش الوطني على مدينة درنة بعد اشتباكات عنيفة يوم الخميس.',
      '2018-06-29',
    );
    expect(found.map((event) => event.sub_event_type)).toEqual(['Government regains territory']);
  });
});
