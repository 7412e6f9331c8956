/**
 * Day arithmetic and the names outlets write dates with: four families of Arabic month names (Gulf/Egyptian,
 * Maghreb, Levantine, and the Libyan names used by Libyan media under Gaddafi), English months in full and in
 * wire-style abbreviations, and weekdays.
 */
import type { Random } from './random';

const DAY_MS = 86_400_000;

export function dayNumber(isoDay: string): number {
  return Math.floor(Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function weekday(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

export function monthOf(day: number): number {
  return new Date(day * DAY_MS).getUTCMonth();
}

export function dayOfMonth(day: number): number {
  return new Date(day * DAY_MS).getUTCDate();
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

export const ARABIC_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
export const ENGLISH_WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

export const ARABIC_MONTH_FAMILIES = {
  gulf: [
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
  ],
  maghreb: [
    'جانفي',
    'فيفري',
    'مارس',
    'أفريل',
    'ماي',
    'جوان',
    'جويلية',
    'أوت',
    'سبتمبر',
    'أكتوبر',
    'نوفمبر',
    'ديسمبر',
  ],
  levant: [
    'كانون الثاني',
    'شباط',
    'آذار',
    'نيسان',
    'أيار',
    'حزيران',
    'تموز',
    'آب',
    'أيلول',
    'تشرين الأول',
    'تشرين الثاني',
    'كانون الأول',
  ],
  libya: [
    'أي النار',
    'النوار',
    'الربيع',
    'الطير',
    'الماء',
    'الصيف',
    'ناصر',
    'هانيبال',
    'الفاتح',
    'التمور',
    'الحرث',
    'الكانون',
  ],
} as const;

export type ArabicMonthFamily = keyof typeof ARABIC_MONTH_FAMILIES;

export const ENGLISH_MONTHS = [
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

/** Wire-style abbreviations (months of five letters or fewer are written in full). */
export const ENGLISH_MONTHS_ABBREVIATED = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

const EASTERN_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** Writes a number with Eastern Arabic digits (٤٣), as some outlets do. */
export function easternDigits(value: number | string): string {
  let out = '';
  for (const character of String(value)) {
    const digit = character.charCodeAt(0) - 48;
    out += digit >= 0 && digit <= 9 ? EASTERN_DIGITS[digit] : character;
  }
  return out;
}

/**
 * Publication days weighted towards the years of heavy fighting (2011, 2014–2016, 2019–2020), as a real
 * archive of Libya war reporting is.
 */
export function publicationDay(random: Random): number {
  const periods: [number, number, number][] = [
    [dayNumber('2011-02-15'), dayNumber('2011-10-31'), 3],
    [dayNumber('2014-05-16'), dayNumber('2016-12-31'), 4],
    [dayNumber('2017-01-01'), dayNumber('2019-04-03'), 2],
    [dayNumber('2019-04-04'), dayNumber('2020-06-30'), 5],
    [dayNumber('2020-07-01'), dayNumber('2025-12-31'), 2],
  ];
  const [start, end] = random.weighted(periods.map((period) => [[period[0], period[1]], period[2]] as const));
  return random.int(start, end);
}
