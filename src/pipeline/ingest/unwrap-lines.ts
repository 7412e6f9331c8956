/**
 * Hard-wrapped text made whole again: text copied out of a PDF viewer, a plain-text e-mail or wire copy breaks
 * its lines at a fixed width, in the middle of sentences, and a sentence cut in two loses its place, its date
 * or its toll. When most line breaks inside the paragraphs fall where no sentence ends, the lines of a
 * paragraph are joined (a word hyphenated at the line end is glued back); blank lines, short lines (titles,
 * bylines), list items and lines that end a sentence keep their break. Text that is not hard-wrapped is
 * returned as it is.
 */

/** A line ending like this ends a sentence or a block; its break is kept. */
const SENTENCE_END = /[.!?؟…:;؛"”»')\]]$/;
/** A line starting like this is a list item or a new block. */
const BLOCK_START = /^([-•*–—]\s|\d+[.)]\s|#)/;
/** A line shorter than this share of the widest wrapped line is a title or a block's last line. */
const SHORT_LINE = 0.6;
const HYPHEN_AT_END = /[A-Za-z]-$/;
const LOWER_START = /^[a-z]/;
const UPPER_START = /^[A-Z]/;
/** A line ending like this goes on on the next line, whatever that starts with. */
const CONTINUES =
  /(,|\b(the|of|in|on|at|a|an|and|or|to|by|for|with|from|near|into|between|said|says|told|told by|according))$/i;
/** A line ending with a capitalised word: perhaps the first half of a name. */
const NAME_END = /\b[A-Z][A-Za-z'’-]*$/;
/** A first line this full is wrapped text, not a title. */
const FULL_LINE = 0.9;

export function unwrapHardLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const inner: number[] = [];
  for (let index = 0; index + 1 < lines.length; index++) {
    if ((lines[index] as string).trim() !== '' && (lines[index + 1] as string).trim() !== '')
      inner.push(index);
  }
  const open = inner.filter((index) => !SENTENCE_END.test((lines[index] as string).trimEnd()));
  // Not hard-wrapped: few breaks inside paragraphs, or most of them end a sentence (one paragraph a line).
  if (inner.length < 2 || open.length * 2 < inner.length) return text;
  // A loop, not Math.max(...): a file of a million short lines must not overflow the argument list.
  let width = 0;
  for (const index of inner) width = Math.max(width, (lines[index] as string).trimEnd().length);
  const firstLine = lines.findIndex((line) => line.trim() !== '');
  const joins = new Set<number>();
  for (const index of open) {
    const line = (lines[index] as string).trimEnd();
    const next = (lines[index + 1] as string).trimStart();
    if (BLOCK_START.test(next) || line.length < SHORT_LINE * width) continue;
    // The first line is a title unless the sentence plainly goes on: a lower-case word, or a line as full
    // as the wrapped ones before a word that is not capitalised (Arabic has no capitals).
    if (
      index === firstLine &&
      !LOWER_START.test(next) &&
      (line.length < FULL_LINE * width || UPPER_START.test(next))
    )
      continue;
    // A capital after a full word may open a new line of a list of headlines ("Clashes in Zawiya" /
    // "Airstrike on Tarhuna"); after a comma or a word that needs a sequel ("of", "and", "said") it goes on,
    // and so does a name cut in two ("the Abu" / "Salim district") when its next word would not have fitted.
    if (UPPER_START.test(next) && !CONTINUES.test(line)) {
      const nextWord = next.split(/\s/, 1)[0] ?? '';
      if (!(NAME_END.test(line) && line.length + 1 + nextWord.length > width)) continue;
    }
    joins.add(index);
  }
  if (joins.size === 0) return text;
  let result = '';
  lines.forEach((raw, index) => {
    const line = joins.has(index - 1) ? raw.trimStart() : raw;
    if (!joins.has(index)) {
      result += index + 1 < lines.length ? line + '\n' : line;
      return;
    }
    const kept = line.trimEnd();
    const next = (lines[index + 1] as string).trimStart();
    result += HYPHEN_AT_END.test(kept) && LOWER_START.test(next) ? kept.slice(0, -1) : kept + ' ';
  });
  return result;
}
