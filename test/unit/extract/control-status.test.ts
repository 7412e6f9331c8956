import { describe, it, expect } from 'vitest';
import { events, only } from './snippets.ts';

/** Who controls an area is background, not a change of control (ACLED codes only the taking of territory). */
describe('a statement of who controls an area is not a territory event', () => {
  it('does not code "outside the control of the authorities in the east" as a change of control', () => {
    const found = events(
      'وجنوب ليبيا خارج عن سلطة حكومة الوفاق، وكذلك أيضا عن سيطرة السلطات الموازية في الشرق الليبي.',
      '2019-09-25',
    );
    expect(found).toEqual([]);
  });

  it('does not code "areas under the control of Haftar\'s forces" as a change of control', () => {
    const found = events('يعيش السكان في المناطق الخاضعة لسيطرة قوات حفتر في شرق البلاد.', '2020-02-01');
    expect(found).toEqual([]);
  });

  it('does not code "the town, under the control of the LNA since 2019" as a change of control', () => {
    const found = events(
      'The town of Gharyan, under the control of the LNA, has been calm for weeks, residents said.',
      '2019-05-20',
    );
    expect(found).toEqual([]);
  });

  it('still codes a force seizing a town', () => {
    const event = only('سيطرت قوات حكومة الوفاق على مدينة غريان، الأربعاء، بعد معارك عنيفة.', '2019-06-27');
    expect(event.sub_event_type).toMatch(/territory/);
    expect(event.location).toMatch(/Gharyan/);
  });
});
