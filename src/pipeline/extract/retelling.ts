/**
 * What marks an event told again rather than a new one, read from the words around a trigger: a definite
 * reference ("the strike", "الغارة", "these raids"), a construct state ("قصف قاعدة الوطية" — definite
 * without ال), a possessive day ("Saturday's raid"); and the part of the day a date names, since "late on
 * Saturday", "overnight" and "the early hours of Sunday" can be one night told from either side.
 */
import type { ArticleContext, TextSegment } from './context.ts';
import type { Mention } from './mentions.ts';
import { tokensBetween } from './tokens.ts';

const ARABIC_LETTER = /[\u0621-\u064a]/;
const CLAUSE_MARKS = new Set(['،', ',', '؛', ';', ':', '.', '(', '«', '"', '“']);
/** How far back a clause boundary is looked for before a noun in construct state. */
const CLAUSE_LOOKBACK = 60;

/** The word that starts at or after `position` (letters only), and where it starts. */
function nextWord(text: string, position: number, end: number): { word: string; start: number } {
  let start = position;
  while (start < end && text.charCodeAt(start) === 32) start++;
  let stop = start;
  while (stop < end && ARABIC_LETTER.test(text[stop] as string)) stop++;
  return { word: text.slice(start, stop), start };
}

/** Whether only a conjunction or nothing stands between the clause's start and the mention (a verb opening its clause). */
function opensClause(context: ArticleContext, mention: Mention, segment: TextSegment): boolean {
  const floor = Math.max(segment.start, mention.start - CLAUSE_LOOKBACK);
  let boundary = floor;
  for (let index = mention.start - 1; index >= floor; index--) {
    if (CLAUSE_MARKS.has(context.text[index] as string)) {
      boundary = index + 1;
      break;
    }
  }
  return tokensBetween(context.tokens, boundary, mention.start) === 0;
}

/**
 * "قصف قاعدة الوطية", "غارة الطيران": an Arabic noun without ال followed by a definite word or a place name
 * is definite by construct state. A trigger opening its clause is read as a verb ("قصف الطيران المدينة"), not
 * a construct; nor is a past verb in ـت ("قصفت").
 */
function constructState(
  context: ArticleContext,
  mention: Mention,
  segment: TextSegment,
  placeStarts: ReadonlySet<number>,
): boolean {
  const word = context.text.slice(mention.start, mention.end);
  if (!ARABIC_LETTER.test(word.charAt(word.length - 1))) return false;
  if (word.endsWith('ت') && !word.endsWith('ات')) return false;
  const next = nextWord(context.text, mention.end, segment.end);
  if (next.word.length === 0) return false;
  if (!next.word.startsWith('ال') && !placeStarts.has(next.start)) return false;
  return !opensClause(context, mention, segment);
}

