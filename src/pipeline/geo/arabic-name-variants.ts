/**
 * Systematic spelling variants of Arabic place names, as news writes them (all in normalised form:
 * alef forms folded, ة as ه, ى as ي):
 * - the article of the word after a head noun dropped: "وادي الربيع" / "وادي ربيع", "خلة الفرجان" / "خلة فرجان";
 * - أبو/بو written apart, glued or shortened: "ابو سليم" / "ابوسليم" / "بوسليم" / "بو سليم";
 * - "بن" / "ابن" in a name ("قصر بن غشير" / "قصر ابن غشير"), and glued to the next word;
 * - a final hamza after alef dropped ("تاجوراء" / "تاجورا") or restored ("الفقها" / "الفقهاء");
 * - a final ه written ا and back in one-word names of five letters or more ("بنينه" / "بنينا", "اجدابيا" / "اجدابيه").
 * The name itself is not included.
 */

const ARTICLE = 'ال';
const ABU_FORMS = ['ابو', 'بو'];

function isArabicName(name: string): boolean {
  const code = name.charCodeAt(0);
  return code >= 0x0621 && code <= 0x064a;
}

/**
 * Nouns that head a place name in a construct ("وادي الربيع" the valley of al-Rabie): the article of
 * the word after them is what writers drop. After any other word the second word is an adjective
 * ("الكلية الجوية", "وسط البلاد", "طرابلس الغرب") and keeps its article.
 */
const HEAD_NOUNS: ReadonlySet<string> = new Set([
  'وادي',
  'عين',
  'خله',
  'سوق',
  'قصر',
  'بئر',
  'بير',
  'حي',
  'زاويه',
  'باب',
  'سيدي',
  'راس',
  'جبل',
  'مشروع',
  'ام',
  'ابو',
  'بو',
  'طريق',
  'معسكر',
  'كوبري',
  'جسر',
  'مفترق',
  'سواني',
  'بوابه',
  'قاعده',
  'مطار',
  'ميناء',
  'حقل',
  'منطقه',
]);

/** Words right after a head noun that carry the article and keep three letters without it. */
function innerArticles(words: readonly string[]): number[] {
  const indexes: number[] = [];
  for (let index = 1; index < words.length; index++) {
    const word = words[index] as string;
    if (HEAD_NOUNS.has(words[index - 1] as string) && word.startsWith(ARTICLE) && word.length >= 5)
      indexes.push(index);
  }
  return indexes;
}

/** "ابو X" in every written form, from any of them (spaced "ابو X"/"بو X" or glued "ابوX"). */
function abuForms(words: readonly string[]): string[][] {
  const first = words[0] as string;
  let rest: string[] | null = null;
  if (ABU_FORMS.includes(first) && words.length > 1) rest = words.slice(1);
  else if (first.startsWith('ابو') && first.length >= 6) rest = [first.slice(3), ...words.slice(1)];
  if (rest === null) return [];
  const [next, ...tail] = rest as [string, ...string[]];
  const forms: string[][] = [];
  for (const abu of ABU_FORMS) {
    forms.push([abu, next, ...tail]);
    forms.push([abu + next, ...tail]);
  }
  return forms;
}

function finalLetterForms(word: string): string[] {
  const forms: string[] = [];
  if (word.endsWith('اء') && word.length >= 4) forms.push(word.slice(0, -1));
  // And back: a name a map wrote without its hamza ("الفقها") as news writes it ("الفقهاء").
  else if (word.endsWith('ا') && !word.endsWith('اا') && word.length >= 5) forms.push(`${word}ء`);
  if (word.length >= 5 && word.endsWith('ه')) forms.push(`${word.slice(0, -1)}ا`);
  if (word.length >= 5 && word.endsWith('ا') && !word.endsWith('اا')) forms.push(`${word.slice(0, -1)}ه`);
  return forms;
}

export function arabicNameVariants(name: string): string[] {
  if (name.length < 3 || !isArabicName(name)) return [];
  const words = name.split(' ');
  const frames: string[][] = [words];
  for (const form of abuForms(words)) frames.push(form);
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    if (word === 'بن' || word === 'ابن') {
      const other = word === 'بن' ? 'ابن' : 'بن';
      frames.push([...words.slice(0, index), other, ...words.slice(index + 1)]);
      const next = words[index + 1];
      if (next !== undefined && word === 'بن')
        frames.push([...words.slice(0, index), `بن${next}`, ...words.slice(index + 2)]);
    }
  }
  const articles = innerArticles(words);
  if (articles.length > 0) {
    for (const frame of [...frames]) {
      if (frame.length !== words.length) continue;
      frames.push(frame.map((word, index) => (articles.includes(index) ? word.slice(ARTICLE.length) : word)));
    }
  }
  const out = new Set<string>();
  for (const frame of frames) {
    out.add(frame.join(' '));
    // One-word names only: in a longer name the last word is often an ordinary word (جنوب ليبيا).
    if (frame.length === 1) for (const form of finalLetterForms(frame[0] as string)) out.add(form);
  }
  out.delete(name);
  return [...out];
}
