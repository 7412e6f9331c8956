/**
 * Attacker and target as real reporting writes them (snippets in our own words, after the reports listed under
 * "Actors and roles" in test/fixtures/READING.md): an attacker is coded only where the text attributes the act
 * to it; accusations and denials are claims; the office or party that reports an event is not a side of it; a
 * foreign air force described by the party it backs is the foreign force.
 */
import { describe, expect, it } from 'vitest';
import type { ConflictEvent } from '../../../src/pipeline/types.ts';
import { only } from './snippets.ts';

/** The fields a coder checks, for one-line comparisons. */
function coded(event: ConflictEvent) {
  return {
    type: event.sub_event_type,
    date: event.date,
    place: event.location,
    fatalities: event.fatalities,
    actor1: event.actor1,
    actor2: event.actor2,
  };
}

describe('a claim names no attacker', () => {
  it('leaves the attacker unknown when a government blames the shelling on its enemy and the enemy denies it', () => {
    const event = only(
      'Rockets slammed into the Souq al-Juma district of Tripoli on Tuesday night, killing four civilians. ' +
        "The Government of National Accord blamed the attack on Haftar's forces, which denied any role.",
      '2019-06-12',
    );
    expect(coded(event)).toEqual({
      type: 'Shelling/artillery/missile attack',
      date: '2019-06-11',
      place: 'Souq al-Juma',
      fatalities: 4,
      actor1: null,
      actor2: 'Civilians',
    });
  });

  it('does not make the accused of "اتهم المجلس الرئاسي قوات حفتر بقصف" the attacker', () => {
    const event = only('اتهم المجلس الرئاسي قوات حفتر بقصف مدرسة في تاجوراء يوم الاثنين.', '2019-06-12');
    expect(coded(event)).toEqual({
      type: 'Shelling/artillery/missile attack',
      date: '2019-06-10',
      place: 'Tajoura',
      fatalities: null,
      actor1: null,
      actor2: 'Civilians',
    });
  });

  it('does not make the accused of "accused X of shelling" the attacker, nor the accuser', () => {
    const event = only(
      'The GNA accused Haftar forces of shelling Ain Zara on Thursday, killing two civilians.',
      '2020-01-10',
    );
    expect([event.actor1, event.actor2]).toEqual([null, 'Civilians']);
    expect(event.fatalities).toBe(2);
  });

  it('leaves the attacker unknown when "حمّلت … المسؤولية" and "نفى" follow the event', () => {
    const event = only(
      'سقطت قذائف على حي أبوسليم في طرابلس الخميس، ما أدى إلى مقتل ثلاثة مدنيين، ونفى الجيش الوطني الليبي مسؤوليته عن القصف.',
      '2020-01-10',
    );
    expect(coded(event)).toEqual({
      type: 'Shelling/artillery/missile attack',
      date: '2020-01-09',
      place: 'Abu Salim',
      fatalities: 3,
      actor1: null,
      actor2: 'Civilians',
    });
  });

  it('does not make "حملت وزارة الداخلية قوات حفتر مسؤولية القصف" name the attacker', () => {
    const event = only(
      'حملت وزارة الداخلية قوات حفتر مسؤولية القصف الذي استهدف عين زارة الخميس.',
      '2020-01-10',
    );
    expect([event.actor1, event.actor2]).toEqual([null, null]);
    expect(event.location).toBe('Ain Zara');
  });
});

describe('a claim of responsibility names the attacker', () => {
  it('codes the group that "claimed responsibility" for a car bomb as its attacker', () => {
    const event = only(
      'Islamic State claimed responsibility for a car bomb in Misrata on Thursday that killed four.',
      '2020-01-10',
    );
    expect(coded(event)).toEqual({
      type: 'Remote explosive/landmine/IED',
      date: '2020-01-09',
      place: 'Misrata',
      fatalities: 4,
      actor1: 'Islamic State',
      actor2: null,
    });
  });

  it('codes "أعلن تنظيم داعش مسؤوليته عن تفجير" with the Islamic State as the attacker', () => {
    const event = only(
      'أعلن تنظيم داعش مسؤوليته عن تفجير سيارة مفخخة في مصراتة الخميس أسفر عن مقتل أربعة.',
      '2020-01-10',
    );
    expect(event.actor1).toBe('Islamic State');
    expect(event.fatalities).toBe(4);
  });
});

