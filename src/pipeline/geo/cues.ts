/**
 * The words around a place name that the geocoder reads: place cues (مدينة، في، near), relation
 * words (قرب، ضواحي، جنوب، 40 كم …), distance units, foreign-country words and the sources that
 * close a dateline. All are kept in normalised spelling (see `normaliseTerm`).
 */

import { normaliseTerm } from '../text/normalise.ts';
import type { Relation } from './mention-types.ts';

function normalisedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => normaliseTerm(word)));
}

function normalisedMap<T>(entries: readonly (readonly [string, T])[]): ReadonlyMap<string, T> {
  return new Map(entries.map(([word, value]) => [normaliseTerm(word), value]));
}

/** Words naming what kind of place follows ("مدينة مرزق", "town of Hun"). */
export const PLACE_TYPE_WORDS = normalisedSet([
  'مدينة',
  'مدينتي',
  'بلدة',
  'منطقة',
  'منطقتي',
  'مناطق',
  'قرية',
  'بلدية',
  'شعبية',
  'حي',
  'أحياء',
  'ضاحية',
  'واحة',
  'قاعدة',
  'مطار',
  'ميناء',
  'حقل',
  'معبر',
  'منفذ',
  'محور',
  'محاور',
  'جبهة',
  'وادي',
  'مشروع',
  'مصفاة',
  'معسكر',
  'قلعة',
  'town',
  'city',
  'village',
  'area',
  'district',
  'region',
  'oasis',
  'neighbourhood',
  'neighborhood',
  'suburb',
  'base',
  'airport',
  'port',
  'municipality',
]);

/** Prepositions and nouns after which a name is a place ("في البيضاء", "in Hun"). */
export const PLACE_PREPOSITIONS = normalisedSet([
  'في',
  'داخل',
  'وسط',
  'قرب',
  'نحو',
  'الى',
  'باتجاه',
  'اتجاه',
  'تجاه',
  'محيط',
  'ضواحي',
  'اطراف',
  'مشارف',
  'جنوب',
  'شمال',
  'شرق',
  'غرب',
  'جنوبي',
  'شمالي',
  'شرقي',
  'غربي',
  'جوار',
  'حول',
  'بمدينة',
  'in',
  'inside',
  'near',
  'at',
  'into',
  'outside',
  'around',
  'towards',
  'toward',
]);

/** Single-letter clitics that carry "in"/"to" (بسرت، لسرت) count as a place cue for a common word. */
export const PLACE_CLITICS: ReadonlySet<string> = new Set([
  'ب',
  'وب',
  'فب',
  'بال',
  'وبال',
  'فبال',
  'لل',
  'ولل',
]);

const BEARINGS: readonly (readonly [string, Relation])[] = [
  ['جنوب', 'south'],
  ['جنوبي', 'south'],
  ['شمال', 'north'],
  ['شمالي', 'north'],
  ['شرق', 'east'],
  ['شرقي', 'east'],
  ['غرب', 'west'],
  ['غربي', 'west'],
  ['south', 'south'],
  ['north', 'north'],
  ['east', 'east'],
  ['west', 'west'],
  ['southeast', 'southeast'],
  ['south-east', 'southeast'],
  ['southwest', 'southwest'],
  ['south-west', 'southwest'],
  ['northeast', 'northeast'],
  ['north-east', 'northeast'],
  ['northwest', 'northwest'],
  ['north-west', 'northwest'],
];

/** One-word bearings. */
export const BEARING_WORDS: ReadonlyMap<string, Relation> = normalisedMap(BEARINGS);

/** "الى الجنوب من": the article form of a bearing. */
export const BEARING_NOUNS: ReadonlyMap<string, Relation> = normalisedMap([
  ['الجنوب', 'south'],
  ['الشمال', 'north'],
  ['الشرق', 'east'],
  ['الغرب', 'west'],
  ['الجنوب الشرقي', 'southeast'],
  ['الجنوب الغربي', 'southwest'],
  ['الشمال الشرقي', 'northeast'],
  ['الشمال الغربي', 'northwest'],
]);

