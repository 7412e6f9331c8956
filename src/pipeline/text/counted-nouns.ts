/**
 * Nouns that numbers count, by category, in Arabic (singular, dual, plural, accusative forms) and
 * English, plus the qualifiers that come before or after a number. Folded with `normaliseTerm`
 * when the module loads, so the tables are written in ordinary spelling.
 */

import { normaliseTerm } from './normalise.ts';

export type CountedCategory =
  | 'killed'
  | 'injured'
  | 'people'
  | 'fighters'
  | 'civilians'
  | 'soldiers'
  | 'children'
  | 'vehicles'
  | 'weapons'
  | 'distance'
  | 'time'
  | 'money'
  | 'units'
  | 'other';

export type NumberQualifier = 'exact' | 'at_least' | 'at_most' | 'approximate' | 'vague';

const NOUNS: Record<Exclude<CountedCategory, 'other'>, string> = {
  killed:
    'قتيل قتيلا قتيلان قتيلين قتلى القتلى ضحية ضحيه ضحايا الضحايا شهيد شهيدا شهيدان شهيدين شهداء جثة جثث الجثث جثمان جثامين الجثامين جثماني رفات ' +
    'وفاة وفيات مقتل killed dead deaths death fatalities bodies lives',
  injured:
    'جريح جريحا جريحان جريحين جرحى الجرحى مصاب مصابا مصابين مصابون مصابي المصابين إصابة إصابات ' +
    'injured wounded injuries hurt',
  people:
    'شخص شخصا شخصان شخصين أشخاص الأشخاص فرد أفراد مواطن مواطنا مواطنين مواطنون رجل رجلا رجال امرأة نساء ' +
    'مهاجر مهاجرا مهاجرين مهاجرون مهاجري نازح نازحا نازحين سكان آخرين آخرون ' +
    'people persons person individuals men women residents migrants casualties victims others',
  fighters:
    'عنصر عنصرا عنصران عنصرين عناصر العناصر مسلح مسلحا مسلحين مسلحون المسلحين مقاتل مقاتلا مقاتلين مقاتلون ' +
    'المقاتلين مقاتلي مسلحي عناصري إرهابي إرهابيا إرهابيين إرهابيون إرهابيي الإرهابيين متشدد متشددا ' +
    'متشددين متشددون متشددي داعشي داعشيا ' +
    'دواعش الدواعش جهادي جهاديا جهاديين جهاديون مرتزق مرتزقا مرتزقة المرتزقة انتحاري انتحاريين ' +
    'fighters fighter militants militant gunmen insurgents jihadists extremists terrorists mercenaries members',
  civilians: 'مدني مدنيا مدنيان مدنيين مدنيون مدنيي المدنيين civilians civilian noncombatants',
  soldiers:
    'جندي جنديا جنديان جنديين جنود الجنود عسكري عسكريا عسكريين عسكريون عسكريي العسكريين ضابط ضابطا ضابطين ضباط ' +
    'شرطي شرطيا شرطيين troops soldiers soldier servicemen officers policemen personnel marines',
  children: 'طفل طفلا طفلة طفلات أطفال الأطفال قاصر قاصرين children child kids boys girls minors',
  vehicles:
    'آلية آليات الآليات سيارة سيارات مركبة مركبات عربة عربات دبابة دبابات شاحنة شاحنات مدرعة مدرعات ' +
    'vehicles vehicle cars car trucks tanks pickups technicals',
  weapons:
    'صاروخ صاروخا صواريخ قذيفة قذائف القذائف قنبلة قنابل لغم ألغام طائرة طائرات مسيرة مسيرات ' +
    'غارة غارات الغارات ضربة ضربات الضربات ' +
    'missiles missile rockets rocket shells mortars bombs mines drones drone munitions strikes raids airstrikes',
  distance:
    'كم كلم كيلومتر كيلومترا كيلومترات كيلو متر مترا أمتار ميل ميلا أميال ' +
    'km kilometres kilometers kilometre kilometer miles mile metres meters',
  time:
    'يوم يوما يومان يومين أيام ساعة ساعات ساعتين أسبوع أسبوعا أسبوعين أسابيع شهر شهرا شهرين أشهر شهور ' +
    'سنة سنوات سنين سنتين عام عاما عامين أعوام دقيقة دقائق ' +
    'days day hours hour weeks week months month years year minutes',
  money: 'دولار دولارا دولارات دينار دينارا دنانير يورو dollars dollar euros euro dinars dinar',
  // "the 444 Brigade", "Battalion 166": a number that names a unit counts nobody.
  units:
    'لواء اللواء كتيبة الكتيبة فوج الفوج سرية السرية brigade brigades battalion battalions regiment regiments squadron division',
};

