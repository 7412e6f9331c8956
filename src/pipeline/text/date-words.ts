/**
 * Words of dates other than month names: weekdays, parts of the day, day ordinals, parts of a month,
 * directions (الماضي / last, المقبل / next, الجاري / this) and time units, in Arabic and English,
 * folded with `normaliseTerm` when the module loads.
 */

import { normaliseTerm } from './normalise.ts';

function folded(list: string): string[] {
  return list.split(' ').map(normaliseTerm);
}

function lookup<T>(entries: [string, T][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [words, value] of entries) for (const word of folded(words)) map.set(word, value);
  return map;
}

/** Weekday (0 = Sunday … 6 = Saturday). */
export const WEEKDAYS: ReadonlyMap<string, number> = lookup([
  ['الأحد sunday sun', 0],
  ['الاثنين الإثنين monday mon', 1],
  ['الثلاثاء tuesday tue tues', 2],
  ['الأربعاء الاربعاء wednesday wed', 3],
  ['الخميس thursday thu thurs', 4],
  ['الجمعة friday fri', 5],
  ['السبت saturday sat', 6],
]);

/** Weekday names that are also ordinary words ("الاثنين" = "the two"; "sun", "sat", "wed" …). */
export const AMBIGUOUS_WEEKDAYS: ReadonlySet<string> = new Set(
  folded('الاثنين sun mon tue tues wed thu thurs fri sat'),
);

/** Words that make a following weekday, أمس or اليوم a time: يوم، مساء، فجر … / morning, night … */
export const DAY_PARTS: ReadonlySet<string> = new Set(
  folded('يوم مساء صباح فجر ليل ليلة ظهر عصر ظهيرة صبيحة ضحى منتصف نهار بعيد late early'),
);

/** Day parts written after an English weekday: "Sunday night", "Tuesday morning". */
export const ENGLISH_DAY_PARTS_AFTER: ReadonlySet<string> = new Set(
  folded('morning night evening afternoon'),
);

/** Arabic ordinal day numbers: الأول … الحادي والثلاثين (also without the article). */
export const ORDINAL_UNITS: ReadonlyMap<string, number> = lookup([
  ['الأول أول الاول الأولى الحادي حادي الفاتح', 1],
  ['الثاني ثاني الثانية', 2],
  ['الثالث ثالث', 3],
  ['الرابع رابع', 4],
  ['الخامس خامس', 5],
  ['السادس سادس', 6],
  ['السابع سابع', 7],
  ['الثامن ثامن', 8],
  ['التاسع تاسع', 9],
  ['العاشر عاشر', 10],
]);

/** "العشرين" / "والعشرين" and "الثلاثين" / "والثلاثين" in ordinal days. */
export const ORDINAL_TENS: ReadonlyMap<string, number> = lookup([
  ['العشرين والعشرين', 20],
  ['الثلاثين والثلاثين', 30],
]);

/** "عشر" in ordinal teens: الحادي عشر، التاسع عشر. */
export const ORDINAL_TEEN: ReadonlySet<string> = new Set(folded('عشر عشرة'));

/** English ordinal suffixes after a day number: 19th, 1st. */
export const ENGLISH_ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

export type MonthPart = 'early' | 'middle' | 'late';

/** Parts of a month: مطلع سبتمبر، منتصف الشهر، أواخر العام / early, mid, late. */
export const MONTH_PARTS: ReadonlyMap<string, MonthPart> = lookup<MonthPart>([
  ['مطلع أوائل اوائل بداية بدايات مستهل early beginning start', 'early'],
  ['منتصف أواسط اواسط mid middle mid-', 'middle'],
  ['أواخر اواخر نهاية آخر اخر late end', 'late'],
]);

/** The latest day a part of a month allows. */
export const MONTH_PART_LAST_DAY: Readonly<Record<MonthPart, number>> = { early: 10, middle: 20, late: 31 };

export type Direction = 'past' | 'current' | 'next';

