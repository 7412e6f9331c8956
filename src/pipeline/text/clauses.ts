/**
 * Clauses of a sentence: split at ، ؛ , ; (not inside 1,500) and before the conjunctions that open
 * a new clause (فيما، بينما، في حين، إلا أن، while, whereas, but …), so a number, a place and a
 * trigger can be read together only when they share a clause.
 */

import { FOLD_TABLE } from './fold-table.ts';
import { normaliseTerm } from './normalise.ts';
import { WORD_TABLE } from './word-characters.ts';
import { isDigit, isSpaceCode, trimmed } from './segment-characters.ts';
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

const LOOKED_FOR = [...CLAUSE_OPENERS, ...[...CLAUSE_OPENER_PAIRS].flatMap((pair) => pair.split(' '))];
/** The longest word the splitter looks for ("meanwhile"). */
const LONGEST_WORD = LOOKED_FOR.reduce((longest, word) => Math.max(longest, word.length), 0);

/**
 * For each folded first letter, the lengths (one bit each) of the words the splitter looks for
 * that start with it: any other word is never normalised.
 */
const LENGTHS_BY_FIRST_LETTER: Uint32Array = (() => {
  const table = new Uint32Array(0x10000);
  for (const word of LOOKED_FOR)
    table[word.charCodeAt(0)] = (table[word.charCodeAt(0)] as number) | (1 << word.length);
  return table;
})();

function isClauseComma(text: string, index: number, end: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x060c || code === 0x061b || code === 59) return true;
  if (code !== 44) return false;
  const before = index > 0 ? text.charCodeAt(index - 1) : 32;
  const after = index + 1 < end ? text.charCodeAt(index + 1) : 32;
  return !(isDigit(before) && isDigit(after)); // 1,500
}

/** Nothing but spaces in text[from, to). */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!isSpaceCode(text.charCodeAt(index))) return false;
  return true;
}

function pushClause(text: string, clauses: Segment[], from: number, to: number): void {
  const [start, end] = trimmed(text, from, to);
  if (end > start) clauses.push({ start, end, kind: 'clause' });
}

/**
 * The word text[start, end) as the opener tables spell it, or '' when it cannot be one: too long,
 * or a first letter no opener has (the common case, decided without building the word).
 */
function candidateWord(text: string, start: number, end: number, foldTable: Uint16Array): string {
  const length = end - start;
  if (length > LONGEST_WORD + 8) return ''; // room for harakat and tatweel, which folding removes
  const first = foldTable[text.charCodeAt(start)] as number;
  // Every letter folding to one letter (no mark dropped, no ligature expanded): the word keeps its
  // length, so its first letter and length decide.
  let plain = first >= 32;
  for (let index = start + 1; plain && index < end; index++)
    plain = (foldTable[text.charCodeAt(index)] as number) >= 32;
  if (plain && (((LENGTHS_BY_FIRST_LETTER[first] as number) >>> Math.min(length, 31)) & 1) === 0) return '';
  const word = normaliseTerm(text.slice(start, end));
  return word.length > LONGEST_WORD ? '' : word;
}

/** Splits one sentence into clauses at ، ؛ , ; and before clause-opening conjunctions. */
export function splitClauses(text: string, sentence: Segment): Segment[] {
  const clauses: Segment[] = [];
  if (typeof text !== 'string') return clauses;
  const end = Math.min(text.length, Math.max(0, sentence.end));
  const start = Math.min(end, Math.max(0, sentence.start));
  // A local binding: some loaders compile imported bindings to getters.
  const wordTable = WORD_TABLE;
  const foldTable = FOLD_TABLE;
  let clauseStart = start;
  let previousWordStart = -1;
  let previousWord = '';
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (wordTable[code] !== 1) {
      if (isClauseComma(text, index, end)) {
        pushClause(text, clauses, clauseStart, index);
        clauseStart = index + 1;
        previousWord = '';
      }
      continue;
    }
    let wordEnd = index + 1;
    while (wordEnd < end && wordTable[text.charCodeAt(wordEnd)] === 1) wordEnd++;
    const word = candidateWord(text, index, wordEnd, foldTable);
    if (word.length > 0 && !onlySpaces(text, clauseStart, index)) {
      if (CLAUSE_OPENERS.has(word)) {
        pushClause(text, clauses, clauseStart, index);
        clauseStart = index;
      } else if (previousWordStart > clauseStart && CLAUSE_OPENER_PAIRS.has(`${previousWord} ${word}`)) {
        pushClause(text, clauses, clauseStart, previousWordStart);
        clauseStart = previousWordStart;
      }
    }
    previousWord = word;
    previousWordStart = index;
    index = wordEnd - 1;
  }
  pushClause(text, clauses, clauseStart, end);
  return clauses;
}
