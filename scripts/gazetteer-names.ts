/**
 * Name helpers for building the gazetteer: Latin folding, a consonant skeleton to decide whether two
 * transliterations name the same place, an Arabic-to-Latin transliteration for places the sources
 * name only in Arabic, and slugs for stable ids.
 */

/** Lower-case, strip accents and apostrophe-like marks (ʿ ’ ‘ ` '), collapse spaces. */
export function foldLatin(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ʿʾ’‘`'´ʼ]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const ARTICLE = /^(?:al|el|ar|as|at|az|ash|ad|an|adh|ath|aš|aṣ|aḑ)[\s-]+/;
const VOWELS = /[aeiouyw]/g;

/**
 * A rough consonant skeleton: "Qaşr Bin Ghashīr" and "Gasr Ben Gashir" give the same one. Articles,
 * vowels and doubled letters are dropped and letters that transliterations swap are merged.
 */
export function latinSkeleton(name: string): string {
  let text = foldLatin(name).replace(ARTICLE, '');
  text = text
    .replace(/([aeiou])h\b/g, '$1')
    .replace(/^qaryat\s+/, '')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/dh/g, 'd')
    .replace(/th/g, 't')
    .replace(/sh/g, 's')
    .replace(/ch/g, 's')
    .replace(/ou/g, 'u')
    .replace(/[qgk]/g, 'k')
    .replace(/[^a-z]/g, '')
    .replace(VOWELS, '');
  return text.replace(/(.)\1+/g, '$1');
}

/** Whether two Latin names plausibly name the same place. */
export function sameLatinName(a: string, b: string): boolean {
  const left = latinSkeleton(a);
  const right = latinSkeleton(b);
  if (left.length < 2 || right.length < 2) return false;
  if (left === right) return true;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return shorter.length >= 3 && longer.startsWith(shorter);
}

const ARABIC_TO_LATIN: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ء: '',
  ؤ: 'u',
  ئ: 'i',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: "'",
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'w',
  ي: 'y',
  ى: 'a',
  ' ': ' ',
};

/** A plain transliteration (no vowels beyond the written ones) for Arabic-only names. */
export function transliterate(arabic: string): string {
  let out = '';
  for (const character of arabic) out += ARABIC_TO_LATIN[character] ?? '';
  const words = out
    .replace(/'+/g, "'")
    .split(' ')
    .filter((word) => word.length > 0)
    .map((word) => (word.startsWith('al') && word.length > 3 ? `al ${word.slice(2)}` : word));
  return words
    .join(' ')
    .split(' ')
    .map((word) => (word.length > 0 ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join(' ');
}

export function slug(name: string): string {
  return foldLatin(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const ARABIC_LETTER = /[\u0621-\u064a]/;
const LATIN_LETTER = /[A-Za-z]/;

/** Keeps the Arabic part of a mixed name ("Zawiyat Murassas زاويه المرصص" → "زاويه المرصص"). */
export function cleanArabicName(name: string): string {
  const withoutBrackets = name.replace(/\([^)]*\)?/g, ' ').replace(/[()]/g, ' ');
  const words = withoutBrackets.split(/\s+/).filter((word) => ARABIC_LETTER.test(word));
  return words
    .join(' ')
    .replace(/\s*[-–]\s*$/, '')
    .trim();
}

export function cleanLatinName(name: string): string {
  return name
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/[()]/g, ' ')
    .split(';')[0]!
    .replace(/\s+/g, ' ')
    .trim();
}

export function hasArabic(name: string): boolean {
  return ARABIC_LETTER.test(name);
}

export function hasLatin(name: string): boolean {
  return LATIN_LETTER.test(name);
}
