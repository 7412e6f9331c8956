/**
 * Numbers of dead and injured in a sentence: a number counts when its noun says so (قتيلا، wounded)
 * or a kill or injury cue stands next to it ("مقتل 7 عناصر", "three people were killed"); a lone
 * victim ("مقتل شخص", "killing a child") counts one; "and 8 others" after named victims adds them
 * ("مقتل درياق، ومعاونه الصداعي، و8 آخرين" = 10). Subsets ("including two children") and running
 * totals ("since 19 September ... to 43") are left out.
 */
import type { ArticleContext, TextSegment } from './context.ts';
import { tokensBetween } from './tokens.ts';

export interface NumberInput {
  start: number;
  end: number;
  value: number;
  high: number | null;
  qualifier: string;
  noun: { start: number; end: number; category: string } | null;
}

export interface CasualtyNumber {
  start: number;
  end: number;
  value: number;
  high: number | null;
  kind: 'killed' | 'injured';
  /** A running total over a period: not the count of one event. */
  total: boolean;
}

const NOT_PEOPLE = new Set(['vehicles', 'weapons', 'distance', 'time', 'money']);
const CUE_WINDOW = 3;
const LIST_WINDOW = 12;
const MAX_NAMED = 6;

/** "و8 آخرين", "وثلاثة من مرافقيه", "and her two children": the number continues a list. */
function precededByAnd(context: ArticleContext, position: number): boolean {
  const first = context.text.charCodeAt(position);
  const next = context.text.charCodeAt(position + 1);
  if (first === 0x0648 && next >= 48 && next <= 57) return true;
  // "وثلاثة" is "and three", but "واحد" is one word: the only number words that start with و.
  if (first === 0x0648 && next >= 0x0621 && !context.text.startsWith('واحد', position)) return true;
  const before = context.text.slice(Math.max(0, position - 12), position);
  return /(^|[\s،,])و\s?$/.test(before) || /\band\s+((at least|his|her|their)\s+)?$/.test(before);
}