describe('the source of a report is not a party', () => {
  it('does not make the media office that tells of shells falling their attacker', () => {
    const event = only(
      'أفاد المكتب الإعلامي لعملية بركان الغضب بسقوط قذائف على منطقة الهضبة في طرابلس مساء الاثنين، ما أدى إلى مقتل طفل.',
      '2019-06-12',
    );
    expect(coded(event)).toEqual({
      type: 'Shelling/artillery/missile attack',
      date: '2019-06-10',
      place: 'Al Hadba',
      fatalities: 1,
      actor1: null,
      actor2: 'Civilians',
    });
  });

  it('does not make "قال المركز الإعلامي لعملية بركان الغضب إن قذائف سقطت" a GNA attack', () => {
    const event = only(
      'قال المركز الإعلامي لعملية بركان الغضب إن قذائف سقطت على منطقة الهضبة في طرابلس مساء الخميس.',
      '2020-01-10',
    );
    expect([event.actor1, event.actor2]).toEqual([null, null]);
  });

  it('does not read the impersonal "إنه تم" after "قالت عملية بركان الغضب" as the operation telling of its own strike', () => {
    const event = only(
      'وقالت عملية بركان الغضب في بيان إنه تم انتشال جثامين ثلاثة مدنيين قتلوا في قصف للطيران الحربي الداعم لحفتر على منازل في السواني مساء الأحد.',
      '2019-11-18',
    );
    expect(event.actor1).not.toBe('GNA Forces');
    expect(event.actor1).not.toBe('LNA');
    expect(event.location).toBe('Al Sawani');
  });

  it('does not make the party whose health ministry reports an air strike its attacker', () => {
    const event = only(
      "An air strike hit a farm near Gharyan on Monday, killing three people, the GNA's health ministry said.",
      '2019-06-12',
    );
    expect(coded(event)).toEqual({
      type: 'Air/drone strike',
      date: '2019-06-10',
      place: 'Gharyan',
      fatalities: 3,
      actor1: 'Unidentified military forces',
      actor2: 'Civilians',
    });
  });

  it('does not make "the health ministry of the GNA said shells hit" a GNA attack', () => {
    const event = only(
      'The health ministry of the GNA said shells hit Al-Hadba in Tripoli on Thursday, killing two.',
      '2020-01-10',
    );
    expect([event.actor1, event.actor2]).toEqual([null, null]);
    expect(event.fatalities).toBe(2);
  });

  it('does not make the operation whose spokesman tells of the shelling its attacker', () => {
    const event = only(
      'Shells hit the Hadba district of Tripoli on Monday, killing a child, a spokesman for the Volcano of Rage operation said.',
      '2019-06-12',
    );
    expect([event.actor1, event.actor2]).toEqual([null, 'Civilians']);
  });

  it('keeps the attacker a report names with "by" and drops the government that reports it', () => {
    const event = only(
      "Two civilians were killed when shells fired by Haftar's forces hit a house in Ain Zara on Monday, the GNA said.",
      '2019-06-12',
    );
    expect(coded(event)).toEqual({
      type: 'Shelling/artillery/missile attack',
      date: '2019-06-10',
      place: 'Ain Zara',
      fatalities: 2,
      actor1: 'LNA',
      actor2: 'Civilians',
    });
  });

  it('keeps "قصف شنته قوات حفتر" as the attacker and drops "بحسب حكومة الوفاق"', () => {
    const event = only(
      'قتل مدنيان جراء قصف شنته قوات حفتر على منزل في عين زارة يوم الاثنين، بحسب حكومة الوفاق.',
      '2019-06-12',
    );
    expect([event.actor1, event.actor2, event.fatalities]).toEqual(['LNA', 'Civilians', 2]);
  });

  it('reads the party after "the municipal council said" as the attacker it names, not the council', () => {
    const event = only(
      'The Tarhuna municipal council said GNA drones struck a market in the town on Monday, killing three civilians.',
      '2019-06-12',
    );
    expect(coded(event)).toEqual({
      type: 'Air/drone strike',
      date: '2019-06-10',
      place: 'Tarhuna',
      fatalities: 3,
      actor1: 'GNA Forces',
      actor2: 'Civilians',
    });
  });
});

