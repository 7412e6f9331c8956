/**
 * One sentence → its candidate events. Every argument (date, place, casualty number) goes to the
 * nearest trigger mention; mentions are then grouped left to right, a new group starting when a
 * mention has its own different date, a place more than 25 km away, an incompatible type, or is told
 * as "another" strike. Each group is then dated, placed and checked (history, foreign place, summary).
 */
import type { SubEventType } from '../types.ts';
import { assignActors, type ActorMention } from './actors.ts';
import type { CasualtyNumber } from './casualties.ts';
import { distanceKm } from './distance.ts';
import type { ArticleContext, TextSegment } from './context.ts';
import type { DateArgument } from './event-dates.ts';
import { strongerType, typePriority, typesCompatible, type Draft, type DraftActor } from './draft.ts';
import { cueSpeaksOf, inComparison, isOnset, notASummary, speaksOf, type Mention } from './mentions.ts';
import {
  coordinatedPlaces,
  differentPlaces,
  PLACE_WINDOW,
  placeDistance,
  placeScore,
  preferOwnPoint,
  type PlaceInput,
} from './places.ts';
import { dayNumber, isoFromDayNumber } from './dates.ts';
import { partOfReference, referenceBetween } from './reference-dates.ts';
import { dayEdge, refersBack } from './retelling.ts';
import { tokensBetween } from './tokens.ts';
import { SAME_PLACE_KM } from './merge-events.ts';

export interface SentenceInput {
  segmentIndex: number;
  mentions: Mention[];
  dates: DateArgument[];
  casualties: CasualtyNumber[];
  actors: ActorMention[];
  places: PlaceInput[];
}

export interface GroupResult {
  draft: Draft;
  summary: boolean;
  ruledOut: string | null;
}

interface Owned {
  dates: DateArgument[];
  places: PlaceInput[];
  casualties: CasualtyNumber[];
}

const COUNT_WORDS =
  /(^|\s)(\d+|عده|سلسله|several|multiple|a series of|a string of|two|three|four|five|six|seven|eight|nine|ten|dozens of|عشرات)\s*$/;

function mentionDistance(
  context: ArticleContext,
  mention: Mention,
  start: number,
  end: number,
  afterBias: number,
): number {
  return start >= mention.end
    ? tokensBetween(context.tokens, mention.end, start)
    : tokensBetween(context.tokens, end, mention.start) + afterBias;
}

/** Offsets where a new main clause opens ("، فيما ...", "while ..."): arguments do not cross them when a trigger is on their side. */
function clauseBreaks(context: ArticleContext, segment: TextSegment): number[] {
  return context.cues
    .within('clause_openers', segment.start, segment.end)
    .filter((cue) => cue.start > segment.start)
    .map((cue) => cue.start - cue.prefix.length);
}

function clauseOf(breaks: readonly number[], position: number): number {
  let index = 0;
  while (index < breaks.length && (breaks[index] as number) <= position) index++;
  return index;
}

/** Mentions sorted by start and end allow a binary search for the nearest; the order is checked once per sentence. */
function sortedByPosition(mentions: readonly Mention[]): boolean {
  for (let index = 1; index < mentions.length; index++) {
    const previous = mentions[index - 1] as Mention;
    const current = mentions[index] as Mention;
    if (current.start < previous.start || current.end < previous.end) return false;
  }
  return true;
}

/** Below this many mentions a plain scan is as fast as a search. */
const LINEAR_SCAN_LIMIT = 32;

