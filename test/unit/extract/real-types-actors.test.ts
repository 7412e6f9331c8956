/**
 * Event types and actors as real reporting writes them (snippets in our own words, after the reports listed under
 * "Types, actors and coordinated triggers" in test/fixtures/READING.md): a suicide word with the bombing or the
 * attackers in its clause makes a suicide bombing; who struck and who was hit follows the syntax (a subject before
 * an Arabic verb, a passive "were killed", a place "controlled by" a party, a denial after an appositive); a party's
 * name inside a TV channel's is no party; "the Libyan army" is the side the article means by it.
 */
import { describe, expect, it } from 'vitest';
import type { ConflictEvent } from '../../../src/pipeline/types.ts';
import { extractArticle } from '../../../src/pipeline/extract/index.ts';
import { testResources } from './resources.ts';
import { events, only } from './snippets.ts';

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

describe('a suicide word with the bombing or the attackers in its clause is a suicide bombing', () => {
  it('codes "فجر انتحاريان سيارتين مفخختين" as a suicide bombing claimed by the Islamic State, not an IED', () => {
    const event = only(
      'وفجر انتحاريان سيارتين مفخختين عند بوابة أمنية في سرت يوم الخميس، وتبنى تنظيم داعش الهجوم.',
      '2016-05-14',
    );
    expect(coded(event)).toEqual({
      type: 'Suicide bomb',
      date: '2016-05-12',
      place: 'Sirte',
      fatalities: null,
      actor1: 'Islamic State',
      actor2: null,
    });
  });

  it('codes "a suicide car bombing" as a suicide bombing with its toll, not a car bomb', () => {
    const event = only(
      'At least 12 people were killed in a suicide car bombing at a checkpoint in Zliten on Sunday.',
      '2016-03-08',
    );
    expect(coded(event)).toMatchObject({
      type: 'Suicide bomb',
      date: '2016-03-06',
      place: 'Zliten',
      fatalities: 12,
    });
  });

  it('codes "a suicide truck bomb" (a word between) as a suicide bombing', () => {
    expect(
      only('A suicide truck bomb exploded at a police camp in Misrata on Friday.', '2017-02-12'),
    ).toMatchObject({ sub_event_type: 'Suicide bomb', date: '2017-02-10', location: 'Misrata' });
  });

  it('codes "the suicide attackers who launched the attack" as a suicide bombing at its place and day', () => {
    const event = only(
      'One of the three suicide attackers who launched the attack on Es Sider on Tuesday was a teenager.',
      '2016-01-08',
    );
    expect(coded(event)).toMatchObject({ type: 'Suicide bomb', date: '2016-01-05', place: 'Es Sider' });
  });

  it('still codes a car bomb with no suicide word as an IED', () => {
    expect(
      only('A car bomb exploded near a mosque in Benghazi on Friday.', '2018-01-27').sub_event_type,
    ).toBe('Remote explosive/landmine/IED');
  });
});