/** Compass degrees of each bearing relation. */
export const BEARING_DEGREES: Partial<Record<Relation & string, number>> = {
  north: 0,
  northeast: 45,
  east: 90,
  southeast: 135,
  south: 180,
  southwest: 225,
  west: 270,
  northwest: 315,
};

/** Combines "جنوب" + "شرق"/"شرقي" into "southeast". */
export function combineBearings(first: Relation, second: Relation): Relation {
  const key = `${first}${second}`;
  if (key === 'southeast' || key === 'southwest' || key === 'northeast' || key === 'northwest') return key;
  return first;
}

/** Phrases right before a place meaning near it or on its edge (longest first when matched). */
export const NEAR_PHRASES: readonly (readonly [string[], Relation])[] = [
  ['بالقرب من', 'near'],
  ['على مقربة من', 'near'],
  ['بمقربة من', 'near'],
  ['قريبا من', 'near'],
  ['قريب من', 'near'],
  ['غير بعيد عن', 'near'],
  ['قرب', 'near'],
  ['بمحاذاة', 'near'],
  ['محاذاة', 'near'],
  ['بجوار', 'near'],
  ['جوار', 'near'],
  ['حول', 'near'],
  ['تجاه', 'near'],
  ['نواحي', 'near'],
  ['ضواحي', 'outskirts'],
  ['بضواحي', 'outskirts'],
  ['محيط', 'outskirts'],
  ['بمحيط', 'outskirts'],
  ['اطراف', 'outskirts'],
  ['باطراف', 'outskirts'],
  ['على اطراف', 'outskirts'],
  ['مشارف', 'outskirts'],
  ['على مشارف', 'outskirts'],
  ['تخوم', 'outskirts'],
  ['على تخوم', 'outskirts'],
  ['مدخل', 'outskirts'],
  ['بمدخل', 'outskirts'],
  ['مداخل', 'outskirts'],
  ['near', 'near'],
  ['close to', 'near'],
  ['not far from', 'near'],
  ['in the vicinity of', 'near'],
  ['around', 'near'],
  ['outside', 'outskirts'],
  ['outskirts of', 'outskirts'],
  ['on the outskirts of', 'outskirts'],
  ['on the edge of', 'outskirts'],
  ['suburbs of', 'outskirts'],
  ['the outskirts of', 'outskirts'],
]
  .map(([phrase, relation]) => [normaliseTerm(phrase as string).split(' '), relation as Relation] as const)
  .sort((a, b) => b[0].length - a[0].length);

/** Words that make a number a distance in km (miles are converted). */
export const DISTANCE_UNITS: ReadonlyMap<string, number> = normalisedMap([
  ['كم', 1],
  ['كلم', 1],
  ['كيلومتر', 1],
  ['كيلومترا', 1],
  ['كيلومترات', 1],
  ['كيلو', 1],
  ['km', 1],
  ['kms', 1],
  ['kilometres', 1],
  ['kilometers', 1],
  ['kilometre', 1],
  ['kilometer', 1],
  ['miles', 1.609344],
  ['mile', 1.609344],
  ['mi', 1.609344],
]);

/** "حوالي 40 كم", "about 40 km": approximators allowed around a distance. */
export const APPROXIMATORS = normalisedSet([
  'حوالي',
  'نحو',
  'قرابة',
  'زهاء',
  'بحوالي',
  'بنحو',
  'بقرابة',
  'يقارب',
  'ما',
  'about',
  'around',
  'some',
  'roughly',
  'approximately',
  'nearly',
  'almost',
  'over',
]);

/** "قبل القطرون بـ 40 كم", "40 km before Qatrun". */
export const BEFORE_WORDS = normalisedSet(['قبل', 'before']);

/** Clauses that attach a locating phrase to a place ("الواقعة قبل منطقة القطرون"). */
export const LOCATING_WORDS = normalisedSet([
  'الواقعة',
  'الواقع',
  'الواقعه',
  'تقع',
  'يقع',
  'التي',
  'الذي',
  'located',
  'situated',
  'which',
  'lies',
]);

/**
 * Words that may stand between a place and the bearing or distance that locates it, besides the locating words:
 * "Sirte, the coastal city 450 km east of Tripoli", "البريقة الساحلية غربي بنغازي", "Gheryan, some 80 km south".
 */
