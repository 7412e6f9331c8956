/**
 * Numbers of dead and injured in a sentence: a number counts when its noun says so (قتيلا، wounded)
 * or a kill or injury cue stands next to it ("مقتل 7 عناصر", "three people were killed"); a lone
 * victim ("مقتل شخص", "killing a child") counts one; "and 8 others" after named victims adds them
 * ("مقتل درياق، ومعاونه الصداعي، و8 آخرين" = 10). Victims coordinated after a count add up ("مقتل
 * طفلين وامرأة" = 3, "two soldiers and a civilian" = 3); a count separated from its verb by an
 * appositive ("Six civilians, including a child, were killed") still counts. Subsets ("including two
 * children"), running totals ("since 19 September ... to 43"), the earlier figure of a toll that "rose
 * from 5 to 8", and counts of dead and wounded together ("مقتل وإصابة 11") are left out; indefinite
 * quantities ("several", "a number of", عدد من) count the dead as unknown.
 */
import type { CountedCategory } from '../text/index.ts';
import type { ArticleContext, TextSegment } from './context.ts';
import type { Draft } from './draft.ts';
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
  /** Victims there were, but how many is not said ("several", "a number of", "killed and wounded"). */
  unknown: boolean;
  /** A later figure of the same toll ("the toll rose to 8"): it replaces the earlier ones. */
  update: boolean;
  /** Dead in addition to those counted before ("two more died of their wounds", "وتوفي اثنان آخران"). */
  more: boolean;
  /** Whose dead they are, when the noun says so: soldiers, fighters or civilians. */
  side: Side | null;
}

type Side = 'soldiers' | 'fighters' | 'civilians';

const SIDES: Partial<Record<CountedCategory, Side>> = {
  soldiers: 'soldiers',
  fighters: 'fighters',
  civilians: 'civilians',
  children: 'civilians',
};

const NOT_PEOPLE = new Set(['vehicles', 'weapons', 'distance', 'time', 'money', 'units']);
/** Words before a number that make it a unit's name: "Brigade 166", "اللواء 444", "الكتيبة 106" (folded). */
const UNIT_BEFORE =
  /(^|\s)(brigade|battalion|regiment|لواء|اللواء|للواء|كتيبه|الكتيبه|للكتيبه|فوج|الفوج)\s*$/;
const CUE_WINDOW = 3;
const LIST_WINDOW = 12;
const MAX_NAMED = 6;
/**
 * Vague quantities below this value are indefinite ("several", "a few", "a number of", عدد من، عدة:
 * 3 by the convention of `number-words.ts`): how many died is unknown. "Dozens" (12) and above keep
 * the conventional low reading.
 */
const INDEFINITE_BELOW = 10;

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