/**
 * Nouns whose dual is a count of two on their own ("مقتل شخصين", "قتل مواطنان"), built from the
 * singular: -ان (nominative) and -ين (accusative/genitive), ة becoming ت (امرأة → امرأتين).
 * A noun with a sound masculine plural in -ين (مدني → مدنيين "civilians") has its -ين form left out:
 * that form is also the plural, which counts nobody in particular.
 */
const DUAL_BOTH_CASES =
  'قتيل جريح شهيد شخص عنصر جندي طفل طفلة امرأة سيدة فتاة شاب رجل ضابط شقيق شقيقة حارس ' +
  'ابن ابنة مسنة صبي مهاجرة مواطنة مدنية';
const DUAL_NOMINATIVE_ONLY = 'مدني مواطن مسلح مقاتل مهاجر عسكري شرطي إرهابي متشدد مسن';

function dualForms(singular: string, cases: readonly string[]): string[] {
  const stem = singular.endsWith('ة') ? `${singular.slice(0, -1)}ت` : singular;
  return cases.map((ending) => stem + ending);
}

/** Each dual form with its singular. */
const DUAL_WORDS: readonly [string, string][] = [
  ...DUAL_BOTH_CASES.split(' ').flatMap((noun) =>
    dualForms(noun, ['ان', 'ين']).map((dual): [string, string] => [dual, noun]),
  ),
  ...DUAL_NOMINATIVE_ONLY.split(' ').flatMap((noun) =>
    dualForms(noun, ['ان']).map((dual): [string, string] => [dual, noun]),
  ),
];

export const DUAL_NOUNS: ReadonlySet<string> = new Set(DUAL_WORDS.map(([dual]) => normaliseTerm(dual)));

function buildNouns(): Map<string, CountedCategory> {
  const map = new Map<string, CountedCategory>();
  for (const [category, words] of Object.entries(NOUNS) as [CountedCategory, string][]) {
    for (const word of words.split(' ')) if (word.length > 0) map.set(normaliseTerm(word), category);
  }
  // A dual counts what its singular counts (people when the singular is not listed: امرأتين، سيدتين).
  for (const [dual, singular] of DUAL_WORDS) {
    const key = normaliseTerm(dual);
    if (!map.has(key)) map.set(key, map.get(normaliseTerm(singular)) ?? 'people');
  }
  return map;
}

export const COUNTED_NOUNS: ReadonlyMap<string, CountedCategory> = buildNouns();

function phrases(list: string): string[][] {
  return list.split('|').map((phrase) => normaliseTerm(phrase).split(' '));
}

/** Qualifiers written before a number, as word sequences, longest first when matched. */
export const QUALIFIERS_BEFORE: readonly { words: string[]; qualifier: NumberQualifier }[] = [
  ...phrases(
    'ما لا يقل عن|لا يقل عن|ما لا يقل عن|ما يزيد عن|ما يزيد على|يزيد عن|يزيد على|أكثر من|اكثر من|أزيد من|' +
      'ما يربو على|يربو على|at least|more than|over|upwards of|in excess of|no fewer than|no less than',
  ).map((words) => ({ words, qualifier: 'at_least' as const })),
  ...phrases(
    'نحو|حوالي|حوالى|زهاء|قرابة|ما يقارب|يقارب|ما يقرب من|يقرب من|تقريبا|' +
      'about|around|approximately|roughly|some|an estimated|estimated|nearly|almost|close to',
  ).map((words) => ({ words, qualifier: 'approximate' as const })),
  ...phrases(
    'ما يصل إلى|يصل إلى|أقل من|اقل من|لا يزيد عن|لا يزيد على|up to|as many as|fewer than|less than|under|no more than',
  ).map((words) => ({ words, qualifier: 'at_most' as const })),
];

