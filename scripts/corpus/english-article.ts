/**
 * Writes one English news article in wire or newspaper style, from the same incidents as the Arabic writer.
 */
import type { Article } from '../../src/pipeline/types';
import type { Random } from './random';
import { isoDay, yearOf } from './calendar';
import { makeIncident, type Incident, type PlaceIndex } from './incident';
import { ACTORS } from './theatres';
import {
  countPhrase,
  dayPhrase,
  numberPhrase,
  placeName,
  placePhrase,
  type EnglishStyle,
} from './english-phrases';
import {
  ENGLISH_BACKGROUND,
  ENGLISH_CALM_TITLES,
  ENGLISH_CALM_TOPICS,
  ENGLISH_CAPTIONS,
  ENGLISH_CONTEXT,
  ENGLISH_FACILITIES,
  ENGLISH_FOLLOW_UPS,
  ENGLISH_NON_EVENTS,
  ENGLISH_OPERATIONS,
  ENGLISH_QUOTES,
  ENGLISH_REPORTS,
  ENGLISH_SPEAKERS,
} from './english-sentences';
import { capitalise, fill, fitsYear } from './template';

interface EnglishOutlet {
  name: string;
  style: EnglishStyle;
  dateline: readonly string[];
  /** Web pages copied with their clutter ("Advertisement", share prompts). */
  clutter: boolean;
}

const OUTLETS: readonly EnglishOutlet[] = [
  {
    name: 'English wire (generated)',
    style: { wire: true },
    dateline: ['{CITY}, Libya — ', '{CITY} (Wire) - '],
    clutter: false,
  },
  { name: 'British newspaper (generated)', style: { wire: false }, dateline: [''], clutter: false },
  {
    name: 'Regional news website (generated)',
    style: { wire: false },
    dateline: ['{City}: ', ''],
    clutter: true,
  },
];

const CLUTTER = [
  'Advertisement',
  'Share this article',
  'Read more: Libya crisis explained',
  'Sign up for our newsletter',
];

function actorName(random: Random, actor: keyof typeof ACTORS): string {
  return random.pick(ACTORS[actor].en);
}

function slots(random: Random, style: EnglishStyle, incident: Incident, publishedDay: number) {
  const killed = incident.killed ?? random.int(2, 6);
  return {
    attacker: actorName(random, incident.attacker),
    target: actorName(random, incident.target),
    when: dayPhrase(random, style, incident.day, publishedDay),
    place: placePhrase(random, incident),
    placeName: placeName(random, incident.place),
    killed: countPhrase(random, style, killed, incident.target),
    injured: incident.injured === null ? '' : ` and wounded ${numberPhrase(style, incident.injured)}`,
    facility: random.pick(ENGLISH_FACILITIES),
    city: incident.reference?.city.en ?? incident.place.en,
    operation: random.pick(ENGLISH_OPERATIONS),
    count: String(random.int(4, 30)),
    total: String(random.int(20, 200)),
    displaced: String(random.int(3, 90) * 100),
  };
}

function report(random: Random, style: EnglishStyle, incident: Incident, publishedDay: number): string[] {
  const values = slots(random, style, incident, publishedDay);
  const sentences = [capitalise(fill(random.pick(ENGLISH_REPORTS[incident.kind]), values))];
  for (const sentence of random.sample(ENGLISH_FOLLOW_UPS, random.int(0, 3))) {
    sentences.push(capitalise(fill(sentence, values)));
  }
  if (random.chance(0.5)) {
    const speaker = fill(random.pick(ENGLISH_SPEAKERS), values);
    sentences.push(`"${random.pick(ENGLISH_QUOTES)}," said ${speaker}.`);
  }
  return sentences;
}

function title(incident: Incident): string {
  const what = {
    air: 'Air strike',
    shelling: 'Shelling',
    explosive: 'Blast',
    clash: 'Clashes',
    capture: 'Forces take control',
  }[incident.kind];
  const toll = incident.killed === null ? '' : ` kills ${incident.killed}`;
  return `${what}${incident.kind === 'capture' ? ' of' : toll} ${incident.kind === 'capture' ? '' : 'near '}${incident.place.en}`
    .replace(/ {2,}/g, ' ')
    .trim();
}

export function writeEnglishArticle(
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
  if (random.chance(0.2)) paragraphs.push(random.pick(ENGLISH_CAPTIONS));
  let headline: string;
  if (!lead) {
    const values = {
      city: random.pick(places.references).en,
      when: dayPhrase(random, style, publishedDay - random.int(0, 2), publishedDay),
      barrels: (random.int(700, 1300) * 1000).toLocaleString('en-US'),
      port: random.pick(['Es Sider', 'Ras Lanuf', 'Zueitina', 'Brega', 'Hariga']),
      migrants: String(random.int(20, 400)),
      cases: String(random.int(10, 900)),
    };
    const topic = random.int(0, ENGLISH_CALM_TOPICS.length - 1);
    headline = ENGLISH_CALM_TITLES[topic] ?? 'Libya: the latest';
    paragraphs.push(
      ...(ENGLISH_CALM_TOPICS[topic] ?? [])
        .filter((sentence) => fitsYear(sentence, yearOf(publishedDay)))
        .map((sentence) => fill(sentence, values)),
    );
  } else {
    headline = title(lead);
    const lines = report(random, style, lead, publishedDay);
    const city = random.pick(places.references).en;
    const dateline = fill(random.pick(outlet.dateline), { CITY: city.toUpperCase(), City: city });
    if (dateline) lines[0] = `${dateline} ${lines[0] ?? ''}`;
    for (const line of lines) paragraphs.push(line);
    for (let more = random.int(0, 5); more > 0; more -= 1) {
      for (const line of report(random, style, makeIncident(random, places, publishedDay), publishedDay))
        paragraphs.push(line);
    }
    for (let count = random.int(1, 4); count > 0; count -= 1) {
      paragraphs.push(
        capitalise(fill(random.pick(ENGLISH_NON_EVENTS), slots(random, style, lead, publishedDay))),
      );
    }
    for (const sentence of random.sample(ENGLISH_CONTEXT, random.int(2, 5))) {
      paragraphs.push(fill(sentence, slots(random, style, lead, publishedDay)));
    }
  }
  if (outlet.clutter) paragraphs.splice(random.int(1, paragraphs.length), 0, random.pick(CLUTTER));
  paragraphs.push(
    ...random.sample(
      ENGLISH_BACKGROUND.filter((sentence) => fitsYear(sentence, yearOf(publishedDay))),
      random.int(2, 4),
    ),
  );
  return {
    id,
    title: headline,
    published: isoDay(publishedDay),
    lang: 'en',
    source: outlet.name,
    text: paragraphs.join('\n\n'),
  };
}