describe('who struck and who was hit, by the syntax', () => {
  it('makes the drone that "قواتنا قصفت" struck the side hit, not the attacker (a subject before the verb)', () => {
    const event = only(
      'وقال آمر غرفة العمليات إن قواتهم قصفت طائرة تركية مسيرة داخل مطار معيتيقة يوم السبت.',
      '2019-07-01',
    );
    expect(event.actor1).not.toBe('Turkish Forces');
    expect(event.actor2).toBe('Turkish Forces');
  });

  it('keeps a drone after a verb that opens its clause as the attacker ("قصفت طائرة تركية مسيرة مواقع")', () => {
    const event = only('قصفت طائرة تركية مسيرة مواقع في ترهونة يوم الأحد.', '2020-05-18');
    expect(coded(event)).toEqual({
      type: 'Air/drone strike',
      date: '2020-05-17',
      place: 'Tarhuna',
      fatalities: null,
      actor1: 'Turkish Forces',
      actor2: null,
    });
  });

  it('makes the party right after a clause-opening "استهدفت" its subject, the attacker', () => {
    const event = only('واستهدفت قوات حفتر مواقع في عين زارة يوم الأحد.', '2019-09-16');
    expect([event.actor1, event.actor2]).toEqual(['LNA', null]);
  });

  it('keeps the party after "غارة استهدفت" the target (the raid is the subject)', () => {
    const event = only('قتل ثلاثة في غارة استهدفت قوات حفتر في ترهونة يوم الأحد.', '2019-09-16');
    expect(event.actor2).toBe('LNA');
    expect(event.fatalities).toBe(3);
  });

  it('makes the party whose fighters "were killed" in a drone attack the side hit', () => {
    const event = only(
      'Five pro-GNA fighters were killed on Tuesday in a drone attack by forces loyal to Haftar in Gharyan.',
      '2020-04-16',
    );
    expect([event.actor1, event.actor2]).toEqual(['LNA', 'GNA Forces']);
  });

  it('gives the party that holds a bombed town as the target ("which is controlled by", "الخاضعة لسيطرة")', () => {
    const english = only(
      'Egyptian warplanes bombed Derna, which is controlled by the Islamic State, on Monday.',
      '2015-02-17',
    );
    expect([english.actor1, english.actor2]).toEqual(['Egyptian Forces', 'Islamic State']);
    const arabic = only('قصفت طائرات مصرية مدينة درنة الخاضعة لسيطرة تنظيم داعش يوم الاثنين.', '2015-02-17');
    expect([arabic.actor1, arabic.actor2]).toEqual(['Egyptian Forces', 'Islamic State']);
  });

  it('makes the aircraft of "الغارة التي شنتها طائرات أمريكية" the attacker (the feminine "شنتها", "نفذته")', () => {
    const strike = only(
      'قتل أربعة في الغارة التي شنتها طائرات أمريكية على معسكر لتنظيم داعش في صبراتة يوم الجمعة.',
      '2016-02-20',
    );
    expect(coded(strike)).toEqual({
      type: 'Air/drone strike',
      date: '2016-02-19',
      place: 'Sabratha',
      fatalities: 4,
      actor1: 'US Forces',
      actor2: 'Islamic State',
    });
    const shelling = only(
      'قتل أربعة في القصف الذي نفذته مدفعية قوات حفتر على حي سكني في طرابلس يوم الجمعة.',
      '2019-10-12',
    );
    expect([shelling.actor1, shelling.actor2]).toEqual(['LNA', 'Civilians']);
  });

  it('gives "ISIS-held" the side hit', () => {
    const event = only('American drones struck ISIS-held Sirte on Monday.', '2016-08-03');
    expect([event.actor1, event.actor2]).toEqual(['US Forces', 'Islamic State']);
  });
});

describe('claims and channels name no side', () => {
  it('does not make the LNA the attacker when it denies the strike after an appositive naming its leader', () => {
    const found = events(
      'An explosion killed 14 recruits at a police school in Zliten on Saturday. ' +
        'The LNA, under Gen Khalifa Haftar, denied that it was behind the strike.',
      '2020-06-02',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.actor1).toBeNull();
    expect(found[0]?.fatalities).toBe(14);
  });

  it('does not make the LNA the attacker of "نفى الجيش الوطني، بقيادة حفتر، مسؤوليته" (Arabic appositive)', () => {
    const found = events(
      'انفجر لغم في مدينة سرت يوم الجمعة. ونفى الجيش الوطني، بقيادة خليفة حفتر، مسؤوليته عن التفجير.',
      '2020-08-30',
    );
    expect(found.map((event) => event.actor1)).toEqual([null]);
  });

  it('still makes a party that claims the strike after an appositive its attacker', () => {
    const event = only(
      'An air strike hit a depot in Zliten on Saturday. The LNA, under Gen Khalifa Haftar, said it carried out the strike.',
      '2020-06-02',
    );
    expect(event.actor1).toBe('LNA');
  });

  it('does not take Egypt in the name of a TV channel ("قناة «إم بي سي مصر»", "Egyptian TV") for a side', () => {
    const arabic = only(
      'وقال المتحدث في مداخلة على قناة "إم بي سي مصر" إن القوات الجوية نفذت ضربات على مواقع في غريان أمس.',
      '2019-12-14',
    );
    expect(arabic.actor1).not.toBe('Egyptian Forces');
    // A channel in a dateline names no party of the sentence after it.
    const dateline = only(
      'سبها - قناة 218 | أعلنت القيادة العامة أن سلاح الجو نفذ ضربات جوية على مواقع قرب القطرون يوم الخميس.',
      '2023-08-26',
    );
    expect(dateline.actor1).toBe('LNA');
    const english = only(
      'In a statement read on Egyptian TV, the army said its warplanes struck camps in Derna on Monday.',
      '2015-02-17',
    );
    expect(english.actor1).not.toBe('Egyptian Forces');
  });
});