/** Victims named one by one between the kill cue and "and N others"; none when a count stands there. */
function namedVictims(
  context: ArticleContext,
  numbers: readonly NumberInput[],
  from: number,
  to: number,
): number {
  if (numbers.some((other) => other.start >= from && other.end <= to)) return 0;
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

/**
 * ", including a child," / "، بينهم طفل،" / "(among them two women)" right after a count: the
 * position after the appositive, where the count's verb may stand; null when there is none.
 */
function afterAppositive(context: ArticleContext, position: number, segment: TextSegment): number | null {
  const text = context.text;
  let index = position;
  while (index < segment.end && text.charCodeAt(index) === 32) index++;
  const mark = text[index];
  if (mark !== ',' && mark !== '،' && mark !== '—' && mark !== '–' && mark !== '(') return null;
  if (context.cues.after('subset', index + 1, 0, segment.end) === null) return null;
  const close = mark === '(' ? ')' : mark === '،' || mark === ',' ? ',،' : mark;
  const limit = Math.min(segment.end, index + 60);
  for (let end = index + 1; end < limit; end++) if (close.includes(text[end] ?? '')) return end + 1;
  return null;
}

interface NearCue {
  kind: 'killed' | 'injured';
  start: number;
  end: number;
  before: boolean;
}

/**
 * Displacement, arrest, evacuation and rescue, and the words that open a clause of their own ("قضوا
 * عندما أصابت إحدى الغارات منزلا"): a count after these words is not of the dead the cue before names.
 */
const NOT_CASUALTY_WORDS =
  /(^|[\s،,])(و|ب|ل)?(نزوح|نزح|تهجير|تشريد|اعتقال|اعتقل|القبض|اسر|احتجاز|اختطاف|خطف|اجلاء|انقاذ|عندما|حين|حينما|بعدما|displac\w*|fled|flee|arrest\w*|detain\w*|captur\w*|abduct\w*|kidnap\w*|evacuat\w*|rescu\w*|forced|when|after|while)(?=[\s،,]|$)/;

/** Where a count ends: its number or its noun, whichever comes last. */
function countEnd(number: NumberInput): number {
  return Math.max(number.end, number.noun?.end ?? number.end);
}

/**
 * The end of the victims coordinated with a count ("Ten soldiers and a militiaman", "four fighters
 * and five civilians"): where the verb they share may follow.
 */
function groupEnd(
  context: ArticleContext,
  numbers: readonly NumberInput[],
  number: NumberInput,
  segment: TextSegment,
): number {
  let end = countEnd(number);
  for (let step = 0; step < 4; step++) {
    const victim = coordinatedVictim(context, end, segment);
    if (victim !== null) {
      end = victim.end;
      continue;
    }
    const next = numbers.find((other) => other.start >= end);
    if (next === undefined || !/^[\s,،]*((and|و)\s*)?$/.test(context.text.slice(end, next.start))) break;
    if (!precededByAnd(context, next.start)) break;
    end = countEnd(next);
  }
  return end;
}

function nearestCue(
  context: ArticleContext,
  numbers: readonly NumberInput[],
  number: NumberInput,
  segment: TextSegment,
  window: number,
): NearCue | null {
  const end = groupEnd(context, numbers, number, segment);
  const appositiveEnd = afterAppositive(context, end, segment);
  let best: (NearCue & { distance: number }) | null = null;
  for (const kind of ['killed', 'injured'] as const) {
    const before = context.cues.before(kind, number.start, window, segment.start);
    // "مقتل آلاف الأشخاص ونزوح مئات الآلاف": the cue belongs to the number right after it.
    const consumed =
      before !== null &&
      numbers.some((other) => other !== number && other.start >= before.end && other.end <= number.start);
    if (
      before !== null &&
      (!consumed || window > CUE_WINDOW) &&
      !NOT_CASUALTY_WORDS.test(context.text.slice(before.end, number.start))
    ) {
      // "Two civilians were killed and 5 others were wounded": a verb right after its own count
      // yields to a verb after this one.
      const taken = numbers.some(
        (other) =>
          other !== number &&
          countEnd(other) <= before.start &&
          tokensBetween(context.tokens, countEnd(other), before.start) <= 2,
      );
      const distance = tokensBetween(context.tokens, before.end, number.start) + (taken ? 0.5 : 0);
      if (best === null || distance < best.distance)
        best = { kind, start: before.start, end: before.end, before: true, distance };
    }
    // "Six civilians, including a child, were killed": the verb after the appositive.
    let from = end;
    let after = context.cues.after(kind, end, CUE_WINDOW, segment.end);
    if (after === null && appositiveEnd !== null) {
      from = appositiveEnd;
      after = context.cues.after(kind, appositiveEnd, CUE_WINDOW, segment.end);
    }
    // "Three members of the brigade were killed": the verb after the "of" phrase that says whose they were.
    const complement = after === null ? ofComplementEnd(context, end, segment) : null;
    if (complement !== null) {
      from = complement;
      after = context.cues.after(kind, complement, CUE_WINDOW, segment.end);
    }
    // "مدنيين اثنين وإصابة أربعة": a verb joined by و after the count opens the next count's clause.
    if (after !== null && (after.prefix === 'و' || /\band\s+$/.test(context.text.slice(from, after.start))))
      after = null;
    if (after !== null) {
      const distance = tokensBetween(context.tokens, from, after.start);
      if (best === null || distance < best.distance)
        best = { kind, start: after.start, end: after.end, before: false, distance };
    }
  }
  return best;
}

/**
 * "مقتل وإصابة 11", "20 killed or wounded": one count of the dead and the wounded together. Not
 * "44 قتلوا وأصيب أكثر من 130", where the second verb has its own count.
 */
function jointCount(
  context: ArticleContext,
  numbers: readonly NumberInput[],
  number: NumberInput,
  cue: NearCue,
  segment: TextSegment,
): boolean {
  const other = cue.kind === 'killed' ? 'injured' : 'killed';
  const joiner = /^\s*(و|and|or|او)\s*$/;
  const before = context.cues.before(other, cue.start, 1, segment.start);
  // "مقتل وإصابة 11", but not "44 قتلوا وأصيب 130": there the first verb has its own count.
  if (
    before !== null &&
    joiner.test(context.text.slice(before.end, cue.start)) &&
    !numbers.some((previous) => {
      const end = Math.max(previous.end, previous.noun?.end ?? previous.end);
      return end <= before.start && tokensBetween(context.tokens, end, before.start) <= 3;
    })
  )
    return true;
  const after = context.cues.after(other, cue.end, 1, segment.end);
  if (after === null || !joiner.test(context.text.slice(cue.end, after.start))) return false;
  if (cue.before) return after.end <= number.start;
  return !numbers.some(
    (next) => next.start >= after.end && tokensBetween(context.tokens, after.end, next.start) <= 2,
  );
}

/** "The death toll ... rose to 32", "بلغت حصيلة القتلى 12": a bare number that a toll reaches. */
function tollReaches(context: ArticleContext, number: NumberInput, segment: TextSegment): boolean {
  const before = context.text.slice(Math.max(segment.start, number.start - 12), number.start);
  if (!/(^|\s)(to|at|reached|of|إلى|الى|بلغ|بلغت|نحو)\s*$/.test(before)) return false;
  return context.cues.before('toll', number.start, 12, segment.start) !== null;
}

/** "the toll rose to 8", "ارتفعت الحصيلة إلى 8": a later figure of a toll already given. */
const RISE_WORDS =
  /(^|[^a-z])(rose|risen|rises|rising|climbed|increased|jumped|mounted)([^a-z]|$)|ارتفع|ترتفع|يرتفع|ارتفاع/;

function tollRises(context: ArticleContext, number: NumberInput, segment: TextSegment): boolean {
  return RISE_WORDS.test(context.text.slice(Math.max(segment.start, number.start - 60), number.start));
}

/** "rose from 5 to 8" read as one range: a change of a toll named before it. */
function tollChange(context: ArticleContext, number: NumberInput, segment: TextSegment): boolean {
  return (
    /(^|\s)(from|من)\s*$/.test(context.text.slice(Math.max(segment.start, number.start - 6), number.start)) &&
    tollRises(context, number, segment) &&
    (context.cues.before('toll', number.start, 12, segment.start) !== null ||
      context.cues.before('killed', number.start, 12, segment.start) !== null)
  );
}

/** "rose from 5 to 8", "ارتفعت من 5 إلى 8" read as two numbers: the earlier figure, replaced by the next one. */
function supersededFigure(
  context: ArticleContext,
  numbers: readonly NumberInput[],
  number: NumberInput,
  segment: TextSegment,
): boolean {
  if (
    !/(^|\s)(from|من)\s*$/.test(context.text.slice(Math.max(segment.start, number.start - 6), number.start))
  )
    return false;
  const next = numbers.find((other) => other.start >= number.end);
  return (
    next !== undefined &&
    /^\s*(to|الى)\s*$/.test(context.text.slice(number.end, next.start)) &&
    tollRises(context, number, segment)
  );
}

/** Nouns that are no one victim: "a family", "a number of", "a group". */
const NOT_ONE_VICTIM =
  /^(number|dozen|total|few|handful|couple|lot|series|further|similar|family|families|group|crowd|convoy|car|vehicle|house|home|building|drone|plane|shell|rocket|missile|bomb|mine|hundred|thousand|wave|string|spate|round|day|week|month|year|new|second|third|fresh|large|small|string)$/;

/** "killing a shepherd", "wounding an elderly man": an English article and one noun; "wounding another". */
const ENGLISH_SINGULAR =
  /^\s+(a|an|one)\s+([a-z][a-z-]*)|^\s+(another)(?=\s*[.,;]|\s+(?:in|on|at|near|when|while|and|as)\b)/;

function englishSingular(
  context: ArticleContext,
  position: number,
  segment: TextSegment,
): { start: number; end: number } | null {
  const match = ENGLISH_SINGULAR.exec(context.text.slice(position, Math.min(segment.end, position + 40)));
  if (match === null || NOT_ONE_VICTIM.test(match[2] ?? '')) return null;
  if (match[3] !== undefined)
    return { start: position + match[0].length - match[3].length, end: position + match[0].length };
  const start = position + match[0].length - (match[2]?.length ?? 0) - (match[1]?.length ?? 0) - 1;
  return { start, end: position + match[0].length };
}

/**
 * "An old woman was killed", "a 10-year-old girl has reportedly been killed", "a man died": one
 * victim named before a passive verb (or "died"), with up to three modifiers.
 */
const ENGLISH_PASSIVE_VICTIM =
  /(?:^|[\s,;:(])(a|an|one)\s+((?:[a-z0-9'-]+\s+){0,3}?)([a-z][a-z-]*)((?:\s+(?:was|is|has|had|been|reportedly|also|allegedly|later|fatally|critically|seriously|badly|slightly|lightly|found|shot))*)\s+$/;

function englishVictimBefore(
  context: ArticleContext,
  cue: { start: number; end: number },
  segment: TextSegment,
): { start: number; end: number } | null {
  const from = Math.max(segment.start, cue.start - 70);
  const match = ENGLISH_PASSIVE_VICTIM.exec(context.text.slice(from, cue.start));
  if (match === null) return null;
  const modifiers = (match[2] ?? '').trim().split(/\s+/);
  if (NOT_ONE_VICTIM.test(match[3] ?? '') || modifiers.some((word) => NOT_ONE_VICTIM.test(word))) return null;
  const verb = context.text.slice(cue.start, cue.end);
  const auxiliary = /\b(was|is|has|had|been)\b/.test(match[4] ?? '');
  if (!auxiliary && verb !== 'died' && verb !== 'dies') return null;
  const start = from + match.index + match[0].indexOf(match[1] ?? '');
  return { start, end: from + match[0].length - (match[4]?.length ?? 0) };
}

/** "a woman and her" right before a count of her kin. */
const ENGLISH_LEADING_VICTIM =
  /(?:^|[\s,;:(])(?:a|an|one)\s+((?:[a-z0-9'-]+\s+){0,2}?)([a-z][a-z-]*)\s+and\s+(?:his|her|their)\s+$/;

function leadingVictim(context: ArticleContext, number: NumberInput, segment: TextSegment): boolean {
  const match = ENGLISH_LEADING_VICTIM.exec(
    context.text.slice(Math.max(segment.start, number.start - 50), number.start),
  );
  if (match === null) return false;
  const modifiers = (match[1] ?? '').trim().split(/\s+/);
  return !NOT_ONE_VICTIM.test(match[2] ?? '') && !modifiers.some((word) => NOT_ONE_VICTIM.test(word));
}

/** Kin and companions after a possessive: "and her son", "and his driver". */
const ENGLISH_COORDINATED =
  /^\s*,?\s*(?:and|as well as)\s+(?=a\s|an\s|one\s|his\s|her\s|their\s)(?:(?:a|an|one)\s+((?:[a-z0-9'-]+\s+){0,2}?)([a-z][a-z-]*)|(?:his|her|their)\s+(?:[a-z-]+\s+)?(son|daughter|wife|husband|brother|sister|child|mother|father|baby|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|grandmother|grandfather|friend|companion|bodyguard|driver|escort|colleague))(?![a-z-])/;

/** Arabic words that may stand between a victim and the next one coordinated to it: adjectives, not these. */
const NOT_ADJECTIVES = /^(في|على|من|الى|عن|بعد|قبل|اثر|جراء|اثناء|خلال|اليوم|امس|يوم)$/;

/**
 * One more victim coordinated after a victim or a count ending at `position`: "وامرأة", "وطفل صغير",
 * "وابنه", "and a civilian", "and her son". Its span, or null.
 */
function coordinatedVictim(
  context: ArticleContext,
  position: number,
  segment: TextSegment,
): { start: number; end: number } | null {
  const slice = context.text.slice(position, Math.min(segment.end, position + 60));
  const english = ENGLISH_COORDINATED.exec(slice);
  if (english !== null) {
    const modifiers = (english[1] ?? '').trim().split(/\s+/);
    if (
      english[2] !== undefined &&
      (NOT_ONE_VICTIM.test(english[2]) || modifiers.some((word) => NOT_ONE_VICTIM.test(word)))
    )
      return null;
    const lead = /^\s*,?\s*(?:and|as well as)\s+/.exec(english[0])?.[0].length ?? 0;
    return { start: position + lead, end: position + english[0].length };
  }
  const victim = context.cues.after('single_victim', position, 2, segment.end);
  if (victim === null || victim.prefix !== 'و') return null;
  // Adjectives of the victim before may stand in between ("طفل صغير وامرأة"), nothing else.
  const between = context.text.slice(position, victim.start - victim.prefix.length).trim();
  if (
    between.length > 0 &&
    between.split(/\s+/).some((word) => /^و|[^\u0621-\u064a]/.test(word) || NOT_ADJECTIVES.test(word))
  )
    return null;
  // "وامرأة" but not "وامرأة أخرى" joined to a count after it ("وامرأتين") — the count reads itself.
  return { start: victim.start, end: victim.end };
}

/**
 * A count over a period, not of one event: a summary cue before it ("since April, 56 killed") or
 * after it in its own clause and not across the other count's verb ("killed 4 and wounded 12 so
 * far": only the 12 is a total; "killed 3, bringing the toll since April to 102": not the 3).
 */
function runningTotal(
  context: ArticleContext,
  span: { start: number; end: number },
  kind: 'killed' | 'injured',
  segment: TextSegment,
): boolean {
  const clause = context.cues.scope(span.start, span.end, 8);
  const after = context.cues.after('summary', span.end, 8, Math.min(segment.end, clause.end));
  const otherKind = kind === 'killed' ? 'injured' : 'killed';
  const summary =
    context.cues.before('summary', span.start, 6, segment.start) ??
    (after !== null && !context.cues.has(otherKind, span.end, after.start) ? after : null);
  return summary !== null && !context.cues.has('same_day', segment.start, segment.end);
}

/** Whose dead a count's noun names. */
function sideOf(number: NumberInput): Side | null {
  const category = number.noun?.category as CountedCategory | undefined;
  return category === undefined ? null : (SIDES[category] ?? null);
}

/** "the 444 Brigade", "Battalion 166", "اللواء 444": a number that names a unit. */
function namesAUnit(context: ArticleContext, number: NumberInput, segment: TextSegment): boolean {
  if (number.noun?.category === 'units' && number.noun.start >= number.end) return true;
  // "آمر كتيبة وثلاثة من مرافقيه": a count joined by و after the unit's word is a count.
  if (context.text.charCodeAt(number.start) === 0x0648) return false;
  return UNIT_BEFORE.test(context.text.slice(Math.max(segment.start, number.start - 12), number.start));
}

export function classifyCasualties(
  context: ArticleContext,
  allNumbers: readonly NumberInput[],
  segment: TextSegment,
): CasualtyNumber[] {
  // A unit's number is a name: it neither counts nor stands between a count and its verb.
  const numbers = allNumbers.some((number) => namesAUnit(context, number, segment))
    ? allNumbers.filter((number) => !namesAUnit(context, number, segment))
    : allNumbers;
  const result: CasualtyNumber[] = [];
  const covered: [number, number, 'killed' | 'injured'][] = [];
  const add = (
    victim: { start: number; end: number },
    kind: 'killed' | 'injured',
    side: Side | null = null,
  ): void => {
    const total = runningTotal(context, victim, kind, segment);
    result.push({
      ...victim,
      value: 1,
      high: null,
      kind,
      total,
      unknown: false,
      update: false,
      more: false,
      side,
    });
    covered.push([victim.start, victim.end, kind]);
  };
  /** Victims coordinated one by one after `position`: "مقتل طفلين وامرأة وطفل". */
  const addCoordinated = (position: number, kind: 'killed' | 'injured'): void => {
    let next = coordinatedVictim(context, position, segment);
    while (next !== null) {
      add(next, kind);
      next = coordinatedVictim(context, next.end, segment);
    }
  };
  // End of the last count read as a subset: "including two women and three children" are all a subset.
  let subsetEnd: number | null = null;
  for (const number of numbers) {
    // A "noun" joined by و starts the next clause ("مدنيين اثنين وإصابة"): it does not say what was counted.
    const nounText = number.noun === null ? '' : context.text.slice(number.noun.start, number.noun.end);
    const joined = number.noun !== null && number.noun.start >= number.end && /^و(?!فا|فيات)/.test(nounText);
    const category = joined ? null : (number.noun?.category ?? null);
    if (category !== null && NOT_PEOPLE.has(category)) continue;
    const numberEnd = Math.max(number.end, number.noun?.end ?? number.end);
    if (
      context.cues.before('subset', number.start, 1, segment.start) !== null ||
      (subsetEnd !== null && /^[\s,،]*((and|و)\s*)?$/.test(context.text.slice(subsetEnd, number.start)))
    ) {
      subsetEnd = numberEnd;
      continue;
    }
    subsetEnd = null;
    if (supersededFigure(context, numbers, number, segment)) continue;
    let kind: 'killed' | 'injured' | null = category === 'killed' || category === 'injured' ? category : null;
    let value = number.value;
    let high = number.high;
    // "The toll rose from 5 to 8", "ارتفعت الحصيلة من 5 إلى 8": not a range but a change; the later figure counts.
    if (high !== null && tollChange(context, number, segment)) {
      value = high;
      high = null;
      kind ??= 'killed';
    }
    const reached = kind === null && category === null && tollReaches(context, number, segment);
    if (reached) kind = 'killed';
    const listed = precededByAnd(context, number.start);
    const cue = nearestCue(context, numbers, number, segment, listed ? LIST_WINDOW : CUE_WINDOW);
    if (kind === null && cue !== null) kind = cue.kind;
    if (kind === null) continue;
    if (listed && cue !== null && cue.before && cue.kind === kind)
      value += namedVictims(context, numbers, cue.end, number.start);
    // "A woman and her two children were killed": she is counted with them.
    if (listed && cue !== null && !cue.before && leadingVictim(context, number, segment)) value += 1;
    // "مقتل وإصابة 11", "dozens were killed and wounded": how many of them died is not said.
    const joint =
      category !== 'killed' &&
      category !== 'injured' &&
      cue !== null &&
      jointCount(context, numbers, number, cue, segment);
    if (joint) kind = 'killed';
    const unknown = joint || (number.qualifier === 'vague' && number.value < INDEFINITE_BELOW);
    const rises = kind === 'killed' && tollRises(context, number, segment);
    const total = runningTotal(context, number, kind, segment);
    // The noun may stand before the number ("عنصر واحد", "مدنيين اثنين").
    const start = Math.min(number.start, number.noun?.start ?? number.start);
    const end = Math.max(number.end, number.noun?.end ?? number.end);
    // "two more died", "وتوفي اثنان آخران", "another three": dead besides those already counted;
    // not "و8 آخرين" closing a list of the same dead.
    const more =
      kind === 'killed' &&
      !rises &&
      !listed &&
      (context.cues.after('others', number.end, 1, segment.end) !== null ||
        context.cues.before('others', number.start, 0, segment.start) !== null);
    result.push({ start, end, value, high, kind, total, unknown, update: rises, more, side: sideOf(number) });
    covered.push([start, end, kind]);
    if (!unknown && !total) addCoordinated(end, kind);
  }
  // A lone victim: "مقتل شخص", "killing a child", "قتلت القوات شخصا", "an old woman was killed".
  for (const kind of ['killed', 'injured'] as const) {
    for (const cue of context.cues.within(kind, segment.start, segment.end)) {
      const victim =
        context.cues.after('single_victim', cue.end, 0, segment.end) ??
        accusativeVictim(context, cue, segment) ??
        englishSingular(context, cue.end, segment) ??
        englishVictimBefore(context, cue, segment);
      if (victim === null) continue;
      // "a woman and her two children": the listed number already counts her.
      if (
        covered.some(
          ([start, end, coveredKind]) =>
            victim.start < end && start < victim.end + 12 && coveredKind === kind,
        )
      )
        continue;
      add(victim, kind);
      addCoordinated(victim.end, kind);
    }
  }
  return result.sort((a, b) => a.start - b.start);
}

/**
 * "Three members of the brigade were killed", "five of the group's fighters have died": the "of" phrase that
 * says whose the counted people were stands between the count and its verb. Where the phrase ends, or null.
 */
const OF_COMPLEMENT =
  /^\s+(of|from)\s+(([a-z0-9'’-]+)\s+){1,4}?(?=(were|was|have|had|has|are|died|killed)\b)/;

function ofComplementEnd(context: ArticleContext, position: number, segment: TextSegment): number | null {
  const match = OF_COMPLEMENT.exec(context.text.slice(position, Math.min(segment.end, position + 60)));
  return match === null ? null : position + match[0].length;
}

/**
 * "قتلت القوات شخصا", "قتل مسلحون مجهولون مواطنا": a lone victim in the accusative, the object after
 * the verb's subject (at most two words), not a word glued to a conjunction.
 */
function accusativeVictim(
  context: ArticleContext,
  cue: { start: number; end: number },
  segment: TextSegment,
): { start: number; end: number } | null {
  const victim = context.cues.after('single_victim', cue.end, 2, segment.end);
  if (victim === null || victim.prefix !== '' || context.text.charCodeAt(victim.end - 1) !== 0x0627)
    return null;
  const between = context.text.slice(cue.end, victim.start);
  if (/[\d،,.؛:]/.test(between)) return null;
  return victim;
}

/**
 * No one died, as the text tells it: "no casualties" / لم تسجل إصابات, or only wounded are counted
 * and nothing in the event's sentences speaks of the dead.
 */
export function noDeathsTold(context: ArticleContext, draft: Draft): boolean {
  if (draft.killed.some((number) => !number.total)) return false;
  if (draft.zeroCasualties) return true;
  if (!draft.injured.some((number) => !number.total && !number.unknown)) return false;
  return !draft.segments.some((index) => {
    const segment = context.segments[index];
    return segment !== undefined && context.cues.has('killed', segment.start, segment.end);
  });
}

/**
 * Combines the casualty numbers tied to one event: numbers in one list ("3 soldiers and 2 civilians")
 * the dead of different sides ("3 soldiers ... 5 militants were also killed") and dead told as more
 * ("two more died of their wounds") add up; a toll that
 * "rose to" a figure takes the latest; other separate accounts of the same toll give a low/high range.
 */
export function combineCasualties(
  context: ArticleContext,
  numbers: readonly CasualtyNumber[],
): { low: number | null; high: number | null } {
  const counted = numbers.filter((number) => !number.total && !number.unknown);
  if (counted.length === 0) return { low: null, high: null };
  let accounts: { low: number; high: number; end: number; sides: Set<Side> }[] = [];
  for (const number of counted) {
    const last = accounts[accounts.length - 1];
    if (number.update && last !== undefined && number.start > last.end) accounts = [];
    const between = last === undefined ? '' : context.text.slice(last.end, number.start);
    const sameList =
      last !== undefined &&
      between.length < 40 &&
      /(^|[\s،,])و|\band\b|[،,]/.test(between) &&
      tokensBetween(context.tokens, last.end, number.start) <= 4 &&
      context.cues.within('killed', last.end, number.start).length === 0 &&
      context.cues.within('injured', last.end, number.start).length === 0;
    const otherSide =
      last !== undefined && number.side !== null && last.sides.size > 0 && !last.sides.has(number.side);
    if ((sameList || otherSide || number.more) && last !== undefined && accounts.includes(last)) {
      last.low += number.value;
      last.high += number.high ?? number.value;
      last.end = Math.max(last.end, number.end);
      if (number.side !== null) last.sides.add(number.side);
    } else
      accounts.push({
        low: number.value,
        high: number.high ?? number.value,
        end: number.end,
        sides: new Set(number.side === null ? [] : [number.side]),
      });
  }
  const low = accounts.reduce((least, account) => Math.min(least, account.low), Infinity);
  const high = accounts.reduce((largest, account) => Math.max(largest, account.high), -Infinity);
  return { low, high: high > low ? high : null };
}
