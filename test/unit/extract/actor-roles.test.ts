import { describe, it, expect } from 'vitest';
import { only } from './snippets.ts';

describe('who attacked and who was hit, by syntax', () => {
  it('reads "Y was targeted by X" with X as the attacker', () => {
    const event = only(
      'GNA positions in Ain Zara were targeted by Haftar forces with artillery on Monday.',
      '2019-11-12',
    );
    expect(event.actor1).toBe('LNA');
    expect(event.actor2).toBe('GNA Forces');
  });

  it('reads "Y came under shelling" with Y as the one hit', () => {
    const event = only('Haftar forces came under heavy shelling near Tarhuna on Sunday.', '2020-05-12');
    expect(event.actor2).toBe('LNA');
    expect(event.actor1).toBeNull();
  });

  it('reads "تعرضت مواقع قوات حفتر لقصف" with Haftar\'s forces as the ones hit', () => {
    const event = only('تعرضت مواقع قوات حفتر لقصف مدفعي عنيف في محيط ترهونة مساء الأحد.', '2020-05-12');
    expect(event.actor2).toBe('LNA');
  });

  it('reads "X targeted Y" with X as the attacker', () => {
    const event = only('Turkish drones targeted Wagner mercenaries near Sirte on Friday.', '2020-07-12');
    expect(event.actor1).toBe('Turkish Forces');
    expect(event.actor2).toBe('Wagner Group');
  });

  it('takes both sides of "clashes between X and Y"', () => {
    const event = only(
      'Clashes erupted between the 444 Brigade and the Stability Support Apparatus in Tripoli on Monday.',
      '2023-08-16',
    );
    expect([event.actor1, event.actor2].sort()).toEqual(
      ['444th Brigade', 'Stability Support Apparatus'].sort(),
    );
  });
});

describe('civilians as the ones hit', () => {
  it('codes a strike on a wedding as hitting civilians', () => {
    expect(only('A drone struck a wedding in Murzuq on Sunday.', '2019-08-05').actor2).toBe('Civilians');
  });

  it('codes shells on a market as hitting civilians', () => {
    expect(only('سقطت قذائف هاون على سوق شعبي في أبوسليم مساء السبت.', '2019-05-12').actor2).toBe(
      'Civilians',
    );
  });

  it('codes rockets on a house as hitting civilians', () => {
    expect(only('A Grad rocket landed on a house in Tajoura on Friday.', '2020-05-09').actor2).toBe(
      'Civilians',
    );
  });

  it('does not take residents who told of fighting as its victims', () => {
    const event = only('Heavy clashes broke out in Zawiya on Friday, residents said.', '2023-06-03');
    expect(event.actor2).not.toBe('Civilians');
  });

  it('does not make civilians a side of a clash', () => {
    const event = only(
      'Fighting between Haftar forces and GNA troops near a hospital in Ain Zara killed two on Monday.',
      '2019-10-15',
    );
    expect([event.actor1, event.actor2]).not.toContain('Civilians');
  });
});

describe('the progressive is not the passive', () => {
  it('keeps "Haftar forces were shelling" with Haftar\'s forces as the attacker', () => {
    const event = only('Haftar forces were shelling Abu Salim on Monday, residents said.', '2019-11-12');
    expect(event.actor1).toBe('LNA');
  });
});