/** Qualifiers written after the number or its noun: "11 قتيلا على الأقل", "7 at least". */
export const QUALIFIERS_AFTER: readonly { words: string[]; qualifier: NumberQualifier }[] = [
  ...phrases('على الأقل|علي الاقل|at least').map((words) => ({ words, qualifier: 'at_least' as const })),
  ...phrases('تقريبا|approximately|or so').map((words) => ({ words, qualifier: 'approximate' as const })),
];

/** Words allowed between a number and its noun: من / of, possessives and articles. */
export const LINK_WORDS: ReadonlySet<string> = new Set(
  'من of its their the his her our these those from among'.split(' ').map(normaliseTerm),
);

/** English modifiers allowed between a number and its noun ("17 suspected IS militants"). */
export const MAXIMUM_MODIFIERS = 3;

/** Words after a number that are not the thing counted. */
export const NOT_NOUNS: ReadonlySet<string> = new Set(
  (
    'في على الى إلى عن أن ان إن قد لم لن و أو او ثم منذ خلال بعد قبل حتى مع عند لدى بين وفق حسب هذا هذه ذلك ' +
    'in on at to from by for with and or but after before since during while as is was were are be been ' +
    'that which who when where than per percent الماضي الماضية الماضيين الأخيرة الأخيرين المقبل المقبلة'
  )
    .split(' ')
    .map(normaliseTerm),
);

/** Words that make a bare number a count of killed: "death toll", "عدد القتلى", "حصيلة". */
export const TOLL_WORDS: ReadonlyMap<string, CountedCategory> = new Map([
  [normaliseTerm('حصيلة'), 'killed'],
  [normaliseTerm('toll'), 'killed'],
]);

/** Clitics and the article a counted noun may carry: القتلى، والجرحى، بالمسلحين. */
const NOUN_PREFIXES_AFTER_NUMBER = ['', 'ال'];
const NOUN_PREFIXES = ['', 'ال', 'و', 'ب', 'ل', 'لل', 'وال', 'بال', 'ولل', 'فال'];

/** Possessive suffixes: عناصرهم "their fighters", جنودها "its soldiers", مقاتليه "his fighters". */
const POSSESSIVE_SUFFIXES = ['هم', 'ها', 'ه', 'هن', 'نا', 'كم'];

/** The category of a counted noun, with its clitics, article or possessive suffix. */
export function nounCategory(word: string | undefined, afterNumber = false): CountedCategory | null {
  if (word === undefined) return null;
  // Right after a number the noun takes at most the article ("11 من العناصر"); a word with a
  // conjunction there starts the next phrase ("بمقتل 4 وإصابة 7").
  for (const prefix of afterNumber ? NOUN_PREFIXES_AFTER_NUMBER : NOUN_PREFIXES) {
    if (prefix.length > 0 && (!word.startsWith(prefix) || word.length <= prefix.length + 1)) continue;
    const stem = word.slice(prefix.length);
    const category = COUNTED_NOUNS.get(stem);
    if (category !== undefined) return category;
    if (prefix.length > 0 && prefix !== 'و') continue;
    for (const suffix of POSSESSIVE_SUFFIXES) {
      if (stem.length <= suffix.length + 2 || !stem.endsWith(suffix)) continue;
      const possessed = COUNTED_NOUNS.get(stem.slice(0, -suffix.length));
      if (possessed !== undefined && possessed !== 'distance' && possessed !== 'time') return possessed;
    }
  }
  return null;
}

/** Every dual noun with each clitic prefix it may carry ("شخصين", "بشخصين", "والطفلين"). */
const DUAL_NOUN_FORMS: ReadonlySet<string> = new Set(
  NOUN_PREFIXES.flatMap((prefix) => [...DUAL_NOUNS].map((noun) => prefix + noun)),
);

/** A dual noun that counts two on its own. */
export function isDualNoun(word: string | undefined): boolean {
  return word !== undefined && DUAL_NOUN_FORMS.has(word);
}

/** The words `isDualNoun` accepts. */
export function dualNounForms(): Iterable<string> {
  return DUAL_NOUN_FORMS;
}
