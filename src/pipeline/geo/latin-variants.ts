/**
 * Latin transliterations write the same Arabic name many ways: "Al Fuqaha'", "al-Fuqaha", "el-Fuqaha",
 * "Ash-Shati" for "Al Shati", an ayn or hamza as ', `, ʿ or ʼ or not at all. The text searched for
 * names gets two one-for-one substitutions (a hyphen between two words reads as a space, an ayn
 * or hamza mark as ');
 * each Latin name is entered in every spelling of its articles (al, el, and the assimilated a + sun
 * letter) with its marks kept or dropped. Offsets stay those of the normalised text.
 */

const MARKS = /[`ʿʼ]/g;

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 10 || code === 45;
}

/** `text` with its hyphens between two non-spaces made spaces (found by the native indexOf). */
function joinHyphenated(text: string): string {
  let parts: string[] | null = null;
  let copied = 0;
  for (let index = text.indexOf('-', 1); index >= 0; index = text.indexOf('-', index + 1)) {
    if (index + 1 >= text.length) break;
    if (isSpaceCode(text.charCodeAt(index - 1)) || isSpaceCode(text.charCodeAt(index + 1))) continue;
    parts ??= [];
    parts.push(text.slice(copied, index), ' ');
    copied = index + 1;
  }
  if (parts === null) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * The normalised text as the name automaton reads it (same length, same offsets): a hyphen between
 * two non-spaces becomes a space (al-Fuqaha, Bani-Walid; "Khadra - Tarhuna" keeps its hyphen), and
 * `, ʿ and ʼ become '. The text itself comes back when nothing changes.
 */
export function textForNames(text: string): string {
  const joined = joinHyphenated(text);
  const hasMark = joined.includes('`') || joined.includes('ʿ') || joined.includes('ʼ');
  return hasMark ? joined.replace(MARKS, "'") : joined;
}

const ARTICLES: ReadonlySet<string> = new Set(['al', 'el']);
/** Assimilated articles and the letters that start the next word with them (ash-Shati, az-Zawiya). */
const ASSIMILATED: ReadonlyMap<string, string> = new Map([
  ['ash', 'sh'],
  ['ath', 'th'],
  ['adh', 'dh'],
  ['as', 's'],
  ['ad', 'd'],
  ['az', 'z'],
  ['ar', 'r'],
  ['at', 't'],
  ['an', 'n'],
  ['es', 's'],
  ['ed', 'd'],
  ['ez', 'z'],
  ['er', 'r'],
  ['et', 't'],
  ['en', 'n'],
]);
const SUN_STARTS = ['sh', 'th', 'dh', 's', 'd', 'z', 'r', 't', 'n'];

function isLatinLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Whether `word` is an article before `next` (al/el always; an assimilated one before its letter). */
function isArticle(word: string, next: string | undefined): boolean {
  if (next === undefined || next.length === 0) return false;
  if (ARTICLES.has(word)) return true;
  const start = ASSIMILATED.get(word);
  return start !== undefined && next.startsWith(start);
}

function sunStart(word: string): string | null {
  for (const start of SUN_STARTS) if (word.startsWith(start)) return start;
  return null;
}

/**
 * Every spelling of a normalised Latin name (already through `textForNames`) that the automaton
 * should know: articles written al, el or assimilated (the same way throughout the name), ayn and
 * hamza marks kept or dropped. Arabic names and names without articles or marks come back as they are.
 */
export function latinVariants(name: string): string[] {
  if (name.length === 0 || !isLatinLetter(name.charCodeAt(0))) return [name];
  const words = name.split(' ');
  const articles: number[] = [];
  for (let index = 0; index < words.length - 1; index++)
    if (isArticle(words[index] as string, words[index + 1])) articles.push(index);
  const spellings = new Set<string>([name]);
  if (articles.length > 0) {
    for (const style of ['al', 'el', 'a', 'e']) {
      const written = [...words];
      let usable = true;
      for (const index of articles) {
        if (style === 'al' || style === 'el') written[index] = style;
        else {
          const start = sunStart((words[index + 1] ?? '').replace(/'/g, ''));
          if (start === null) usable = false;
          else written[index] = style + start;
        }
      }
      if (usable) spellings.add(written.join(' '));
    }
  }
  for (const spelling of [...spellings])
    if (spelling.includes("'")) spellings.add(spelling.replace(/'/g, ''));
  return [...spellings].filter((spelling) => spelling.length >= 2);
}

/**
 * Systematic transliteration variants. One Arabic sound is written several ways in Latin script
 * (ق as q, g, k or gh; و as u, ou, oo or o; ظ as dh, z, zh or th; a doubled consonant single or
 * double; ة as -a, -ah or -eh), and a writer tends to use one convention through a word. Each rule
 * rewrites every occurrence in a word at once; a word takes at most two rules in a row. The rules
 * come in the order of how often real reporting needs them (a place's budget keeps the first).
 */
/** A rule: what to rewrite, into what, and a letter sequence the word must contain for it to apply. */
type WordRule = readonly [pattern: RegExp, replacement: string, needle: string];

const WORD_RULES: readonly WordRule[] = [
  [/ou|oo/g, 'u', 'o'],
  [/(?<![aou])u/g, 'ou', 'u'],
  [/gh/g, 'g', 'gh'],
  [/q/g, 'g', 'q'],
  [/(?<!n)g(?!h)/g, 'q', 'g'],
  [/([bdfjklmnrstwyz])\1/g, '$1', ''],
  [/(?<=[^aeiou])uwa/g, 'wa', 'uwa'],
  [/(?<=[^aeiou])aw(?=[aei])/g, 'w', 'aw'],
  [/iyy?a/g, 'ia', 'iy'],
  [/ia(?!h?$)|ia$/g, 'iya', 'ia'],
  [/(?<=[^aeiou])y(?=[aeiou])/g, 'i', 'y'],
  [/a$/g, 'ah', 'a'],
  [/ah$|eh$/g, 'a', 'h'],
  [/ai|ay|ei|ey/g, 'ai', ''],
  [/ai|ei/g, 'ay', 'i'],
  [/ai|ay/g, 'ei', 'a'],
  [/(?<=[^aeiou])(?:ai|ei|ay|ey)(?=[^aeiouy])/g, 'i', ''],
  [/ie$|ee$|y$/g, 'i', ''],
  [/(?<=[^aeiou])i$/g, 'ie', 'i'],
  [/(?<=[^aeiou])i$/g, 'y', 'i'],
  [/(?<![aou])u(?!u)/g, 'o', 'u'],
  [/(?<![aou])o(?![ou])/g, 'u', 'o'],
  [/g(?!h)/g, 'gh', 'g'],
  [/(?<=[^aeiou])e$/g, '', 'e'],
  [/(?<=[^aeiou])i(?=[^aeiouy]+$)/g, 'ee', 'i'],
  [/^aw/g, 'u', 'aw'],
  [/^aw/g, 'o', 'aw'],
  [/^u(?=[bdfjklmnrstz])/g, 'aw', 'u'],
  [/^o(?=[bdfjklmnrstz])/g, 'aw', 'o'],
  [/(?<=.)aw(?=[bdfjklmnrstz])/g, 'o', 'aw'],
  [/q/g, 'k', 'q'],
  [/k(?!h)/g, 'q', 'k'],
  [/dh/g, 'z', 'dh'],
  [/dh/g, 'd', 'dh'],
  [/th/g, 'dh', 'th'],
  [/(?<![dst])z(?!h)/g, 'zh', 'z'],
  [/(?<![cdgkst])z(?!h)/g, 'dh', 'z'],
  [/a$/g, 'eh', 'a'],
  [/sh/g, 'ch', 'sh'],
  [/ch/g, 'sh', 'ch'],
  [/uwa/g, 'ua', 'uwa'],
  [/(?<!d)j/g, 'dj', 'j'],
];
/** The first vowel of a word written with a neighbouring vowel (Sabha/Sebha, Sirt/Surt, Ajdabiya/Ijdabiya). */
const FIRST_VOWEL: Readonly<Record<string, readonly string[]>> = {
  a: ['e'],
  e: ['a'],
  i: ['u'],
  u: ['i'],
};
/** A name's first letter a is also written i or e (Ajdabiya/Ijdabiya/Ejdabiya). */
const INITIAL_A = ['i', 'e'];

/** Short words that are spelled as a set: ibn/bin/ben, abu/abou/bu/bou. */
const WORD_SETS: readonly (readonly string[])[] = [
  ['bin', 'ben', 'ibn'],
  ['abu', 'abou', 'bu', 'bou'],
  ['wadi', 'wady', 'oued'],
  ['souq', 'suq', 'souk', 'suk'],
  ['qasr', 'gasr', 'kasr'],
  ['ain', 'ayn', 'ein'],
  ['bir', 'beer', "bi'r"],
  ['hay', 'hai', 'hey'],
  ['jabal', 'jebel', 'djebel', 'jbel'],
  ['umm', 'um', 'oum'],
];
const SPELLED_AS_SET = new Map<string, readonly string[]>();
for (const set of WORD_SETS) for (const word of set) SPELLED_AS_SET.set(word, set);

/** Words never rewritten (too short to carry a systematic spelling, or ordinary words inside names). */
const KEEP_WORDS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'and',
  'air',
  'base',
  'airport',
  'port',
  'new',
]);

/** At most this many spellings of one word, and of one name. */
const WORD_LIMIT = 12;

function firstVowelVariants(word: string): string[] {
  const match = /[aeiou]/.exec(word);
  if (match === null) return [];
  const vowel = match[0];
  // A digraph (ou, ai, ei, ay) is the rules' business, not a single vowel's.
  const next = word[match.index + 1] ?? '';
  if ('aeiouy'.includes(next) && next !== '') return [];
  const variants: string[] = [];
  const others = match.index === 0 && vowel === 'a' ? INITIAL_A : (FIRST_VOWEL[vowel] ?? []);
  for (const other of others) variants.push(word.slice(0, match.index) + other + word.slice(match.index + 1));
  return variants;
}

function applyRules(word: string): string[] {
  const out: string[] = [];
  for (const [pattern, replacement, needle] of WORD_RULES) {
    if (!word.includes(needle)) continue;
    const rewritten = word.replace(pattern, replacement);
    if (rewritten !== word && rewritten.length >= 3) out.push(rewritten);
  }
  return out;
}

/**
 * Every systematic spelling of one normalised Latin word, the word itself first: one rule, then
 * a second rule on each of those, then a first vowel changed, up to WORD_LIMIT spellings.
 */
const wordCache = new Map<string, string[]>();

export function latinWordVariants(word: string): string[] {
  const cached = wordCache.get(word);
  if (cached !== undefined) return cached;
  const variants = computeWordVariants(word);
  wordCache.set(word, variants);
  return variants;
}

function computeWordVariants(word: string): string[] {
  const set = SPELLED_AS_SET.get(word);
  if (set !== undefined) return [word, ...set.filter((other) => other !== word)];
  if (word.length < 4 || KEEP_WORDS.has(word) || !/^[a-z']+$/.test(word)) return [word];
  const spellings = new Set<string>([word]);
  const once = applyRules(word);
  for (const spelling of once) spellings.add(spelling);
  for (const spelling of firstVowelVariants(word)) spellings.add(spelling);
  for (const spelling of once) {
    if (spellings.size >= WORD_LIMIT) break;
    for (const twice of applyRules(spelling)) spellings.add(twice);
  }
  return [...spellings].slice(0, WORD_LIMIT);
}

const ARTICLE_WORDS: ReadonlySet<string> = new Set(['al', 'el', ...ASSIMILATED.keys()]);

/**
 * The transliteration variants of a normalised Latin name (articles already spelled by
 * `latinVariants`): each word in its systematic spellings, names changed in fewer words first; an
 * article inside the name dropped or glued to its word (Wadi al Rabie → Wadi Rabie, Wadi Alrabie);
 * "Abu X" also glued (Abusalim). The name itself is not included.
 */
export function transliterationVariants(name: string, limit = 24): string[] {
  if (name.length < 4 || !isLatinLetter(name.charCodeAt(0))) return [];
  const words = name.split(' ');
  const frames = new Set<string>([name]);
  // Articles inside the name (never the first word: "Al Hawari" is not "Hawari" by rule).
  for (let index = 1; index < words.length - 1; index++) {
    const word = words[index] as string;
    if (!ARTICLE_WORDS.has(word) || !isArticle(word, words[index + 1])) continue;
    const next = words[index + 1] as string;
    frames.add([...words.slice(0, index), ...words.slice(index + 1)].join(' '));
    frames.add([...words.slice(0, index), `al${next}`, ...words.slice(index + 2)].join(' '));
  }
  const first = words[0] as string;
  if (SPELLED_AS_SET.get(first)?.includes('abu') === true && words.length > 1) {
    const rest = words.slice(2).join(' ');
    for (const abu of ['abu', 'bu']) frames.add(`${abu}${words[1] ?? ''}${rest ? ` ${rest}` : ''}`);
  }
  const lists = [...frames].map((frame) => combinations(frame.split(' ').map(latinWordVariants), limit));
  const out = interleave(lists, limit + 1);
  return out.filter((spelling) => spelling !== name);
}

/** The lists' items taken in turn (first of each, then second of each …), without repeats, at most `limit`. */
export function interleave(lists: readonly (readonly string[])[], limit: number): string[] {
  const out = new Set<string>();
  for (let index = 0; out.size < limit; index++) {
    let any = false;
    for (const list of lists) {
      const item = list[index];
      if (item === undefined) continue;
      any = true;
      out.add(item);
      if (out.size >= limit) break;
    }
    if (!any) break;
  }
  return [...out];
}

/**
 * Names from one spelling per word, those that change fewer words first (each word's own spelling
 * is its first choice), at most `limit` of them.
 */
function combinations(choices: readonly string[][], limit: number): string[] {
  const base = choices.map((list) => list[0] as string);
  const out: string[] = [base.join(' ')];
  // One word changed.
  for (let index = 0; index < choices.length && out.length < limit; index++) {
    for (const spelling of (choices[index] as string[]).slice(1)) {
      const words = [...base];
      words[index] = spelling;
      out.push(words.join(' '));
      if (out.length >= limit) break;
    }
  }
  // Two words changed (names of two or three words: Qasr Ben Gashir).
  for (let first = 0; first < choices.length && out.length < limit; first++) {
    for (let second = first + 1; second < choices.length && out.length < limit; second++) {
      for (const a of (choices[first] as string[]).slice(1, 4)) {
        for (const b of (choices[second] as string[]).slice(1, 4)) {
          const words = [...base];
          words[first] = a;
          words[second] = b;
          out.push(words.join(' '));
          if (out.length >= limit) return out;
        }
      }
    }
  }
  return out;
}
