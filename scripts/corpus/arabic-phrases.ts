/**
 * How Arabic news copy writes the parts of a report: places with their direction from a city, days relative to
 * publication, counts of dead with the right noun forms, and the prefix ل before a definite noun.
 */
import type { Random } from './random';
import {
  ARABIC_MONTH_FAMILIES,
  ARABIC_WEEKDAYS,
  dayOfMonth,
  easternDigits,
  monthOf,
  weekday,
  yearOf,
} from './calendar';
import type { ArabicMonthFamily } from './calendar';
import type { Incident } from './incident';
import type { CorpusPlace, Direction } from './places';

export interface ArabicStyle {
  months: ArabicMonthFamily;
  easternDigits: boolean;
  /** «» or "" quotation marks. */
  guillemets: boolean;
}

const DIRECTIONS: Record<Direction, string> = {
  north: 'شمال',
  'north-east': 'شمال شرق',
  east: 'شرق',
  'south-east': 'جنوب شرق',
  south: 'جنوب',
  'south-west': 'جنوب غرب',
  west: 'غرب',
  'north-west': 'شمال غرب',
};

const PLACE_NOUNS: Record<CorpusPlace['kind'], readonly string[]> = {
  city: ['مدينة', 'مدينة'],
  town: ['بلدة', 'مدينة'],
  village: ['قرية', 'منطقة'],
  hamlet: ['منطقة', 'ضاحية'],
};

export function number(style: ArabicStyle, value: number): string {
  return style.easternDigits ? easternDigits(value) : String(value);
}

export function quote(style: ArabicStyle, text: string): string {
  return style.guillemets ? `«${text}»` : `"${text}"`;
}

/** ل + noun, merging with the article: ل + القوات → للقوات. */
export function withLi(noun: string): string {
  return noun.startsWith('ال') ? `لل${noun.slice(2)}` : `ل${noun}`;
}

export function placeNoun(random: Random, place: CorpusPlace): string {
  return `${random.pick(PLACE_NOUNS[place.kind])} ${place.ar}`;
}

/** "قرب بلدة X، 40 كلم جنوب سبها" and its variants. */
export function placePhrase(random: Random, style: ArabicStyle, incident: Incident): string {
  const noun = placeNoun(random, incident.place);
  const prefix = incident.near ? random.pick(['قرب', 'بالقرب من', 'في محيط', 'على مشارف', 'جنوب']) : 'في';
  let phrase = `${prefix} ${noun}`;
  const reference = incident.reference;
  if (reference) {
    const direction = DIRECTIONS[reference.direction];
    phrase += random.pick([
      `، ${direction} ${reference.city.ar}`,
      `، على بعد ${number(style, reference.km)} كلم ${direction} ${reference.city.ar}`,
      ` (${number(style, reference.km)} كيلومترا ${direction} ${reference.city.ar})`,
    ]);
  } else if (random.chance(0.3)) {
    phrase += random.pick(['، جنوب ليبيا', '، غرب البلاد', '، شرق ليبيا', ' الليبية']);
  }
  return phrase;
}

/** The day of an incident as the article would write it, relative to the publication day. */
export function dayPhrase(random: Random, style: ArabicStyle, day: number, publishedDay: number): string {
  const before = publishedDay - day;
  const name = ARABIC_WEEKDAYS[weekday(day)] ?? '';
  const part = random.pick(['', '', 'مساء ', 'صباح ', 'فجر ', 'ليلة ']);
  if (before === 0)
    return random.pick(['اليوم', `${part}اليوم`, `${name} الجاري`, 'في وقت سابق اليوم']).trim();
  if (before === 1) return random.pick(['أمس', `${part}أمس`, `${part}${name}`, `يوم ${name}`, 'امس']).trim();
  if (before === 2)
    return random.pick(['أمس الأول', 'امس الاول', `${part}${name}`, `يوم ${name} الماضي`]).trim();
  if (before < 7) return random.pick([`${part}${name}`, `يوم ${name} الماضي`, `${name} الماضي`]).trim();
  const month = ARABIC_MONTH_FAMILIES[style.months][monthOf(day)] ?? '';
  const date = number(style, dayOfMonth(day));
  return random.pick([
    `يوم ${date} ${month}`,
    `في ${date} من شهر ${month}`,
    `في ${date} ${month} ${number(style, yearOf(day))}`,
    `يوم ${name} ${date} ${month}`,
  ]);
}

const NUMBER_WORDS = ['', '', '', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'];

/** [singular accusative after 11+, plural after 3–10, dual] */
const VICTIM_NOUNS: Record<string, readonly (readonly [string, string, string])[]> = {
  militant: [
    ['عنصرا', 'عناصر', 'عنصرين'],
    ['مسلحا', 'مسلحين', 'مسلحين اثنين'],
    ['إرهابيا', 'إرهابيين', 'إرهابيين اثنين'],
  ],
  fighter: [
    ['مقاتلا', 'مقاتلين', 'مقاتلين اثنين'],
    ['جنديا', 'جنود', 'جنديين'],
    ['عنصرا', 'عناصر', 'عنصرين'],
  ],
  civilian: [
    ['مدنيا', 'مدنيين', 'مدنيين اثنين'],
    ['شخصا', 'أشخاص', 'شخصين'],
  ],
};

export function victimKind(target: string): keyof typeof VICTIM_NOUNS {
  if (target === 'civilians') return 'civilian';
  if (target === 'islamicState' || target === 'shuraCouncil') return 'militant';
  return 'fighter';
}

/** "11 عنصرا", "ثمانية عناصر", "ما لا يقل عن 43 مسلحاً", "شخصين". */
export function countPhrase(
  random: Random,
  style: ArabicStyle,
  count: number,
  kind: keyof typeof VICTIM_NOUNS,
): string {
  const [singular, plural, dual] = random.pick(VICTIM_NOUNS[kind] ?? VICTIM_NOUNS['fighter'] ?? []);
  const hedge = random.pick(['', '', '', 'ما لا يقل عن ', 'نحو ', 'أكثر من ', 'قرابة ']);
  if (count === 1) return `${plural === 'أشخاص' ? 'شخص' : singular.replace(/ا$/, '')} واحد`;
  if (count === 2) return dual;
  if (count <= 10 && random.chance(0.6)) return `${hedge}${NUMBER_WORDS[count]} ${plural}`;
  if (count <= 10) return `${hedge}${number(style, count)} ${plural}`;
  return `${hedge}${number(style, count)} ${random.chance(0.2) ? singular.replace(/ا$/, 'اً') : singular}`;
}
