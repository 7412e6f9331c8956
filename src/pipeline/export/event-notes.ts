/**
 * ACLED-style notes written from an event's coded fields (not copied from the article): when, who did what to whom,
 * where, the toll and the sources, in English for every event and in Arabic for an Arabic interface. The sentence
 * the event was read from goes to the export's `evidence` column, untouched.
 */
import actorsData from '../../../data/lexicons/actors.json';
import type { ConflictEvent, Language, SubEventType } from '../types.ts';

/** What the note says about the event's sources. */
export interface NoteSource {
  outlet: string;
  /** The outlet's Arabic name, when known, for the Arabic note. */
  outletAr: string | null;
  lang: Language;
}

/** Names the note needs that the event itself does not carry. */
export interface NoteNames {
  /** The event's district (admin1), when it is not the place itself. */
  admin1: string | null;
  placeAr: string | null;
  admin1Ar: string | null;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_AR = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];

interface DayParts {
  day: number;
  month: number;
  year: number;
}

function dayParts(date: string | null): DayParts | null {
  const match = date === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return null;
  return { year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) };
}

function englishDate(event: ConflictEvent): string {
  const parts = dayParts(event.date);
  if (parts === null) return 'On an unknown date';
  const month = MONTHS_EN[parts.month] ?? '';
  const day = `${parts.day} ${month} ${parts.year}`;
  if (event.time_precision === 3) return `In ${month} ${parts.year}`;
  if (event.time_precision === 2) return `In the week up to ${day}`;
  return `On ${day}`;
}

function arabicDate(event: ConflictEvent): string {
  const parts = dayParts(event.date);
  if (parts === null) return 'في تاريخ غير معروف';
  const month = MONTHS_AR[parts.month] ?? '';
  const day = `${parts.day} ${month} ${parts.year}`;
  if (event.time_precision === 3) return `في ${month} ${parts.year}`;
  if (event.time_precision === 2) return `في الأسبوع المنتهي في ${day}`;
  return `في ${day}`;
}

/** "Murzuq", "Abu Salim (Tripoli)": the place with its district when that adds something. */
function placeName(name: string, district: string | null): string {
  return district !== null && district !== '' && district !== name ? `${name} (${district})` : name;
}

interface PlacePhrase {
  /** "in X", "near X", "in the area of X", "at an unknown location" */
  at: string;
  /** "X", "a site near X", "the area of X", "an unknown location" */
  object: string;
}

function englishPlace(event: ConflictEvent, names: NoteNames): PlacePhrase {
  if (event.location === null) return { at: 'at an unknown location', object: 'an unknown location' };
  const name = placeName(event.location, names.admin1);
  if (event.geo_precision === 2) return { at: `near ${name}`, object: `a site near ${name}` };
  if (event.geo_precision === 3) return { at: `in the area of ${name}`, object: `the area of ${name}` };
  return { at: `in ${name}`, object: name };
}

function arabicPlace(event: ConflictEvent, names: NoteNames): string {
  const own = names.placeAr ?? event.location;
  if (own === null) return 'في مكان غير معروف';
  const name = placeName(own, names.admin1Ar);
  if (event.geo_precision === 2) return `قرب ${name}`;
  if (event.geo_precision === 3) return `في منطقة ${name}`;
  return `في ${name}`;
}

/** Actor names in running English: "Civilians" and "Unidentified …" are not proper names. */
function englishActor(actor: string): string {
  return actor === 'Civilians' || actor.startsWith('Unidentified ') ? actor.toLowerCase() : actor;
}

const arabicActorNames = new Map<string, string>();
for (const actor of (actorsData as unknown as { actors: { name: string; ar?: string[] }[] }).actors) {
  const first = actor.ar?.[0];
  if (first !== undefined) arabicActorNames.set(actor.name, first);
}
/** Names whose first Arabic alias is not a name for the actor itself (it is a cue, such as 'طيران مجهول'). */
const ARABIC_OVERRIDES: Record<string, string> = {
  Civilians: 'مدنيون',
  'Unidentified military forces': 'قوات عسكرية مجهولة',
  'Unidentified Armed Group': 'جماعة مسلحة مجهولة',
};

function arabicActor(actor: string): string {
  return ARABIC_OVERRIDES[actor] ?? arabicActorNames.get(actor) ?? actor;
}

function englishAction(event: ConflictEvent, place: PlacePhrase): string {
  const a = event.actor1 === null ? null : englishActor(event.actor1);
  const b = event.actor2 === null ? null : englishActor(event.actor2);
  const hit = b === null ? place.object : `${b} ${place.at}`;
  const type: SubEventType = event.sub_event_type;
  switch (type) {
    case 'Air/drone strike':
      return `${a ?? 'unidentified aircraft'} struck ${hit}`;
    case 'Shelling/artillery/missile attack':
      return `${a ?? 'unidentified forces'} shelled ${hit}`;
    case 'Remote explosive/landmine/IED':
      return `${a === null ? 'an explosive device detonated' : `${a} detonated an explosive device`} ${place.at}${b === null ? '' : `, hitting ${b}`}`;
    case 'Suicide bomb':
      return `${a ?? 'an unidentified suicide bomber'} carried out a suicide bombing ${place.at}${b === null ? '' : `, targeting ${b}`}`;
    case 'Armed clash':
      if (a !== null && b !== null) return `${a} clashed with ${b} ${place.at}`;
      if (a === null && b === null) return `armed clashes took place ${place.at}`;
      return `armed clashes involving ${a ?? b ?? ''} took place ${place.at}`;
    case 'Government regains territory':
      return `${a ?? 'government forces'} regained control of ${place.object}${b === null ? '' : ` from ${b}`}`;
    case 'Non-state actor overtakes territory':
      return `${a ?? 'an unidentified armed group'} took control of ${place.object}${b === null ? '' : ` from ${b}`}`;
  }
}

