/**
 * Writes one Arabic news article in the manner of a given outlet: caption, dateline, lead incident, details,
 * quote, further incidents, sentences that are not events, and background.
 */
import type { Article } from '../../src/pipeline/types';
import type { Random } from './random';
import { isoDay, yearOf } from './calendar';
import type { Incident, PlaceIndex } from './incident';
import { makeIncident } from './incident';
import { ACTORS } from './theatres';
import {
  countPhrase,
  dayPhrase,
  number,
  placeNoun,
  placePhrase,
  quote,
  victimKind,
  withLi,
} from './arabic-phrases';
import type { ArabicStyle } from './arabic-phrases';
import {
  ARABIC_BACKGROUND,
  ARABIC_CALM_TITLES,
  ARABIC_CALM_TOPICS,
  ARABIC_CAPTIONS,
  ARABIC_CONTEXT,
  ARABIC_FACILITIES,
  ARABIC_FOLLOW_UPS,
  ARABIC_NON_EVENTS,
  ARABIC_OPERATIONS,
  ARABIC_QUOTES,
  ARABIC_REPORTS,
  ARABIC_SPEAKERS,
} from './arabic-sentences';
import { fill, fitsYear } from './template';

interface ArabicOutlet {
  name: string;
  style: ArabicStyle;
  dateline: readonly string[];
  /** Some sites flatten an article into one paragraph. */
  oneParagraph: boolean;
  /** Some sites drop the hamza from alef (ارهابي for إرهابي). */
  plainAlef: boolean;
}

const OUTLETS: readonly ArabicOutlet[] = [
  {
    name: 'Libyan daily (generated)',
    style: { months: 'gulf', easternDigits: false, guillemets: false },
    dateline: ['{city} - ', ''],
    oneParagraph: false,
    plainAlef: false,
  },
  {
    name: 'Maghreb news site (generated)',
    style: { months: 'maghreb', easternDigits: false, guillemets: true },
    dateline: ['{city} ـ «مراسلنا»: ', '{city} - (وكالات) '],
    oneParagraph: false,
    plainAlef: true,
  },
  {
    name: 'Levantine newspaper (generated)',
    style: { months: 'levant', easternDigits: true, guillemets: true },
    dateline: ['{city} ـ ', '{city} (وكالات) - '],
    oneParagraph: false,
    plainAlef: false,
  },
  {
    name: 'Gulf channel website (generated)',
    style: { months: 'gulf', easternDigits: false, guillemets: false },
    dateline: ['{city} / خاص: ', '', 'دبي - '],
    oneParagraph: true,
    plainAlef: false,
  },
  {
    name: 'Libyan state agency archive (generated)',
    style: { months: 'libya', easternDigits: false, guillemets: true },
    dateline: ['{city} ', ''],
    oneParagraph: false,
    plainAlef: false,
  },
];

function actorName(random: Random, actor: keyof typeof ACTORS): string {
  return random.pick(ACTORS[actor].ar);
}

function yearSlots(style: ArabicStyle): Record<string, string> {
  const slots: Record<string, string> = {};
  for (const year of [2011, 2014, 2016, 2019, 2020, 2021, 2023]) slots[`year${year}`] = number(style, year);
  return slots;
}

function incidentSlots(random: Random, style: ArabicStyle, incident: Incident, publishedDay: number) {
  const attacker = actorName(random, incident.attacker);
  const target = actorName(random, incident.target);
  const killed = incident.killed ?? random.int(2, 6);
  return {
    attacker,
    target,
    liAttacker: withLi(attacker),
    liTarget: withLi(target),
    when: dayPhrase(random, style, incident.day, publishedDay),
    place: placePhrase(random, style, incident),
    placeNoun: placeNoun(random, incident.place),
    killed: countPhrase(random, style, killed, victimKind(incident.target)),
    injured: incident.injured === null ? '' : ` وإصابة ${number(style, incident.injured)} آخرين`,
    facility: random.pick(ARABIC_FACILITIES),
    city: incident.reference?.city.ar ?? incident.place.ar,
    operation: quote(style, random.pick(ARABIC_OPERATIONS)),
    count: number(style, random.int(4, 30)),
    total: number(style, random.int(20, 200)),
    displaced: number(style, random.int(3, 90) * 100),
    ...yearSlots(style),
  };
}