/** الماضي / المنصرم / last; الجاري / الحالي / this; المقبل / القادم / next. */
export const DIRECTIONS: ReadonlyMap<string, Direction> = lookup<Direction>([
  [
    'الماضي الماضية الماضيين الماضيان المنصرم المنصرمة السابق السابقة الفائت الفائتة الأخيرين last past previous',
    'past',
  ],
  ['الجاري الجارية الحالي الحالية this current', 'current'],
  ['المقبل المقبلة القادم القادمة next coming', 'next'],
]);

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/**
 * Time units, with the count implied by a dual or a plural without number (أيام = a few days).
 * Hours count as (part of) a day: "خلال الساعات الـ24 الماضية" is a range of days.
 */
export const TIME_UNITS: ReadonlyMap<string, { unit: TimeUnit; count: number | null }> = lookup([
  ['يوم يوما', { unit: 'day' as TimeUnit, count: 1 }],
  ['يومين يومان', { unit: 'day' as TimeUnit, count: 2 }],
  ['أيام الأيام ايام days', { unit: 'day' as TimeUnit, count: null }],
  ['day', { unit: 'day' as TimeUnit, count: 1 }],
  ['أسبوع أسبوعا week', { unit: 'week' as TimeUnit, count: 1 }],
  ['أسبوعين أسبوعان', { unit: 'week' as TimeUnit, count: 2 }],
  ['أسابيع الأسابيع weeks', { unit: 'week' as TimeUnit, count: null }],
  ['شهر شهرا month', { unit: 'month' as TimeUnit, count: 1 }],
  ['شهرين شهران', { unit: 'month' as TimeUnit, count: 2 }],
  ['أشهر الأشهر شهور الشهور months', { unit: 'month' as TimeUnit, count: null }],
  ['ساعة hour', { unit: 'day' as TimeUnit, count: 1 }],
  ['ساعتين ساعتان', { unit: 'day' as TimeUnit, count: 1 }],
  ['ساعات الساعات hours', { unit: 'day' as TimeUnit, count: null }],
  ['عام عاما سنة year', { unit: 'year' as TimeUnit, count: 1 }],
  ['عامين عامان سنتين', { unit: 'year' as TimeUnit, count: 2 }],
  ['أعوام سنوات years', { unit: 'year' as TimeUnit, count: null }],
]);

/** الأسبوع / الشهر / العام as the subject of "الماضي", "الجاري" …, and their English words. */
export const PERIOD_WORDS: ReadonlyMap<string, 'week' | 'month' | 'year'> = lookup<'week' | 'month' | 'year'>(
  [
    ['الأسبوع الاسبوع week', 'week'],
    ['الشهر month', 'month'],
    ['العام السنة year', 'year'],
  ],
);

/** Year markers: عام 2016، سنة 2016، in 2016; and the era letters after a year (2016م، 1437هـ). */
export const YEAR_WORDS: ReadonlySet<string> = new Set(
  folded('عام العام سنة السنة year in since until by during'),
);
export const GREGORIAN_ERA: ReadonlySet<string> = new Set(folded('م ميلادي ميلادية ad'));
export const HIJRI_ERA: ReadonlySet<string> = new Set(folded('هـ ه هجري هجرية ah'));

/** Words after اليوم that make it "the day …" rather than "today". */
export const NOT_TODAY_AFTER: ReadonlySet<string> = new Set(
  folded(
    'التالي نفسه ذاته الأول الثاني الثالث الرابع الذي السابق الأخير الوطني العالمي الدولي من التالية واحد',
  ),
);

/** "English words allowed before a month name that is also a verb (may, march)". */
export const ENGLISH_MONTH_CONTEXT: ReadonlySet<string> = new Set(
  folded('in since early late mid of until by this last next during before after from'),
);

/** Recent-past ranges: مؤخرا، في الآونة الأخيرة / recently, in recent days. */
export const RECENTLY: ReadonlySet<string> = new Set(folded('مؤخرا مؤخراً recently lately'));

/**
 * الاثنين is both Monday and the numeral "the two". Words that show it is a time ("منذ الاثنين",
 * "حتى الاثنين") when they stand just before it.
 */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(folded('منذ ومنذ حتى وحتى لغاية ولغاية حتي'));

/** Words after الاثنين that make it the numeral: "الاثنين الآخرين", "الاثنين معا", "كليهما". */
export const NUMERAL_FOLLOWERS: ReadonlySet<string> = new Set(
  folded('الآخرين الآخران الاخرين الاخران معا معاً كليهما كلاهما اللذين اللذان اللتين اللتان الذين'),
);