export const APPOSITION_WORDS = normalisedSet([
  'وهي',
  'وهو',
  'التي',
  'تبعد',
  'يبعد',
  'the',
  'a',
  'an',
  'is',
  'coastal',
  'desert',
  'mountain',
  'oil',
  'port',
  'border',
  'southern',
  'northern',
  'eastern',
  'western',
  'town',
  'city',
  'village',
  'oasis',
  'area',
  'district',
  'suburb',
  'base',
  'airbase',
]);

/** Words that name Libya or its people: a sentence with them is about Libya. */
export const LIBYA_WORDS = normalisedSet([
  'ليبيا',
  'الليبية',
  'الليبي',
  'الليبيين',
  'libya',
  'libyan',
  'libyas',
]);

/** Adjectives and names of other countries, to catch "طرابلس اللبنانية" and "Tripoli, Lebanon". */
export const FOREIGN_COUNTRY_WORDS: ReadonlyMap<string, string> = normalisedMap([
  ['لبنان', 'LB'],
  ['اللبنانية', 'LB'],
  ['اللبناني', 'LB'],
  ['لبنانية', 'LB'],
  ['lebanon', 'LB'],
  ['lebanese', 'LB'],
  ['تونس', 'TN'],
  ['التونسية', 'TN'],
  ['التونسي', 'TN'],
  ['tunisia', 'TN'],
  ['tunisian', 'TN'],
  ['مصر', 'EG'],
  ['المصرية', 'EG'],
  ['المصري', 'EG'],
  ['egypt', 'EG'],
  ['egyptian', 'EG'],
  ['الجزائر', 'DZ'],
  ['الجزائرية', 'DZ'],
  ['algeria', 'DZ'],
  ['algerian', 'DZ'],
  ['تشاد', 'TD'],
  ['التشادية', 'TD'],
  ['chad', 'TD'],
  ['chadian', 'TD'],
  ['النيجر', 'NE'],
  ['النيجرية', 'NE'],
  ['niger', 'NE'],
  ['السودان', 'SD'],
  ['السودانية', 'SD'],
  ['sudan', 'SD'],
  ['سوريا', 'SY'],
  ['السورية', 'SY'],
  ['syria', 'SY'],
  ['syrian', 'SY'],
  ['العراق', 'IQ'],
  ['العراقية', 'IQ'],
  ['iraq', 'IQ'],
  ['اليونان', 'GR'],
  ['اليونانية', 'GR'],
  ['greece', 'GR'],
  ['greek', 'GR'],
]);

/** Sources named in a dateline's brackets: "(وكالات)", "(Reuters)". */
export const DATELINE_SOURCES = normalisedSet([
  'وكالات',
  'رويترز',
  'ا ف ب',
  'أ ف ب',
  'فرانس برس',
  'الاناضول',
  'الأناضول',
  'الجزيرة',
  'سبوتنيك',
  'د ب أ',
  'يو بي آي',
  'وال',
  'قنا',
  'واس',
  'شينخوا',
  'العربية',
  'الشرق الأوسط',
  'reuters',
  'afp',
  'ap',
  'anadolu',
  'xinhua',
  'ansa',
  'dpa',
  'efe',
  'bloomberg',
  'upi',
]);

/**
 * Names that are generic nouns or numbers in Arabic ("المدينة" the city, "قرية" a village, "الأربعين"
 * forty): some tiny places carry them in the sources, but in text they never name a place.
 */
export const GENERIC_NAMES = normalisedSet([
  'المدينة',
  'مدينة',
  'القرية',
  'قرية',
  'قريه',
  'المنطقة',
  'منطقة',
  'الحي',
  'البلدة',
  'الشارع الغربي',
  'شارع عشرة',
  'الاربعة شوارع',
  'الخمسه وثلاثين',
  'الاربعين',
  'السبعة',
  'النصف',
  'المبني',
  'الطلاب',
  'التضامن',
  'مرحبا',
  'القطع',
  'المدينة القديمة',
  'الساحل',
  'الوسط',
  'الشرق',
  'الغرب',
  'الجنوب',
  'الشمال',
  'village',
  'the forty',
  'qaria',
  'al-madina',
  'al madina',
]);