function report(random: Random, style: ArabicStyle, incident: Incident, publishedDay: number): string[] {
  const slots = incidentSlots(random, style, incident, publishedDay);
  const sentences = [fill(random.pick(ARABIC_REPORTS[incident.kind]), slots)];
  for (const sentence of random.sample(ARABIC_FOLLOW_UPS, random.int(0, 3)))
    sentences.push(fill(sentence, slots));
  if (random.chance(0.5)) {
    const speaker = fill(random.pick(ARABIC_SPEAKERS), slots);
    sentences.push(`وقال ${speaker}: ${quote(style, random.pick(ARABIC_QUOTES))}.`);
  }
  return sentences;
}

function calmArticle(random: Random, style: ArabicStyle, places: PlaceIndex, publishedDay: number) {
  const city = random.pick(places.references).ar;
  const slots = {
    city,
    when: dayPhrase(random, style, publishedDay - random.int(0, 2), publishedDay),
    barrels: number(style, random.int(700, 1300) * 1000),
    port: random.pick(['السدرة', 'راس لانوف', 'الزويتينة', 'البريقة', 'الحريقة']),
    migrants: number(style, random.int(20, 400)),
    cases: number(style, random.int(10, 900)),
    hours: number(style, random.int(6, 18)),
    ...yearSlots(style),
  };
  const topic = random.int(0, ARABIC_CALM_TOPICS.length - 1);
  const sentences = (ARABIC_CALM_TOPICS[topic] ?? [])
    .filter((sentence) => fitsYear(sentence, yearOf(publishedDay)))
    .map((sentence) => fill(sentence, slots));
  return { title: ARABIC_CALM_TITLES[topic] ?? 'ليبيا: آخر المستجدات', sentences };
}

function title(random: Random, style: ArabicStyle, incident: Incident): string {
  const where = incident.place.ar;
  const killed =
    incident.killed === null
      ? ''
      : `مقتل ${countPhrase(random, style, incident.killed, victimKind(incident.target))} `;
  const what = {
    air: 'في ضربة جوية قرب',
    shelling: 'في قصف على',
    explosive: 'في انفجار في',
    clash: 'في اشتباكات في',
    capture: 'ومعارك للسيطرة على',
  }[incident.kind];
  return `${killed}${what} ${where}`.trim();
}

export function writeArabicArticle(
  random: Random,
  places: PlaceIndex,
  publishedDay: number,
  id: string,
): Article {
  const outlet = random.pick(OUTLETS);
  const style = outlet.style;
  const paragraphs: string[] = [];
  const calm = random.chance(0.3);
  const lead = calm ? undefined : makeIncident(random, places, publishedDay);
  if (random.chance(0.3)) paragraphs.push(random.pick(ARABIC_CAPTIONS));
  let headline: string;
  if (calm || !lead) {
    const topic = calmArticle(random, style, places, publishedDay);
    headline = topic.title;
    for (const sentence of topic.sentences) paragraphs.push(sentence);
  } else {
    headline = title(random, style, lead);
    const lines = report(random, style, lead, publishedDay);
    const dateline = fill(random.pick(outlet.dateline), { city: random.pick(places.references).ar });
    if (dateline) lines[0] = `${dateline} ${lines[0] ?? ''}`;
    for (const line of lines) paragraphs.push(line);
    for (let more = random.int(0, 5); more > 0; more -= 1) {
      for (const line of report(random, style, makeIncident(random, places, publishedDay), publishedDay))
        paragraphs.push(line);
    }
    for (let count = random.int(1, 4); count > 0; count -= 1) {
      paragraphs.push(fill(random.pick(ARABIC_NON_EVENTS), incidentSlots(random, style, lead, publishedDay)));
    }
    for (const sentence of random.sample(ARABIC_CONTEXT, random.int(2, 5))) {
      paragraphs.push(fill(sentence, incidentSlots(random, style, lead, publishedDay)));
    }
  }
  for (const sentence of random.sample(
    ARABIC_BACKGROUND.filter((sentence) => fitsYear(sentence, yearOf(publishedDay))),
    random.int(2, 5),
  )) {
    paragraphs.push(fill(sentence, yearSlots(style)));
  }
  let text = paragraphs.join(outlet.oneParagraph ? ' ' : '\n\n');
  if (outlet.plainAlef) text = text.replaceAll('إ', 'ا').replaceAll('أ', 'ا');
  return {
    id,
    title: headline,
    published: isoDay(publishedDay),
    lang: 'ar',
    source: outlet.name,
    text,
  };
}