describe('coordinated triggers share the place told after them', () => {
  it('puts both "تفجيرين ومعارك … في محيط مطار بنينا" at Benina airport, none left unlocated', () => {
    const found = events(
      'قتل خمسة جنود اليوم الخميس في تفجيرين ومعارك بين الجيش ومسلحين في محيط مطار بنينا.',
      '2014-10-02',
    );
    expect(found.map((event) => [event.sub_event_type, event.location, event.date])).toEqual([
      ['Remote explosive/landmine/IED', 'Benina airport', '2014-10-02'],
      ['Armed clash', 'Benina airport', '2014-10-02'],
    ]);
  });

  it('puts both "in a bombing and clashes near Benina airport" there (English)', () => {
    const found = events(
      'Four soldiers were killed on Thursday in a bombing and clashes with Islamist fighters near Benina airport.',
      '2014-10-02',
    );
    expect(found.map((event) => event.location)).toEqual(['Benina airport', 'Benina airport']);
  });

  it('puts "غارات وقصف مدفعي على ترهونة" both at Tarhuna', () => {
    const found = events('قتل ثلاثة مدنيين اليوم الخميس في غارات وقصف مدفعي على ترهونة.', '2019-10-03');
    expect(found.map((event) => [event.sub_event_type, event.location])).toEqual([
      ['Air/drone strike', 'Tarhuna'],
      ['Shelling/artillery/missile attack', 'Tarhuna'],
    ]);
  });

  it('keeps each place where two clauses tell two places ("hit Sirte … and clashes broke out in Misrata")', () => {
    const found = events('An airstrike hit Sirte on Monday and clashes broke out in Misrata.', '2016-06-14');
    expect(found.map((event) => event.location)).toEqual(['Sirte', 'Misrata']);
  });
});

describe('"the Libyan army" is the side the article means by it', () => {
  it('is the GNA in a 2020 article that calls Haftar\'s side the enemy ("Haftar militias")', () => {
    const event = only(
      'The Libyan Air Force carried out an airstrike on Haftar militias near Bani Walid on Thursday.',
      '2020-05-21',
    );
    expect([event.actor1, event.actor2]).toEqual(['GNA Forces', 'LNA']);
  });

  it('is the GNA in an Arabic 2019 article that writes "مليشيات حفتر"', () => {
    const event = only('شن سلاح الجو الليبي غارات على مواقع مليشيات حفتر في ترهونة يوم الأحد.', '2019-09-16');
    expect([event.actor1, event.actor2]).toEqual(['GNA Forces', 'LNA']);
  });

  it('is the LNA in a 2020 article that names Haftar as its leader', () => {
    const event = only(
      'شن الجيش الليبي بقيادة المشير خليفة حفتر غارات جوية على قاعدة الوطية يوم الأحد.',
      '2020-07-06',
    );
    expect(event.actor1).toBe('LNA');
  });

  it('is the GNA in an article from a Turkish outlet in 2020, the LNA in the same text from another', () => {
    const text = 'The Libyan army shelled positions near Sirte on Thursday.';
    const from = (source: string, url?: string) =>
      extractArticle(
        { id: source, title: '', published: '2020-06-26', lang: 'en', source, text, ...(url ? { url } : {}) },
        testResources(),
      ).events.map((event) => event.actor1);
    expect(from('Anadolu Agency')).toEqual(['GNA Forces']);
    expect(from('upload', 'https://www.aa.com.tr/en/africa/libya-army/123')).toEqual(['GNA Forces']);
    expect(from('Al Wasat')).toEqual(['LNA']);
  });

  it('is the state army of the time in 2012, so that it regains territory', () => {
    const event = only('واقتحم الجيش الليبي مدينة بني وليد يوم السبت بعد اشتباكات.', '2012-10-21');
    expect(event.sub_event_type).toBe('Government regains territory');
    expect(event.actor1).toBe('Military Forces of Libya (2011-2014)');
  });

  it('reads "the Special Deterrent Force" as Rada', () => {
    const event = only(
      'The attack on Mitiga airport on Monday was repelled by the Special Deterrent Force.',
      '2018-01-16',
    );
    expect(event.actor1).toBe('Special Deterrence Force (Rada)');
  });
});