/** The first index in [low, high) whose value is true, for a predicate that is false then true. */
function firstTrue(low: number, high: number, predicate: (index: number) => boolean): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (predicate(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The mention an argument at [start, end) belongs to: the one fewest tokens away (an argument after its
 * trigger is preferred by `afterBias`), within the argument's own clause when a trigger stands there; ties go
 * to the earlier mention. Sentences with many mentions (hostile text) are searched in logarithmic time, so a
 * sentence costs O(arguments × log mentions), never arguments × mentions.
 */
function nearest(
  context: ArticleContext,
  mentions: readonly Mention[],
  sorted: boolean,
  start: number,
  end: number,
  afterBias: number,
  breaks: readonly number[] = [],
): number {
  let low = 0;
  let high = mentions.length;
  const clause = clauseOf(breaks, start);
  if (breaks.length > 0) {
    if (sorted) {
      const clauseLow = firstTrue(
        0,
        mentions.length,
        (index) => clauseOf(breaks, (mentions[index] as Mention).start) >= clause,
      );
      const clauseHigh = firstTrue(
        clauseLow,
        mentions.length,
        (index) => clauseOf(breaks, (mentions[index] as Mention).start) > clause,
      );
      if (clauseHigh > clauseLow) {
        low = clauseLow;
        high = clauseHigh;
      }
    } else if (mentions.some((mention) => clauseOf(breaks, mention.start) === clause)) {
      let best = 0;
      let bestDistance = Infinity;
      mentions.forEach((mention, index) => {
        if (clauseOf(breaks, mention.start) !== clause) return;
        const distance = mentionDistance(context, mention, start, end, afterBias);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = index;
        }
      });
      return best;
    }
  }
  if (!sorted || high - low <= LINEAR_SCAN_LIMIT) {
    let best = low;
    let bestDistance = Infinity;
    for (let index = low; index < high; index++) {
      const distance = mentionDistance(context, mentions[index] as Mention, start, end, afterBias);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = index;
      }
    }
    return best;
  }
  // Before the argument the distance shrinks towards it; from the first mention that ends after its start it grows.
  const boundary = firstTrue(low, high, (index) => (mentions[index] as Mention).end > start);
  const distanceAt = (index: number) =>
    mentionDistance(context, mentions[index] as Mention, start, end, afterBias);
  const after = boundary < high ? distanceAt(boundary) : Infinity;
  if (boundary === low) return boundary;
  const before = distanceAt(boundary - 1);
  if (after < before) return boundary;
  return firstTrue(low, boundary - 1, (index) => distanceAt(index) <= before);
}

const COMMA = /[،,]/;

/**
 * "غارة على ترهونة يوم الاثنين، وغارة أخرى على الأصابعة": a date closing the comma clause of one trigger is that
 * trigger's, not the next one's after the comma, however close.
 */
function sameCommaClause(
  context: ArticleContext,
  mentions: readonly Mention[],
  index: number,
  date: { start: number; end: number },
): number {
  const chosen = mentions[index];
  const previous = mentions[index - 1];
  if (chosen === undefined || previous === undefined || chosen.start < date.end || previous.end > date.start)
    return index;
  const after = context.text.slice(date.end, chosen.start);
  const before = context.text.slice(previous.end, date.start);
  return COMMA.test(after) && !COMMA.test(before) ? index - 1 : index;
}

/** "مقتل مسلحين اثنين من مصراتة", "two fighters from Misrata were killed": where the dead came from. */
const FROM = /^((\s+|^)[^\s،,.]+){0,2}\s*(من|from)\s*$/;
const ORIGIN_WORDS = 3;

function victimsOrigin(
  context: ArticleContext,
  place: { start: number; end: number },
  casualties: readonly CasualtyNumber[],
): boolean {
  const placeText = context.text.slice(place.start, Math.min(place.end, place.start + 5));
  const includesFrom = placeText.startsWith('من ') || placeText.startsWith('from ');
  // Numbers come in text order: only the last one ending before the place can stand right before it.
  const after = firstTrue(
    0,
    casualties.length,
    (index) => (casualties[index] as CasualtyNumber).end > place.start,
  );
  const number = casualties[after - 1];
  if (number === undefined || tokensBetween(context.tokens, number.end, place.start) > ORIGIN_WORDS)
    return false;
  const between = context.text.slice(number.end, place.start);
  return FROM.test(includesFrom ? `${between} من` : between);
}

