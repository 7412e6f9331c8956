/**
 * Warnings for article texts that are not prose: a very long run without any space (encoded data, a minified
 * script) or one word repeated most of the time (generated or hostile text). Both are still read, in bounded
 * time, but the person is told why they yield nothing useful. One pass over the text, no regular expressions.
 */
import type { Article, Diagnostic } from '../../types.ts';

/** Longer runs without whitespace than any word or URL in a news article. */
export const MAX_RUN_WITHOUT_SPACE = 2000;
/** Texts with fewer words are too short to judge repetition. */
const MIN_WORDS_FOR_REPETITION = 1000;
/** Share of all words taken by the most frequent one above which a text is called repetitive. */
const REPEATED_WORD_SHARE = 0.3;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0 || code === 0x3000;
}

export interface TextShape {
  longestRun: number;
  words: number;
  topWord: string;
  topWordCount: number;
}

export function textShape(text: string): TextShape {
  const counts = new Map<string, number>();
  let longestRun = 0;
  let words = 0;
  let start = -1;
  let topWord = '';
  let topWordCount = 0;
  const finishWord = (end: number) => {
    const length = end - start;
    if (length > longestRun) longestRun = length;
    words++;
    // Very long runs are not words worth counting (and would make the map hold huge keys).
    if (length <= 64) {
      const word = text.slice(start, end).toLowerCase();
      const count = (counts.get(word) ?? 0) + 1;
      counts.set(word, count);
      if (count > topWordCount) {
        topWordCount = count;
        topWord = word;
      }
    }
    start = -1;
  };
  for (let index = 0; index < text.length; index++) {
    if (isSpace(text.charCodeAt(index))) {
      if (start >= 0) finishWord(index);
    } else if (start < 0) {
      start = index;
    }
  }
  if (start >= 0) finishWord(text.length);
  return { longestRun, words, topWord, topWordCount };
}

/** Warnings naming the file (or entry) and the article, for texts that are not prose. */
export function textSanityWarnings(article: Article, fileName: string): Diagnostic[] {
  const shape = textShape(article.text);
  const warnings: Diagnostic[] = [];
  const where = article.title ? `${fileName} ("${article.title.slice(0, 60)}")` : fileName;
  if (shape.longestRun > MAX_RUN_WITHOUT_SPACE) {
    warnings.push({
      severity: 'warning',
      code: 'not-prose',
      message: `${where}: holds a run of ${shape.longestRun.toLocaleString('en')} characters without a space; that part is not prose (encoded data?) and yields no events`,
      file: fileName,
      article_id: article.id,
    });
  }
  if (shape.words >= MIN_WORDS_FOR_REPETITION && shape.topWordCount / shape.words > REPEATED_WORD_SHARE) {
    warnings.push({
      severity: 'warning',
      code: 'repetitive-text',
      message: `${where}: the word "${shape.topWord.slice(0, 30)}" makes up ${Math.round((100 * shape.topWordCount) / shape.words)}% of its ${shape.words.toLocaleString('en')} words; the text looks generated, and repeated words are not separate events`,
      file: fileName,
      article_id: article.id,
    });
  }
  return warnings;
}