/** "Saturday's raid", "the group's attack": a possessive right before the trigger. */
function possessed(context: ArticleContext, mention: Mention, segment: TextSegment): boolean {
  const before = context.text.slice(Math.max(segment.start, mention.start - 4), mention.start);
  return /['’]s\s+$/.test(before);
}

/** "the missiles ", "the drone's rockets ": a definite noun phrase of one or two words ending right before a verb. */
const THE_WEAPON = /\bthe\s+[a-z'’]+(\s+[a-z]+)?\s+$/;

/** Whether a mention refers to something already told: definite, construct state or possessed. */
export function refersBack(
  context: ArticleContext,
  mention: Mention,
  segment: TextSegment,
  placeStarts: ReadonlySet<number>,
): boolean {
  if (mention.definite) return true;
  if (possessed(context, mention, segment)) return true;
  // "سقطت الصواريخ", "عندما أصابت القذيفة": a verb phrase whose noun is definite.
  if (/\sال/.test(context.text.slice(mention.start, mention.end))) return true;
  // "when the missiles hit": an attack verb whose weapon, named right before it, is definite.
  if (
    mention.typeSource === 'instrument' &&
    THE_WEAPON.test(context.text.slice(Math.max(segment.start, mention.start - 24), mention.start))
  )
    return true;
  return constructState(context, mention, segment, placeStarts);
}

/** Which neighbouring day a date's time of day reaches: "late on Saturday" the next, "early Sunday" the one before. */
export interface DayEdge {
  late: boolean;
  early: boolean;
}

/** In the folded spelling of the normalised text (ة → ه, أ → ا, ى → ي). */
const LATE_WORDS = /(late|evening|night|midnight|مساء|ليل|منتصف الليل|ساعه متاخره|ساعات متاخره|وقت متاخر)/;
const EARLY_WORDS =
  /(early|dawn|overnight|before daybreak|small hours|فجر|الساعات الاولي|ساعات الصباح الاولي|منتصف الليل|ليل)/;
/** How many characters before a date its time of day may stand ("late on", "in the early hours of", "ساعات فجر"). */
const DAY_PART_CHARS = 28;

export function dayEdge(context: ArticleContext, start: number, end: number, floor: number): DayEdge {
  const text = context.text.slice(Math.max(floor, start - DAY_PART_CHARS), end);
  return { late: LATE_WORDS.test(text), early: EARLY_WORDS.test(text) };
}

/** How the trigger is framed: "during the fighting" a time frame, "killed in the battle" a toll's setting. */
export type Frame = 'time' | 'setting';

/** How many characters before a trigger its framing preposition and article may stand. */
const FRAME_CHARS = 44;
/**
 * "during the eight-month conflict", "throughout the siege", "amid the clashes", "amid heavy fighting": a time
 * frame, up to two modifiers; the article may be left out as wires do ("escaped amid fighting between militias").
 */
const TIME_FRAME = /\b(during|throughout|amid|amidst|in the course of)\s+(the\s+)?([a-z0-9'’-]+\s+){0,2}$/;
/**
 * "killed in the battle", "wounded in the fighting for", and the toll's ellipsis "(killed …,) many of them in
 * the battles for Sirte": the setting of a toll, no new incident.
 */
const SETTING_FRAME =
  /\b(killed|died|dead|wounded|injured|lost|fell|hurt|of them)\s+in\s+the\s+([a-z0-9'’-]+\s+){0,1}$/;

/**
 * Whether an English trigger is the object of a framing preposition with a definite article: the sentence
 * tells something else (inmates escaped, families mourned, bodies were received) in the frame of fighting told
 * elsewhere, so the trigger asserts no new incident. Reads only the few characters before the trigger.
 */
export function framedBy(context: ArticleContext, mention: Mention, segment: TextSegment): Frame | null {
  const before = context.text.slice(Math.max(segment.start, mention.start - FRAME_CHARS), mention.start);
  if (TIME_FRAME.test(before)) return 'time';
  if (SETTING_FRAME.test(before)) return 'setting';
  // Arabic: only a definite trigger ("المواجهات", "بالاشتباكات") is fighting already told.
  const word = context.text.slice(mention.start, mention.end);
  if (!mention.definite && !/^(ال|بال|لل)/.test(word)) return null;
  if (ARABIC_SETTING_FRAME.test(before)) return 'setting';
  if (ARABIC_TIME_FRAME.test(before)) return 'time';
  return null;
}

/**
 * "قتلوا في المواجهات", "لقي حتفه جراء القصف", "أصيب بالاشتباكات": a toll's setting (folded spelling: أ → ا,
 * ى → ي); the preposition may be the clitic بـ on the trigger itself.
 */
const ARABIC_SETTING_FRAME =
  /(قتل|قتلوا|قتلا|قتلت|قتيل|قتلي|مقتل|مصرع|حتفه|حتفها|حتفهم|سقطوا|سقط|اصيب|اصيبوا|اصيبا|جرحوا|جرح|جرحي|ضحايا|ضحيه)\s+((في|جراء|خلال|اثناء|اثر|بسبب|من جراء)\s+)?$/;
/** "خلال المعارك", "وسط الاشتباكات", "في خضم القتال": a time frame for something else. */
const ARABIC_TIME_FRAME = /(^|\s)(خلال|اثناء|في اثناء|وسط|ابان|في خضم|طيله|طوال)\s+$/;
