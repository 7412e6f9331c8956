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
