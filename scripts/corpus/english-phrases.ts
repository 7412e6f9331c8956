/**
 * How English wire and newspaper copy writes places, days and counts of dead.
 */
import type { Random } from './random';
import {
  ENGLISH_MONTHS,
  ENGLISH_MONTHS_ABBREVIATED,
  ENGLISH_WEEKDAYS,
  dayOfMonth,
  monthOf,
  weekday,
  yearOf,
} from './calendar';
import type { Incident } from './incident';
import type { CorpusPlace } from './places';

export interface EnglishStyle {
  /** Wire style abbreviates months ("Sept. 19") and writes numbers under ten as words. */
  wire: boolean;
}

const KIND_NOUNS: Record<CorpusPlace['kind'], readonly string[]> = {
  city: ['the city of', 'the city of', ''],
  town: ['the town of', ''],
  village: ['the village of', 'the small village of', ''],
  hamlet: ['the area of', 'the settlement of', ''],
};

export function placeName(random: Random, place: CorpusPlace): string {
  return `${random.pick(KIND_NOUNS[place.kind])} ${place.en}`.trim();
}

export function placePhrase(random: Random, incident: Incident): string {
  const prefix = incident.near ? random.pick(['near', 'outside', 'on the outskirts of', 'south of']) : 'in';
  let phrase = `${prefix} ${placeName(random, incident.place)}`;
  const reference = incident.reference;
  if (reference) {
    phrase += random.pick([
      `, ${reference.km} km (${Math.round(reference.km * 0.621)} miles) ${reference.direction} of ${reference.city.en}`,
      `, ${reference.direction} of ${reference.city.en}`,
      `, about ${reference.km} kilometres ${reference.direction} of ${reference.city.en}`,
    ]);
  } else if (random.chance(0.3)) {
    phrase += random.pick([' in southern Libya', " in Libya's west", ' in eastern Libya', ', Libya']);
  }
  return phrase;
}

export function dayPhrase(random: Random, style: EnglishStyle, day: number, publishedDay: number): string {
  const before = publishedDay - day;
  const name = ENGLISH_WEEKDAYS[weekday(day)] ?? '';
  if (before === 0) return random.pick(['on ' + name, 'today', 'earlier on ' + name, 'early on ' + name]);
  if (before === 1) return random.pick(['on ' + name, 'late on ' + name, 'yesterday', `on ${name} night`]);
  if (before < 7)
    return random.pick(['on ' + name, `last ${name}`, `on ${name} morning`, 'earlier this week']);
  const months = style.wire ? ENGLISH_MONTHS_ABBREVIATED : ENGLISH_MONTHS;
  const month = months[monthOf(day)] ?? '';
  const date = dayOfMonth(day);
  return random.pick([`on ${month} ${date}`, `on ${date} ${month}`, `on ${month} ${date}, ${yearOf(day)}`]);
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export function numberPhrase(style: EnglishStyle, value: number): string {
  return style.wire && value < 10 ? (WORDS[value] ?? String(value)) : String(value);
}

const VICTIMS: Record<string, readonly string[]> = {
  islamicState: ['Islamic State militants', 'IS fighters', 'militants', 'suspected jihadists'],
  shuraCouncil: ['militants', 'fighters', 'Islamist fighters'],
  civilians: ['civilians', 'people', 'residents, including children'],
};

export function countPhrase(random: Random, style: EnglishStyle, count: number, target: string): string {
  const noun = random.pick(VICTIMS[target] ?? ['fighters', 'soldiers', 'people', 'combatants']);
  const hedge = random.pick(['', '', 'at least ', 'about ', 'more than ', 'up to ']);
  if (count === 1)
    return target === 'civilians'
      ? 'one civilian'
      : random.pick(['one fighter', 'a militant', 'one soldier']);
  return `${hedge}${numberPhrase(style, count)} ${noun}`;
}
