/**
 * Month names of every family Arabic outlets use, plus English and the Hijri months, folded with
 * `normaliseTerm` when the module loads. Sources: the month names themselves (common knowledge;
 * the Libyan names are those of the solar calendar introduced in Libya in the late 1980s).
 *
 * - Egyptian/Gulf: يناير … ديسمبر (with the spelling variants يونيه، يوليه، إبريل، أوكتوبر …)
 * - Levantine/Iraqi: كانون الثاني، شباط، آذار، نيسان، أيار، حزيران، تموز، آب، أيلول، تشرين الأول،
 *   تشرين الثاني، كانون الأول
 * - Maghrebi: جانفي، فيفري، مارس، أفريل، ماي، جوان، جويلية، أوت
 * - Moroccan: يوليوز، غشت، شتنبر، نونبر، دجنبر
 * - Libyan (former regime): أي النار، النوار، الربيع، الطير، الماء، الصيف، ناصر، هانيبال، الفاتح،
 *   التمور، الحرث، الكانون
 * - Hijri: محرم … ذو الحجة
 *
 * `ambiguous` marks names that are also ordinary words (آب "father", مارس "practised", الماء "water",
 * "may", "march" …): they are read as months only next to a day number, a year or a word such as شهر.
 */

import { normaliseTerm } from './normalise.ts';

export type Calendar = 'gregorian' | 'hijri';

export interface MonthName {
  month: number;
  calendar: Calendar;
  ambiguous: boolean;
  /** A month of the Libyan solar calendar, whose years count from 632 (1378 = 2010). */
  libyan: boolean;
}

const GREGORIAN: [number, string][] = [
  [1, 'يناير ينايير جانفي جانفييه كانون_الثاني أي_النار اي_النار january jan'],
  [2, 'فبراير فبرايل فيفري شباط النوار february feb'],
  [3, 'مارس آذار اذار الربيع march mar'],
  [4, 'أبريل إبريل ابريل أفريل افريل نيسان الطير april apr'],
  [5, 'مايو ماي أيار ايار الماء may'],
  [6, 'يونيو يونيه جوان حزيران الصيف june jun'],
  [7, 'يوليو يوليه يوليوز جويلية جويليه تموز ناصر july jul'],
  [8, 'أغسطس اغسطس أغشت غشت أوت اوت آب هانيبال هنيبال august aug'],
  [9, 'سبتمبر سيبتمبر شتنبر أيلول ايلول الفاتح september sep sept'],
  [10, 'أكتوبر اكتوبر أوكتوبر تشرين_الأول تشرين_الاول التمور october oct'],
  [11, 'نوفمبر نونبر تشرين_الثاني الحرث november nov'],
  [12, 'ديسمبر دجنبر كانون_الأول كانون_الاول الكانون december dec'],
];

const HIJRI: [number, string][] = [
  [1, 'محرم المحرم'],
  [2, 'صفر'],
  [3, 'ربيع_الأول ربيع_الاول'],
  [4, 'ربيع_الآخر ربيع_الثاني'],
  [5, 'جمادى_الأولى جمادى_الأول جمادى_الاولى'],
  [6, 'جمادى_الآخرة جمادى_الثانية جمادى_الآخر'],
  [7, 'رجب'],
  [8, 'شعبان'],
  [9, 'رمضان'],
  [10, 'شوال'],
  [11, 'ذو_القعدة ذي_القعدة'],
  [12, 'ذو_الحجة ذي_الحجة'],
];

const LIBYAN = new Set(
  'أي_النار اي_النار النوار الربيع الطير الماء الصيف ناصر هانيبال هنيبال الفاتح التمور الحرث الكانون'
    .split(' ')
    .map((name) => normaliseTerm(name.split('_').join(' '))),
);

/** Names that are also everyday words or names. */
const AMBIGUOUS = new Set(
  (
    'آب مارس ماي الماء الربيع الطير الصيف ناصر هانيبال هنيبال الفاتح التمور الحرث الكانون النوار ' +
    'أي_النار اي_النار may march mar jan sep sept dec صفر رجب جوان'
  )
    .split(' ')
    .map((name) => normaliseTerm(name.split('_').join(' '))),
);

function build(): Map<string, MonthName> {
  const map = new Map<string, MonthName>();
  const add = (calendar: Calendar, month: number, names: string): void => {
    for (const name of names.split(' ')) {
      const key = normaliseTerm(name.split('_').join(' '));
      if (key.length > 0 && !map.has(key)) {
        map.set(key, { month, calendar, ambiguous: AMBIGUOUS.has(key), libyan: LIBYAN.has(key) });
      }
    }
  };
  for (const [month, names] of GREGORIAN) add('gregorian', month, names);
  for (const [month, names] of HIJRI) add('hijri', month, names);
  return map;
}

/** Normalised month name (one or two words joined by a space) → month. */
export const MONTH_NAMES: ReadonlyMap<string, MonthName> = build();

/** The month named by the words at tokens[index] (two-word names first), with the number of words. */
export function monthAt(words: readonly string[], index: number): { name: MonthName; words: number } | null {
  const first = words[index];
  if (first === undefined) return null;
  const second = words[index + 1];
  if (second !== undefined) {
    const pair = MONTH_NAMES.get(`${first} ${second}`);
    if (pair !== undefined) return { name: pair, words: 2 };
  }
  const single = MONTH_NAMES.get(first);
  return single === undefined ? null : { name: single, words: 1 };
}