/** English words after which a date is an adjective of the noun that follows ("the 2011 uprising", "Libya's 2014 war"). */
const DETERMINER_BEFORE = /(^|\s)(the|a|an|its|their|his|her|this|that)\s+$|['’]s\s+$/;
/** Words after a date that end its phrase: the date is an adverbial, not an adjective ("in the 2011 fighting" aside). */
const ENDS_PHRASE =
  /^\s*($|[,.;:)"”»]|(on|in|at|and|or|to|when|after|before|as|while|with|by|for|from|of|that|which|who|,)\b)/;
/** Arabic nouns whose name a date completes ("ثورة 17 فبراير", "حرب 2011", "مخيم 7 أبريل"), folded spelling. */
const NAMED_BY_DATE =
  /(^|\s)(و?ال)?(ثوره|ثورتي|انتفاضه|حرب|احداث|مخيم|معسكر|كتيبه|لواء|ساحه|شارع|مجزره|اتفاق|اتفاقيه|انتخابات|دستور|مؤتمر|ذكري|حركه|جبهه|ثوار|شهداء|جامعه|مستشفي)\s+$/;

/**
 * Whether a date only names something else: "cradle of the 2011 uprising", "ثورة 17 فبراير", "the 17 February
 * Martyrs Brigade". It dates no event of the sentence, unless the noun it names is the trigger itself ("the 2019
 * offensive").
 */
function namesSomethingElse(
  context: ArticleContext,
  date: { start: number; end: number },
  mentions: readonly Mention[],
): boolean {
  const before = context.text.slice(Math.max(0, date.start - 24), date.start);
  const after = context.text.slice(date.end, date.end + 16);
  const namesTrigger = mentions.some(
    (mention) => mention.start >= date.end && tokensBetween(context.tokens, date.end, mention.start) <= 1,
  );
  if (namesTrigger) return false;
  if (NAMED_BY_DATE.test(before)) return true;
  return DETERMINER_BEFORE.test(before) && /^\s+[a-z]/.test(after) && !ENDS_PHRASE.test(after);
}

/**
 * "forces trying to take the capital Tripoli", "in a bid to capture Sirte", "في محاولة للسيطرة على طرابلس",
 * "الهجوم على طرابلس بهدف دخولها": a place named as what a campaign seeks to take is its goal, not where the act
 * told happened (folded spelling).
 */
const CAMPAIGN_GOAL_EN =
  /\b(trying|tried|try|seeking|sought|seek|bid|attempts?|attempted|attempting|campaign|offensive|push|drive|aims?|aimed|aiming|efforts?|ready|plans?|planning|vowed?)\s+to\s+(take|taking|capture|capturing|seize|seizing|control|enter|entering|storm|storming|retake|retaking|march on|advance on|liberate|conquer)(\s+(full\s+)?control\s+(of|over))?(\s+the)?(\s+(capital|city|town|port|oil port|base))?(\s+of)?\s*(in\s+)?$/;
const CAMPAIGN_GOAL_AR =
  /(بهدف|من اجل|بغيه|سعيا|محاوله|محاولات|لمحاوله|مسعي|تسعي|يسعي|تحاول|يحاول|تحاولان|حمله|زحف|الزحف|يستهدف|تستهدف)\s+(الي\s+)?(ل|لل)?(السيطره|سيطره|دخول|اقتحام|احتلال|استعاده|الاستيلاء|الزحف|التقدم)(\s+(علي|الي|نحو))?(\s+(مدينه|العاصمه|منطقه|ميناء))?\s*$/;
/** How many characters before a place its campaign's goal phrase may start. */
const GOAL_CHARS = 60;

function goalOfCampaign(
  context: ArticleContext,
  place: { start: number },
  segment: TextSegment,
  mentions: readonly Mention[],
): boolean {
  const from = Math.max(segment.start, place.start - GOAL_CHARS);
  const before = context.text.slice(from, place.start);
  const goal = CAMPAIGN_GOAL_EN.exec(before) ?? CAMPAIGN_GOAL_AR.exec(before);
  if (goal === null) return false;
  // "اشتباكات عنيفة بهدف السيطرة على محور عين زارة": fighting for a place is fought there.
  const goalStart = from + goal.index;
  return !mentions.some(
    (mention) => mention.end <= goalStart + 1 && tokensBetween(context.tokens, mention.end, goalStart) <= 2,
  );
}

function ownArguments(context: ArticleContext, input: SentenceInput, segment: TextSegment): Owned[] {
  const owned: Owned[] = input.mentions.map(() => ({ dates: [], places: [], casualties: [] }));
  const breaks = clauseBreaks(context, segment);
  const sorted = sortedByPosition(input.mentions);
  for (const date of input.dates) {
    if ((date.since && !isOnset(context, date)) || inComparison(context, date)) continue;
    if (namesSomethingElse(context, date, input.mentions)) continue;
    const index = nearest(context, input.mentions, sorted, date.start, date.end, 1);
    owned[sameCommaClause(context, input.mentions, index, date)]?.dates.push(date);
  }
  for (const place of input.places) {
    if (victimsOrigin(context, place, input.casualties)) continue;
    if (goalOfCampaign(context, place, segment, input.mentions)) continue;
    const index = nearest(context, input.mentions, sorted, place.start, place.end, 2, breaks);
    const mention = input.mentions[index];
    if (mention !== undefined && placeDistance(context, place, mention.start, mention.end) <= PLACE_WINDOW)
      owned[index]?.places.push(place);
  }
  shareCoordinatedPlaces(context, input.mentions, owned);
  for (const number of input.casualties) {
    const index = nearest(context, input.mentions, sorted, number.start, number.end, 2, breaks);
    owned[pastReference(context, input.mentions, index, number)]?.casualties.push(number);
  }
  return owned;
}

/** "تفجيرين ومعارك", "غارات وقصف", "a bombing and clashes", "air strikes, shelling and clashes": triggers joined by "and". */
const COORDINATED = /^(\s*(,|،|and|or|و|او)?\s*)$/;

/**
 * "في تفجيرين ومعارك … في محيط مطار بنينا", "in a bombing and clashes near Benina airport": triggers joined by
 * "and" with no place of their own share the place told after the last of them (read from the last back, so a
 * list of three shares it too).
 */
function shareCoordinatedPlaces(context: ArticleContext, mentions: readonly Mention[], owned: Owned[]): void {
  for (let index = mentions.length - 2; index >= 0; index--) {
    const mention = mentions[index] as Mention;
    const next = mentions[index + 1] as Mention;
    const mine = owned[index];
    const theirs = owned[index + 1];
    if (mine === undefined || theirs === undefined || mine.places.length > 0 || theirs.places.length === 0)
      continue;
    if (next.start < mention.end || mention.ruledOut !== null || next.ruledOut !== null) continue;
    const between = context.text.slice(mention.end, next.start);
    // Arabic glues "و" to the next trigger ("ومعارك"): it lies inside that trigger's span, with its clitics.
    const glued = /^[وف]/.test(context.text.slice(next.start, next.start + 1)) && between.trim() === '';
    if (!glued && !COORDINATED.test(between)) continue;
    if (tokensBetween(context.tokens, mention.end, next.start) > 1) continue;
    for (const place of theirs.places) mine.places.push(place);
  }
}

/**
 * "A strike killed four in Gharyan, two days after one person was killed in shelling on Janzour": a toll told
 * after "a day after" / "two days after" is the earlier event's, never the one told before the reference.
 */
function pastReference(
  context: ArticleContext,
  mentions: readonly Mention[],
  index: number,
  number: { start: number; end: number },
): number {
  const chosen = mentions[index];
  if (chosen === undefined || chosen.end > number.start) return index;
  if (!referenceBetween(context, chosen.end, number.start)) return index;
  const next = mentions.findIndex((mention) => mention.start >= number.end);
  return next < 0 ? index : next;
}

function textDate(owned: Owned): DateArgument | null {
  return owned.dates.find((date) => !date.report) ?? null;
}

function libyanPlace(owned: Owned): PlaceInput | null {
  return owned.places.find((place) => place.place !== null && place.lat !== null) ?? null;
}

function isDistinct(context: ArticleContext, mention: Mention, segment: TextSegment): boolean {
  return (
    context.cues.before('distinct', mention.start, 1, segment.start) !== null ||
    // "غارة أخرى" marks another strike right after its noun; "سيطرت على آخر معاقل" is "the last strongholds".
    context.cues.after('distinct', mention.end, 0, segment.end) !== null
  );
}

function effectiveType(mention: Mention, groupType: SubEventType | null): SubEventType | null {
  // A generic verb typed only by its default ("قصف") takes the type of the event it elaborates.
  return mention.typeSource === 'default' && groupType !== null ? null : mention.type;
}

function belongsTo(
  context: ArticleContext,
  group: { type: SubEventType | null; owned: Owned; mentions: Mention[] },
  mention: Mention,
  owned: Owned,
  segment: TextSegment,
): boolean {
  if (!typesCompatible(group.type, effectiveType(mention, group.type))) return false;
  const last = group.mentions[group.mentions.length - 1];
  // "another strike hit Asabaa", "غارة أخرى استهدفت": the verb right after a trigger noun tells that trigger's event.
  if (
    last !== undefined &&
    mention.strength === 'generic' &&
    tokensBetween(context.tokens, last.end, mention.start) === 0
  )
    return true;
  if (isDistinct(context, mention, segment)) return false;
  // "The strike came a day after rockets landed on ...": two events, one the day before the other.
  if (last !== undefined && referenceBetween(context, last.end, mention.start)) return false;
  const mine = textDate(owned);
  const theirs = textDate(group.owned);
  if (mine !== null && theirs !== null && mine.date !== theirs.date) return false;
  // A bare "attack" in the same sentence elaborates the event being told, wherever its nearest place is.
  if (mention.type === null) return true;
  const myPlace = libyanPlace(owned);
  const theirPlace = libyanPlace(group.owned);
  // "Shells hit Abu Salim ..., and shells also fell on Tajoura": a mention with a place of its own that is another spot.
  if (myPlace !== null && theirPlace !== null && differentPlaces(myPlace, theirPlace, SAME_PLACE_KM))
    return false;
  return true;
}

/** A relative clause of onset right after a trigger: "التي اندلعت", "that broke out", "which began". */
const ONSET_CLAUSE =
  /^\s*(التي|الذي|that|which)\s+(اندلعت|اندلع|بدات|بدا|انطلقت|broke out|erupted|began|started)(\s|$)/;

function isSummary(
  context: ArticleContext,
  draft: Draft,
  input: SentenceInput,
  segment: TextSegment,
): boolean {
  const primary = draft.primary;
  const counted =
    COUNT_WORDS.test(context.text.slice(Math.max(segment.start, primary.start - 16), primary.start)) ||
    draft.mentions.some((mention) => context.cues.after('repeated', mention.end, 4, segment.end) !== null);
  if (!primary.plural && !counted) return false;
  // "تواصلت المعارك ..., وأعلنت الوزارة مقتل 32 منذ بدء الهجوم": a total in another reported clause.
  const reportedAfter = context.cues
    .within('reporting', primary.end, segment.end)
    .find((cue) => context.text.slice(Math.max(segment.start, cue.start - 4), cue.start).includes('و'));
  const inClause = (start: number): boolean => reportedAfter === undefined || start < reportedAfter.start;
  if (draft.killed.some((number) => number.total && inClause(number.start))) return true;
  // "the fiercest clashes since 2019" compares; "since Wednesday evening, clashes" tells when they began.
  // A count of incidents ("4 غارات ... هي الأقوى منذ 2017") sums up, whatever it is compared with.
  const told = (start: number, end: number): boolean =>
    !counted && notASummary(context, input.dates, start, end);
  if (input.dates.some((date) => date.since && inClause(date.start) && !told(date.start, date.end)))
    return true;
  const sameDay = context.cues.within('same_day', segment.start, segment.end);
  const summaryCue = context.cues
    .within('summary', segment.start, segment.end)
    .some(
      (cue) =>
        !sameDay.some((day) => day.start <= cue.start && cue.end <= day.end) &&
        inClause(cue.start) &&
        speaksOf(context, draft.mentions, input.mentions, cue.start, cue.end) &&
        !told(cue.start, cue.end),
    );
  if (summaryCue) return true;
  // "حصيلة الاشتباكات التي اندلعت الأحد الماضي ارتفعت إلى 39", "the toll of the clashes that broke out on Sunday
  // rose to 39": an updated toll counted from the day the fighting began sums up all of it.
  const onset = draft.mentions.some((mention) =>
    ONSET_CLAUSE.test(context.text.slice(mention.end, Math.min(segment.end, mention.end + 24))),
  );
  if (onset && draft.killed.some((number) => number.update)) return true;
  return draft.mentions.some((mention) =>
    [
      context.cues.before('durations', mention.start, 3, segment.start),
      context.cues.after('durations', mention.end, 3, segment.end),
    ].some(
      // "two days later", "قبل يومين من": a day counted from another event, not a running period.
      (cue) => cue !== null && !told(cue.start, cue.end) && !partOfReference(context, cue.start, cue.end),
    ),
  );
}

function toActor(mention: { name: string; kind: DraftActor['kind'] } | null): DraftActor | null {
  return mention === null ? null : { name: mention.name, kind: mention.kind, fromContext: false };
}

function finishGroup(
  context: ArticleContext,
  input: SentenceInput,
  segment: TextSegment,
  mentions: Mention[],
  owned: Owned,
  placeStarts: ReadonlySet<number>,
  split: string | null,
): GroupResult {
  let primary = mentions[0] as Mention;
  let type: SubEventType | null = null;
  for (const mention of mentions) {
    const mentionType = effectiveType(mention, type ?? mention.type);
    if (typePriority(mentionType) > typePriority(type)) {
      type = strongerType(type, mentionType);
      primary = mention;
    }
  }
  if (type === null) type = mentions.find((mention) => mention.type !== null)?.type ?? null;
  const highlights: Draft['highlights'] = mentions.map((mention) => ({
    kind: 'trigger',
    start: mention.start,
    end: mention.end,
  }));
  const draft: Draft = {
    type,
    typeSource: primary.typeSource,
    primary,
    // Its own list: the parts of a split sentence share their mentions, and a merge appends to the list.
    mentions: [...mentions],
    segments: [input.segmentIndex],
    date: null,
    place: null,
    placeIds: owned.places.flatMap((place) => (place.place === null ? [] : [place.place.id])),
    placeFromContext: false,
    killed: owned.casualties.filter((number) => number.kind === 'killed'),
    injured: owned.casualties.filter((number) => number.kind === 'injured'),
    zeroCasualties: cueSpeaksOf(context, 'none', mentions, input.mentions, segment),
    actor1: null,
    actor2: null,
    undisclosedPlace: cueSpeaksOf(context, 'undisclosed_place', mentions, input.mentions, segment),
    distinct: mentions.some((mention) => isDistinct(context, mention, segment)),
    refersBack: mentions.some((mention) => refersBack(context, mention, segment, placeStarts)),
    split,
    highlights,
  };
  let ruledOut: string | null = null;
  const stated = [...owned.dates].sort(
    (a, b) =>
      mentionDistance(context, primary, a.start, a.end, 1) -
      mentionDistance(context, primary, b.start, b.end, 1),
  );
  const eventDate = stated.find((date) => !date.report);
  const reportDate = stated.find((date) => date.report);
  if (eventDate !== undefined) {
    draft.date = {
      date: eventDate.date,
      precision: eventDate.precision,
      source: 'text',
      edge: dayEdge(context, eventDate.start, eventDate.end, segment.start),
    };
    highlights.push({ kind: 'date', start: eventDate.start, end: eventDate.end });
    if (eventDate.history) ruledOut = 'background history (dated months or years before publication)';
    if (eventDate.future) ruledOut = 'dated after publication: a plan, not a report';
  } else if (reportDate !== undefined) {
    draft.date = {
      date: reportDate.date,
      precision: reportDate.precision === 1 ? 2 : reportDate.precision,
      source: 'report',
    };
    if (reportDate.history) ruledOut = 'background history (dated months or years before publication)';
  }
  if (context.cues.before('history', primary.start, 4, segment.start) !== null)
    ruledOut = 'background history';
  // "التي تقصف فيها طائرة ليلا": a present-tense verb with no date of its own tells what happens, not what happened.
  const imperfect = context.cues.within('imperfect', primary.start, primary.end).length > 0;
  if (imperfect && eventDate === undefined && segment.kind !== 'heading') {
    ruledOut = 'present or habitual tense, no dated incident';
  }
  const ranked = [...owned.places].sort(
    (a, b) =>
      placeScore(context, a, primary.start, primary.end) - placeScore(context, b, primary.start, primary.end),
  );
  const best = preferOwnPoint(ranked);
  if (best !== undefined) {
    if (best.place === null) ruledOut = 'the place is outside Libya';
    else {
      draft.place = best;
      highlights.push({ kind: 'place', start: best.start, end: best.end });
    }
  }
  const actors = input.actors;
  const eventType =
    type === 'Armed clash' || (type !== null && typePriority(type) >= 6)
      ? 'Battles'
      : 'Explosions/Remote violence';
  const roles = assignActors(
    context,
    actors,
    primary.start,
    primary.end,
    segment,
    eventType,
    type === 'Armed clash',
  );
  draft.actor1 = toActor(roles.actor1);
  draft.actor2 = toActor(roles.actor2);
  for (const role of [roles.actor1, roles.actor2])
    if (role !== null) highlights.push({ kind: 'actor', start: role.start, end: role.end });
  for (const number of owned.casualties)
    if (!number.total) highlights.push({ kind: 'number', start: number.start, end: number.end });
  return { draft, summary: isSummary(context, draft, input, segment), ruledOut };
}

/** "between A and B" names a front or a road, not two places hit. */
const JOINED = /(^|[\s،,])و|\band\b/;
/** How many words before a place its "and" may stand. */
const JOINED_WORDS = 3;

/** The last `count` words of a short stretch of text (with the character after it, the place's first). */
function lastWords(text: string, count: number): string {
  const words = text.trimEnd().split(/\s+/);
  return ` ${words.slice(-count - 1).join(' ')}`;
}

const BETWEEN_INSIDE = /(^|\s)(between|بين)\s/;
/** "between Sayyad and", "in the area between the towns of Sayyad and Janzour", "بين مدينتي": one stretch of land. */
const BETWEEN_PLACES =
  /(^|\s)(between|بين)\s+((the|towns?|cities|villages|areas?|districts?|of|مدينتي|منطقتي|بلدتي|مدينه|منطقه)\s+){0,3}$/;

/** How far apart the quarters of one battle may lie. */
const ONE_FRONT_KM = 12;

/**
 * "غارتين، الأولى على ترهونة والثانية على بني وليد", "regained the two cities of Gharyan and Asabaa", "struck two
 * sites, one near Zliten and the other in Msallata": places joined by "and" that are different spots (two towns,
 * two quarters, or any two places far apart) are one event each. A toll told between one place and the next
 * belongs to the first; a toll told after them all is not split (unknown for each).
 */
function splitByPlaces(context: ArticleContext, mentions: readonly Mention[], owned: Owned): Owned[] | null {
  if (owned.places.length < 2) return null;
  const first = mentions[0] as Mention;
  const places = owned.places
    .filter(
      (place) =>
        place.place !== null &&
        place.lat !== null &&
        place.lon !== null &&
        place.geo_precision <= 2 &&
        place.start >= first.end,
    )
    .sort((a, b) => a.start - b.start);
  const kept: PlaceInput[] = [];
  for (const place of places) {
    const previous = kept[kept.length - 1];
    if (previous === undefined) {
      kept.push(place);
      continue;
    }
    const between = context.text.slice(previous.end, place.start + 1);
    // "and" among the last words before the place ("والآخر في مسلاتة", "and the other in"), not any word in و
    // further back ("، وسط دوي انفجارات سمعت في أرجاء العاصمة").
    const joined = JOINED.test(lastWords(between, JOINED_WORDS));
    // "بين كتائب الزنتان وتشكيلات من مصراتة": the sides of a clash, not two places.
    if (!joined || BETWEEN_INSIDE.test(between)) break;
    if (kept.every((other) => coordinatedPlaces(other, place))) kept.push(place);
  }
  if (kept.length < 2) return null;
  const opening = kept[0] as PlaceInput;
  // "clashes in Ain Zara, Salah al-Din and the Shok road": fighting across adjoining quarters of one town is one
  // battle (strikes on them are still one event each).
  const fighting = mentions.every((mention) => mention.type === 'Armed clash' || mention.type === null);
  if (
    fighting &&
    kept.every(
      (place) =>
        distanceKm(opening.lat as number, opening.lon as number, place.lat as number, place.lon as number) <=
        ONE_FRONT_KM,
    )
  )
    return null;
  if (BETWEEN_PLACES.test(context.text.slice(Math.max(0, opening.start - 40), opening.start))) return null;
  const last = kept[kept.length - 1] as PlaceInput;
  const tellsOne = (number: CasualtyNumber): boolean =>
    number.start >= opening.end && number.end <= last.start;
  const shared = owned.casualties.filter((number) => !tellsOne(number));
  return kept.map((place, index) => {
    const next = kept[index + 1];
    const own =
      next === undefined
        ? []
        : owned.casualties.filter((number) => number.start >= place.end && number.end <= next.start);
    return {
      dates: [...owned.dates],
      places: [place],
      casualties: [...own, ...shareOut(shared, kept.length, index)],
    };
  });
}

/**
 * Part `index` of `count` of a toll told for several events at once: an even share, the remainder to the first,
 * as conflict datasets share out a toll they cannot attribute. A share of nothing is left unknown, not zero.
 */
function shareOut(numbers: readonly CasualtyNumber[], count: number, index: number): CasualtyNumber[] {
  const share = (value: number): number => Math.floor(value / count) + (index === 0 ? value % count : 0);
  return numbers
    .filter((number) => share(number.value) > 0)
    .map((number) => ({
      ...number,
      value: share(number.value),
      high: number.high === null ? null : share(number.high),
    }));
}

/** Words joining the first and last day of a span: "from Monday until Tuesday", "يومي الخميس والجمعة". */
const SPAN_JOINERS = /^[\s،,]*(until|till|to|through|and|حتي|الي|لغايه|ولغايه|وحتي|و)(\s|$)/;
/** "and" alone between two days lists them ("يومي الثالث والسادس"); "until" spans the days between. */
const LISTED_DAYS = /^[\s،,]*(and|و)(\s|$)/;
const GLUED_DAY_OF_MONTH = /^و(\d|ال(اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي))/;
/** "night and continued", "واستمرت": what goes on from the first day to the second, read as "until" follows. */
const WENT_ON =
  /^\s*(night|evening|afternoon|morning)?\s*,?\s*(and\s+)?(continued|lasted|went on|raged|persisted|و?استمرت|و?تواصلت|و?امتدت|و?استمر|و?تواصل|و?امتد)\s+(?=until|till|into|to|through|حتي|الي|لغايه)/;
/** The early part of a day: "until Sunday morning", "حتى صباح الأحد", "حتى فجر الأحد". */
const MORNING = /(morning|dawn|daybreak|early hours|صباح|فجر|الساعات الاولي)/;
/** The longest span told as one per day. */
const MAXIMUM_SPAN_DAYS = 7;

/**
 * "Fighting from Monday until late on Tuesday", "اشتباكات يومي الخميس والجمعة": an event told over a span of days
 * is one event per day (the spec's rule). A toll for the whole span is shared out evenly, the remainder to the
 * first day, as conflict datasets do.
 */
function splitByDays(context: ArticleContext, owned: Owned): Owned[] | null {
  const days = owned.dates
    .filter((date) => !date.report && !date.since && !date.history && !date.future && date.precision === 1)
    .sort((a, b) => a.start - b.start);
  for (let index = 0; index + 1 < days.length; index++) {
    const from = days[index] as DateArgument;
    const to = days[index + 1] as DateArgument;
    const span = dayNumber(to.date) - dayNumber(from.date);
    if (span < 1 || span > MAXIMUM_SPAN_DAYS) continue;
    // "الثالث والسادس", "3 و6": the و glued to a second day of the month joins them too (not "ليل الخميس والجمعة").
    const glued = GLUED_DAY_OF_MONTH.test(context.text.slice(to.start, to.start + 8));
    // "late Saturday night and continued until Sunday", "مساء السبت واستمرت حتى صباح الأحد": the part of the day
    // and the verb of going on stand between the days of one span too.
    const between = `${context.text.slice(from.end, to.start)}${glued ? 'و ' : ''}`.replace(WENT_ON, ' ');
    // Only a joining word and the time of day ("late on", "مساء يوم") may stand between the two days.
    if (between.length > 24 || !SPAN_JOINERS.test(between)) continue;
    // "يومي الثالث والسادس من يوليو", "on 3 and 6 July": two days listed, not the days between them.
    const listed = LISTED_DAYS.test(between);
    // "broke out late Saturday night and went on until Sunday morning": one night's fighting, dated to its start
    // (not "from Monday evening until Tuesday evening", a day and more).
    const nextMorning = MORNING.test(context.text.slice(Math.max(from.end, to.start - 12), to.end + 12));
    const lateStart = dayEdge(context, from.start, from.end, Math.max(0, from.start - 28)).late;
    if (!listed && span === 1 && lateStart && nextMorning)
      return [{ dates: [from], places: [...owned.places], casualties: [...owned.casualties] }];
    if (listed && span > 1)
      return [from, to].map((date, day) => ({
        dates: [date],
        places: [...owned.places],
        casualties: shareOut(owned.casualties, 2, day),
      }));
    return Array.from({ length: span + 1 }, (_, day) => {
      const date: DateArgument =
        day === 0
          ? from
          : day === span
            ? to
            : { ...from, date: isoFromDayNumber(dayNumber(from.date) + day) };
      return {
        dates: [date],
        places: [...owned.places],
        casualties: shareOut(owned.casualties, span + 1, day),
      };
    });
  }
  return null;
}

export function groupSentence(context: ArticleContext, input: SentenceInput): GroupResult[] {
  const segment = context.segments[input.segmentIndex] as TextSegment;
  const mentions = input.mentions.filter((mention) => mention.ruledOut === null);
  if (mentions.length === 0) return [];
  const owned = ownArguments(context, { ...input, mentions }, segment);
  const groups: { mentions: Mention[]; owned: Owned; type: SubEventType | null }[] = [];
  mentions.forEach((mention, index) => {
    const mine = owned[index] as Owned;
    const current = groups[groups.length - 1];
    if (current !== undefined && belongsTo(context, current, mention, mine, segment)) {
      current.mentions.push(mention);
      for (const date of mine.dates) current.owned.dates.push(date);
      for (const place of mine.places) current.owned.places.push(place);
      for (const casualty of mine.casualties) current.owned.casualties.push(casualty);
      current.type = strongerType(current.type, effectiveType(mention, current.type));
      return;
    }
    groups.push({
      mentions: [mention],
      owned: { dates: [...mine.dates], places: [...mine.places], casualties: [...mine.casualties] },
      type: mention.type,
    });
  });
  const placeStarts = new Set(input.places.map((place) => place.start));
  return groups.flatMap((group, index) => {
    const byPlace = splitByPlaces(context, group.mentions, group.owned) ?? [group.owned];
    const parts = byPlace.flatMap((part) => splitByDays(context, part) ?? [part]);
    const split = parts.length > 1 ? `${input.segmentIndex}:${index}` : null;
    return parts.map((part) =>
      finishGroup(context, input, segment, group.mentions, part, placeStarts, split),
    );
  });
}