/** Victims named one by one between the kill cue and "and N others". */
function namedVictims(context: ArticleContext, from: number, to: number): number {
  const between = context.text
    .slice(from, to)
    .replace(/\s+و\s*$/, '')
    .replace(/\s+and(\s+(his|her|their))?\s*$/, '');
  if (/\d/.test(between)) return 0;
  const items = between
    .split(/[،,]|\s+و(?=\S)|\s+and\s+/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  if (items.length === 0 || items.length > MAX_NAMED) return 0;
  if (items.some((item) => item.split(/\s+/).length > 6)) return 0;
  return items.length;
}

function nearestCue(
  context: ArticleContext,
  numbers: readonly NumberInput[],
  number: NumberInput,
  segment: TextSegment,
  window: number,
): { kind: 'killed' | 'injured'; cueEnd: number; before: boolean } | null {
  const nounEnd = number.noun?.end ?? number.end;
  let best: { kind: 'killed' | 'injured'; cueEnd: number; before: boolean; distance: number } | null = null;
  for (const kind of ['killed', 'injured'] as const) {
    const before = context.cues.before(kind, number.start, window, segment.start);
    // "مقتل آلاف الأشخاص ونزوح مئات الآلاف": the cue belongs to the number right after it.
    const consumed =
      before !== null &&
      numbers.some((other) => other !== number && other.start >= before.end && other.end <= number.start);
    if (before !== null && (!consumed || window > CUE_WINDOW)) {
      const distance = tokensBetween(context.tokens, before.end, number.start);
      if (best === null || distance < best.distance)
        best = { kind, cueEnd: before.end, before: true, distance };
    }
    const after = context.cues.after(kind, nounEnd, CUE_WINDOW, segment.end);
    if (after !== null) {
      const distance = tokensBetween(context.tokens, nounEnd, after.start);
      if (best === null || distance < best.distance)
        best = { kind, cueEnd: after.end, before: false, distance };
    }
  }
  return best;
}

/** "The death toll ... rose to 32", "بلغت حصيلة القتلى 12": a bare number that a toll reaches. */
function tollReaches(context: ArticleContext, number: NumberInput, segment: TextSegment): boolean {
  const before = context.text.slice(Math.max(segment.start, number.start - 12), number.start);
  if (!/(^|\s)(to|at|reached|of|إلى|الى|بلغ|بلغت|نحو)\s*$/.test(before)) return false;
  return context.cues.before('toll', number.start, 12, segment.start) !== null;
}

/** "killing a shepherd", "wounding an elderly man": an English article and one noun. */
const ENGLISH_SINGULAR =
  /^\s+(a|an|one)\s+(?!number\b|dozen\b|total\b|few\b|handful\b|couple\b|lot\b|series\b|further\b|similar\b)([a-z][a-z-]*)/;

function englishSingular(
  context: ArticleContext,
  position: number,
  segment: TextSegment,
): { start: number; end: number } | null {
  const match = ENGLISH_SINGULAR.exec(context.text.slice(position, Math.min(segment.end, position + 40)));
  if (match === null) return null;
  const start = position + match[0].length - (match[2]?.length ?? 0) - (match[1]?.length ?? 0) - 1;
  return { start, end: position + match[0].length };
}

export function classifyCasualties(
  context: ArticleContext,
  numbers: readonly NumberInput[],
  segment: TextSegment,
): CasualtyNumber[] {
  const result: CasualtyNumber[] = [];
  const covered: [number, number, 'killed' | 'injured'][] = [];
  for (const number of numbers) {
    // A "noun" joined by و starts the next clause ("مدنيين اثنين وإصابة"): it does not say what was counted.
    const nounText = number.noun === null ? '' : context.text.slice(number.noun.start, number.noun.end);
    const joined = number.noun !== null && number.noun.start >= number.end && /^و(?!فا|فيات)/.test(nounText);
    const category = joined ? null : (number.noun?.category ?? null);
    if (category !== null && NOT_PEOPLE.has(category)) continue;
    if (context.cues.before('subset', number.start, 1, segment.start) !== null) continue;
    let kind: 'killed' | 'injured' | null = category === 'killed' || category === 'injured' ? category : null;
    if (kind === null && category === null && tollReaches(context, number, segment)) kind = 'killed';
    let value = number.value;
    const listed = precededByAnd(context, number.start);
    const cue = nearestCue(context, numbers, number, segment, listed ? LIST_WINDOW : CUE_WINDOW);
    if (kind === null && cue !== null) kind = cue.kind;
    if (kind === null) continue;
    if (listed && cue !== null && cue.before && cue.kind === kind)
      value += namedVictims(context, cue.cueEnd, number.start);
    const summaryCue =
      context.cues.before('summary', number.start, 6, segment.start) ??
      context.cues.after('summary', number.end, 8, segment.end);
    const total = summaryCue !== null && !context.cues.has('same_day', segment.start, segment.end);
    // The noun may stand before the number ("عنصر واحد", "مدنيين اثنين").
    const start = Math.min(number.start, number.noun?.start ?? number.start);
    const end = Math.max(number.end, number.noun?.end ?? number.end);
    result.push({ start, end, value, high: number.high, kind, total });
    covered.push([start, end, kind]);
  }
  // A lone victim: "مقتل شخص", "killing a child".
  for (const kind of ['killed', 'injured'] as const) {
    for (const cue of context.cues.within(kind, segment.start, segment.end)) {
      const victim =
        context.cues.after('single_victim', cue.end, 0, segment.end) ??
        englishSingular(context, cue.end, segment);
      if (victim === null) continue;
      // "a woman and her two children": the listed number already counts her.
      if (
        covered.some(
          ([start, end, coveredKind]) =>
            victim.start < end && start < victim.end + 12 && coveredKind === kind,
        )
      )
        continue;
      result.push({ start: victim.start, end: victim.end, value: 1, high: null, kind, total: false });
      covered.push([victim.start, victim.end, kind]);
    }
  }
  return result.sort((a, b) => a.start - b.start);
}

/**
 * Combines the casualty numbers tied to one event: numbers in one list ("3 soldiers and 2 civilians")
 * add up; separate accounts of the same toll give a low/high range.
 */
export function combineCasualties(
  context: ArticleContext,
  numbers: readonly CasualtyNumber[],
): { low: number | null; high: number | null } {
  const counted = numbers.filter((number) => !number.total);
  if (counted.length === 0) return { low: null, high: null };
  const accounts: { low: number; high: number; end: number }[] = [];
  for (const number of counted) {
    const last = accounts[accounts.length - 1];
    const between = last === undefined ? '' : context.text.slice(last.end, number.start);
    const sameList =
      last !== undefined &&
      between.length < 40 &&
      /(^|[\s،,])و|\band\b|[،,]/.test(between) &&
      tokensBetween(context.tokens, last.end, number.start) <= 4 &&
      context.cues.within('killed', last.end, number.start).length === 0 &&
      context.cues.within('injured', last.end, number.start).length === 0;
    if (sameList && last !== undefined) {
      last.low += number.value;
      last.high += number.high ?? number.value;
      last.end = number.end;
    } else accounts.push({ low: number.value, high: number.high ?? number.value, end: number.end });
  }
  const low = Math.min(...accounts.map((account) => account.low));
  const high = Math.max(...accounts.map((account) => account.high));
  return { low, high: high > low ? high : null };
}