describe('a party that tells of its own act is its attacker', () => {
  it('codes "the LNA said its warplanes struck" with the LNA as the attacker', () => {
    const event = only('The LNA said its warplanes struck GNA positions in Gharyan on Monday.', '2019-06-12');
    expect([event.actor1, event.actor2]).toEqual(['LNA', 'GNA Forces']);
  });

  it('codes "أعلنت قوات حكومة الوفاق، الاثنين، سيطرتها على غريان" as the GNA retaking it', () => {
    const event = only(
      'أعلنت قوات حكومة الوفاق، الاثنين، سيطرتها على مدينة غريان بعد اشتباكات مع قوات حفتر.',
      '2019-06-12',
    );
    expect(coded(event)).toEqual({
      type: 'Government regains territory',
      date: '2019-06-10',
      place: 'Gharyan',
      fatalities: null,
      actor1: 'GNA Forces',
      actor2: 'LNA',
    });
  });

  it('codes a media office announcing "أن سلاح الجو دمر" as its own side attacking', () => {
    const event = only(
      'أعلن المركز الإعلامي لعملية بركان الغضب أن سلاح الجو دمر، صباح الاثنين، منظومة دفاع جوي في قاعدة الوطية بضربة جوية.',
      '2020-05-19',
    );
    expect(event.sub_event_type).toBe('Air/drone strike');
    expect(event.actor1).toBe('GNA Forces');
  });
});

describe('who backed or built a weapon is not who fired it', () => {
  it('codes "Haftar\'s UAE-backed air force" as the LNA', () => {
    const event = only(
      "Haftar's UAE-backed air force carried out drone strikes on the Misrata air academy on Saturday.",
      '2019-07-28',
    );
    expect([event.actor1, event.date]).toEqual(['LNA', '2019-07-27']);
  });

  it('codes "a Turkish-made drone operated by GNA forces" as the GNA', () => {
    const event = only(
      'A Turkish-made drone operated by GNA forces struck an LNA convoy near Tarhuna on Monday.',
      '2019-11-18',
    );
    expect([event.actor1, event.actor2, event.location]).toEqual(['GNA Forces', 'LNA', 'Tarhuna']);
  });

  it('puts the party that tells of its own strike before the drone it says it destroyed', () => {
    const event = only(
      'The LNA said on Thursday that it had destroyed a Turkish drone at Mitiga airport in an air strike.',
      '2019-09-26',
    );
    expect([event.actor1, event.location]).toEqual(['LNA', 'Mitiga airport']);
  });
});

describe('a foreign air force described by the party it backs', () => {
  it('codes "Emirati aircraft supporting Haftar" as UAE Forces, not the LNA', () => {
    const event = only(
      'Emirati aircraft supporting Haftar struck a factory in Tripoli on Thursday.',
      '2020-01-10',
    );
    expect(coded(event)).toEqual({
      type: 'Air/drone strike',
      date: '2020-01-09',
      place: 'Tripoli',
      fatalities: null,
      actor1: 'UAE Forces',
      actor2: null,
    });
  });

  it('codes "طائرات مسيرة إماراتية داعمة لقوات حفتر" as UAE Forces hitting civilians', () => {
    const event = only(
      'قصفت طائرات مسيرة إماراتية داعمة لقوات حفتر مستشفى ميدانيا جنوب طرابلس يوم الاثنين، ما أسفر عن مقتل مسعفين اثنين.',
      '2019-06-12',
    );
    expect([event.actor1, event.actor2, event.fatalities, event.date]).toEqual([
      'UAE Forces',
      'Civilians',
      2,
      '2019-06-10',
    ]);
  });

  it('codes "استهدفت طائرات إماراتية" with the aircraft as the subject of the verb', () => {
    const event = only('استهدفت طائرات إماراتية داعمة لحفتر مصنعا في طرابلس يوم الخميس.', '2020-01-10');
    expect([event.actor1, event.actor2]).toEqual(['UAE Forces', null]);
  });

  it('leaves the backer of "الطيران المسير الداعم لحفتر" unidentified instead of coding the LNA', () => {
    const event = only('شن الطيران المسير الداعم لحفتر غارة على مطار معيتيقة يوم الاثنين.', '2019-06-12');
    expect(coded(event)).toEqual({
      type: 'Air/drone strike',
      date: '2019-06-10',
      place: 'Mitiga airport',
      fatalities: null,
      actor1: 'Unidentified military forces',
      actor2: null,
    });
  });

  it('leaves the owner of "drones backing Haftar\'s forces" unidentified', () => {
    expect(only("Drones backing Haftar's forces struck Mitiga airport on Monday.", '2019-06-12').actor1).toBe(
      'Unidentified military forces',
    );
  });
});

