/**
 * Clauses of a sentence: split at ، ؛ , ; (not inside 1,500) and before the conjunctions that open
 * a new clause (فيما، بينما، في حين، إلا أن، while, whereas, but …), so a number, a place and a
 * trigger can be read together only when they share a clause.
 */

import { normaliseTerm } from './normalise.ts';
import { WORD_TABLE } from './word-characters.ts';
import { isDigit, trimmed } from './segment-characters.ts';
import type { Segment } from './sentences.ts';

/** Words that open a new clause: فيما، بينما، في حين، كما، لكن، إلا أن، حيث؛ while, whereas, but … */
const CLAUSE_OPENERS = new Set(
  'فيما بينما كما لكن ولكن لكنه ولكنه حيث اذ while whereas but although though meanwhile'.split(' '),
);
const CLAUSE_OPENER_PAIRS = new Set([
  'في حين',
  'الا ان',
  'الا انه',
  'في الوقت',
  'وفي الوقت',
  'بعد ان',
  'وبعد ان',
]);

function isClauseComma(text: string, index: number, end: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x060c || code === 0x061b || code === 59) return true;
  if (code !== 44) return false;
  const before = index > 0 ? text.charCodeAt(index - 1) : 32;
  const after = index + 1 < end ? text.charCodeAt(index + 1) : 32;
  return !(isDigit(before) && isDigit(after)); // 1,500
}

/** Splits one sentence into clauses at ، ؛ , ; and before clause-opening conjunctions. */
export function splitClauses(text: string, sentence: Segment): Segment[] {
  const clauses: Segment[] = [];
  if (typeof text !== 'string') return clauses;
  const end = Math.min(text.length, Math.max(0, sentence.end));
  const start = Math.min(end, Math.max(0, sentence.start));
  let clauseStart = start;
  const close = (at: number, next: number): void => {
    const [from, to] = trimmed(text, clauseStart, at);
    if (to > from) clauses.push({ start: from, end: to, kind: 'clause' });
    clauseStart = next;
  };
  let previousWordStart = -1;
  let previousWord = '';
  for (let index = start; index < end; index++) {
    if (isClauseComma(text, index, end)) {
      close(index, index + 1);
      previousWord = '';
      continue;
    }
    const code = text.charCodeAt(index);
    const isWordStart =
      WORD_TABLE[code] === 1 && (index === start || WORD_TABLE[text.charCodeAt(index - 1)] !== 1);
    if (!isWordStart) continue;
    let wordEnd = index;
    while (wordEnd < end && WORD_TABLE[text.charCodeAt(wordEnd)] === 1) wordEnd++;
    const word = wordEnd - index <= 8 ? normaliseTerm(text.slice(index, wordEnd)) : '';
    const atClauseStart = trimmed(text, clauseStart, index)[1] <= clauseStart;
    if (!atClauseStart) {
      if (CLAUSE_OPENERS.has(word)) close(index, index);
      else if (previousWordStart > clauseStart && CLAUSE_OPENER_PAIRS.has(`${previousWord} ${word}`)) {
        close(previousWordStart, previousWordStart);
      }
    }
    previousWord = word;
    previousWordStart = index;
    index = wordEnd - 1;
  }
  close(end, end);
  return clauses;
}