const ARABIC_ACTIONS: Record<SubEventType, string> = {
  'Air/drone strike': 'غارة جوية',
  'Shelling/artillery/missile attack': 'قصف مدفعي أو صاروخي',
  'Remote explosive/landmine/IED': 'انفجار عبوة ناسفة أو لغم',
  'Suicide bomb': 'تفجير انتحاري',
  'Armed clash': 'اشتباكات مسلحة',
  'Government regains territory': 'استعادة السيطرة',
  'Non-state actor overtakes territory': 'سيطرة جماعة مسلحة',
};

function arabicAction(event: ConflictEvent, place: string): string {
  const a = event.actor1 === null ? null : arabicActor(event.actor1);
  const b = event.actor2 === null ? null : arabicActor(event.actor2);
  const noun = ARABIC_ACTIONS[event.sub_event_type];
  if (event.sub_event_type === 'Armed clash') {
    if (a !== null && b !== null) return `${noun} بين ${a} و${b} ${place}`;
    const side = a ?? b;
    return side === null ? `${noun} ${place}` : `${noun} طرفها ${side} ${place}`;
  }
  const by = a === null ? '' : ` من جانب ${a}`;
  const from = b === null ? '' : ` على حساب ${b}`;
  if (event.event_type === 'Battles') return `${noun}${by} ${place}${from}`;
  const target = b === null ? '' : `، والمستهدف: ${b}`;
  return `${noun}${a === null ? ' من جانب جهة مجهولة' : by} ${place}${target}`;
}

function englishToll(event: ConflictEvent): string {
  const { fatalities, fatalities_high: high, injuries } = event;
  let toll: string;
  if (fatalities === null) toll = 'Fatalities unknown.';
  else if (high !== null && high > fatalities) toll = `${fatalities}-${high} fatalities reported.`;
  else if (fatalities === 0) toll = 'No fatalities reported.';
  else toll = `${fatalities} ${fatalities === 1 ? 'fatality' : 'fatalities'}.`;
  return injuries !== null && injuries > 0 ? `${toll} ${injuries} injured.` : toll;
}

function arabicToll(event: ConflictEvent): string {
  const { fatalities, fatalities_high: high, injuries } = event;
  let toll: string;
  if (fatalities === null) toll = 'عدد القتلى غير معروف.';
  else if (high !== null && high > fatalities) toll = `عدد القتلى بين ${fatalities} و${high}.`;
  else if (fatalities === 0) toll = 'لم يُبلَّغ عن قتلى.';
  else toll = `عدد القتلى: ${fatalities}.`;
  return injuries !== null && injuries > 0 ? `${toll} عدد الجرحى: ${injuries}.` : toll;
}

const LANGUAGE_EN: Record<Language, string | null> = { ar: 'Arabic', en: 'English', other: null };
const LANGUAGE_AR: Record<Language, string | null> = { ar: 'بالعربية', en: 'بالإنجليزية', other: null };

function sourceList(
  sources: readonly NoteSource[],
  languages: Record<Language, string | null>,
  arabic: boolean,
): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const source of sources) {
    const language = languages[source.lang];
    const outlet = arabic ? (source.outletAr ?? source.outlet) : source.outlet;
    const item = language === null ? outlet : `${outlet}${arabic ? '، ' : ', '}${language}`;
    if (outlet === '' || seen.has(item)) continue;
    seen.add(item);
    items.push(item);
  }
  return items;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "On 26 July 2020, unidentified aircraft struck Al Watiya Air Base (An Nuqat al Khams). Fatalities unknown. Source: Al Wasat, Arabic." */
export function englishNote(event: ConflictEvent, names: NoteNames, sources: readonly NoteSource[]): string {
  const action = englishAction(event, englishPlace(event, names));
  const items = sourceList(sources, LANGUAGE_EN, false);
  const sourceText =
    items.length === 0 ? '' : ` ${items.length === 1 ? 'Source' : 'Sources'}: ${items.join('; ')}.`;
  return `${capitalise(`${englishDate(event)}, ${action}`)}. ${englishToll(event)}${sourceText}`;
}

/** "في 26 يوليو 2020، غارة جوية من جانب جهة مجهولة في قاعدة الوطية (النقاط الخمس). عدد القتلى غير معروف. المصدر: الوسط، بالعربية." */
export function arabicNote(event: ConflictEvent, names: NoteNames, sources: readonly NoteSource[]): string {
  const action = arabicAction(event, arabicPlace(event, names));
  const items = sourceList(sources, LANGUAGE_AR, true);
  const sourceText =
    items.length === 0 ? '' : ` ${items.length === 1 ? 'المصدر' : 'المصادر'}: ${items.join('؛ ')}.`;
  return `${arabicDate(event)}، ${action}. ${arabicToll(event)}${sourceText}`;
}