describe('a backer named with "backed by" is not the attacker', () => {
  it('keeps Haftar\'s forces as the attacker of shelling they carried out "backed by Emirati drones"', () => {
    const event = only(
      "Haftar's forces, backed by Emirati drones, shelled the Ain Zara district of Tripoli on Monday, killing three civilians.",
      '2019-06-12',
    );
    expect(coded(event)).toEqual({
      type: 'Shelling/artillery/missile attack',
      date: '2019-06-10',
      place: 'Ain Zara',
      fatalities: 3,
      actor1: 'LNA',
      actor2: 'Civilians',
    });
  });

  it('keeps "قوات حفتر المدعومة من الإمارات" as the LNA, not the UAE', () => {
    const event = only(
      'قصفت قوات حفتر المدعومة من الإمارات حي عين زارة في طرابلس يوم الاثنين، ما أدى إلى مقتل ثلاثة مدنيين.',
      '2019-06-12',
    );
    expect([event.actor1, event.actor2, event.fatalities]).toEqual(['LNA', 'Civilians', 3]);
  });
});

describe('adopting an attack names its attacker, a hedge does not', () => {
  it('codes "تبنى تنظيم داعش الهجوم" with the Islamic State as the attacker', () => {
    const event = only(
      'تبنى تنظيم داعش الهجوم بسيارة مفخخة على بوابة أمنية قرب زليتن يوم الاثنين، والذي أسفر عن مقتل خمسة من رجال الأمن.',
      '2019-06-12',
    );
    expect(coded(event)).toEqual({
      type: 'Remote explosive/landmine/IED',
      date: '2019-06-10',
      place: 'Zliten',
      fatalities: 5,
      actor1: 'Islamic State',
      actor2: null,
    });
  });

  it('codes "Islamic State claimed the car bomb attack" with the Islamic State as the attacker', () => {
    const event = only(
      'Islamic State claimed the car bomb attack on a checkpoint near Zliten on Monday that killed five policemen.',
      '2019-06-12',
    );
    expect([event.actor1, event.fatalities]).toEqual(['Islamic State', 5]);
  });

  it('codes gunmen "believed to be" from a group as unidentified, not as that group', () => {
    const event = only(
      'هاجم مسلحون يعتقد أنهم من تنظيم داعش بوابة أمنية قرب زليتن يوم الاثنين، ما أسفر عن مقتل خمسة من رجال الأمن.',
      '2019-06-12',
    );
    expect([event.actor1, event.location, event.fatalities]).toEqual([
      'Unidentified Armed Group',
      'Zliten',
      5,
    ]);
  });
});

describe('a party that is the subject of another clause is not the one hit', () => {
  it('does not make Haftar\'s forces the target of a strike told "weeks after Haftar\'s forces launched an offensive"', () => {
    const event = only(
      "A drone strike killed five people in Murzuq on Sunday, weeks after Haftar's forces launched an offensive on the south.",
      '2019-08-05',
    );
    expect(coded(event)).toEqual({
      type: 'Air/drone strike',
      date: '2019-08-04',
      place: 'Murzuq',
      fatalities: 5,
      actor1: 'Unidentified military forces',
      actor2: null,
    });
  });
});

describe('an attacker the text calls unknown stays unknown', () => {
  it('does not borrow the Turkish drones of the sentence before for "an aircraft of unknown origin"', () => {
    const event = only(
      'Turkish drones have been spotted over Sirte. On Monday, an aircraft of unknown origin bombed a convoy near Sirte.',
      '2019-06-12',
    );
    expect(event.actor1).toBe('Unidentified military forces');
    expect(event.location).toBe('Sirte');
  });

  it('codes "طائرة حربية مجهولة الهوية" as unidentified forces', () => {
    const event = only('طائرة حربية مجهولة الهوية قصفت معسكرا في الجفرة يوم الاثنين.', '2019-06-12');
    expect(event.actor1).toBe('Unidentified military forces');
    expect(event.date).toBe('2019-06-10');
  });

  it('codes "ضربات جوية بطائرات تركية مسيرة" with the Turkish drones as the attacker', () => {
    const event = only(
      'وسبقت ذلك سلسلة من الضربات الجوية بطائرات تركية مسيرة استهدفت قاعدة الوطية يوم الأحد.',
      '2020-05-19',
    );
    expect(event.actor1).toBe('Turkish Forces');
    expect(event.actor2).not.toBe('Al-Qaeda');
  });
});