/** Words before الاثنين that make it the numeral: "كلا الاثنين", "بين الاثنين", "أحد الاثنين". */
export const NUMERAL_GOVERNORS: ReadonlySet<string> = new Set(
  folded('كلا كلتا بين أحد احدى إحدى هذين هاذين'),
);

/** "أن"/"إن" after a weekday: "أعلن الجيش الاثنين أن ...". */
export const COMPLEMENTISERS_AFTER_DAY: ReadonlySet<string> = new Set(folded('أن إن بأن وأن ان بان'));

/**
 * Function words: after الاثنين they say nothing about its reading ("اتفق الاثنين على ذلك": the two
 * agreed). A content word after it is the object or subject of a verb dated by the weekday
 * ("شنت الطائرات الاثنين غارات").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  folded(
    'في على علي من إلى الى الي عن مع حول ضد عند لدى بين و ثم أو او لا لم لن قد كما ما التي الذي الذين هو هي هم هما ' +
      'إلا الا بعد قبل خلال منذ حتى فقط أيضا ايضا كل بعض',
  ),
);

/**
 * Names that carry a date: "معسكر 7 أبريل", "كتيبة 17 فبراير", "ثورة 17 فبراير", "مستشفى 7 أكتوبر"
 * (Arabic puts the noun first) and "April 7 Camp", "17 February Brigade" (English puts it after).
 */
export const NAMED_AFTER_DATE_BEFORE: ReadonlySet<string> = new Set(
  folded(
    'معسكر معسكرات كتيبة الكتيبة لواء سرية ثورة الثورة انتفاضة شارع ميدان ساحة مستشفى جامعة قاعدة مدرسة ' +
      'جسر ملعب مطار حي منطقة مجمع شهداء حركة تجمع ائتلاف ثوار',
  ),
);
export const NAMED_AFTER_DATE_AFTER: ReadonlySet<string> = new Set(
  folded(
    'camp brigade battalion martyrs revolution uprising street square hospital base university school stadium ' +
      'bridge airport movement coalition district compound revolutionaries',
  ),
);

/** Arabic day parts that outlets glue to the word after them: مساءالجمعة، فجراليوم، صباحأمس. */
export const GLUED_DAY_PARTS: readonly string[] = folded(
  'مساء صباح فجر ليل ليلة ظهر عصر ظهيرة صبيحة ضحى يوم',
);
/** Words that a glued day part may stand before: the Arabic weekdays, اليوم, أمس. */
export const GLUED_DAY_WORDS: readonly string[] = folded(
  'الأحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت اليوم أمس الأمس',
);

/**
 * Words of what follows an attack, whose day is not the attack's: a wounded man who "died of his
 * wounds on Friday" (توفي الجمعة متأثرا بجراحه), victims "buried on Sunday" (شيع الأهالي الأحد).
 * A date next to one of these is read as the latest day the attack may have been.
 */
export const CONSEQUENCE_WORDS: ReadonlySet<string> = new Set(
  folded(
    'متأثرا متأثراً متأثرين متأثرة متأثرتين بجراحه بجراحها بجراحهم بجروحه بجروحها بجروحهم شيع شيعت وشيع وشيعت ' +
      'شيعوا تشييع جنازة جنازات دفن ودفن ووري succumbed buried funeral funerals mourners',
  ),
);

/** "of his wounds", "from their injuries": wounds died of, not wounds suffered. */
export const WOUND_WORDS: ReadonlySet<string> = new Set(folded('wounds injuries'));
export const WOUND_OWNERS: ReadonlySet<string> = new Set(folded('his her their'));

/** A toll that "rose" on a later day: "the toll rose to 12 on Friday", "ارتفعت الجمعة حصيلة ضحايا القصف". */
export const TOLL_RISE_WORDS: ReadonlySet<string> = new Set(
  folded('rose risen climbed ارتفعت ارتفع وارتفعت وارتفع ترتفع يرتفع'),
);
export const TOLL_NOUNS: ReadonlySet<string> = new Set(folded('toll حصيلة الحصيلة عدد'));
