/**
 * One article → its events: normalise, split into sentences, find places once for the whole text,
 * then per sentence the trigger mentions, dates, casualty numbers and places, grouped into events,
 * folded across sentences, completed from context, and built with original-text offsets.
 */
import { findDates } from '../text/dates.ts';
import { normalise, toOriginalSpan } from '../text/index.ts';
import { findNumbers } from '../text/numbers.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Article, ArticleExtraction, ConflictEvent, Diagnostic } from '../types.ts';
import { buildArticleDrafts } from './article-drafts.ts';
import { buildEvent } from './build-event.ts';
import { classifyCasualties } from './casualties.ts';
import { MINIMUM_CONFIDENCE } from './confidence.ts';
import type { ArticleContext, TextSegment } from './context.ts';
import { CueIndex } from './cue-index.ts';
import type { Draft } from './draft.ts';
import { classifyDates, referenceDay, unresolvedRelative } from './event-dates.ts';
import { referenceDiagnostics, unresolvedDiagnostic } from './dates.ts';
import { findMentions, type Mention } from './mentions.ts';
import { dropLoneNamesakes, openingDatelineEnd, usablePlaces, type PlaceInput } from './places.ts';
import type { ExtractionResources } from './resources.ts';
import { findActors } from './actors.ts';
import { LexiconMatches } from './lexicon-matches.ts';
import { groupSentence, type GroupResult } from './sentence-groups.ts';
import { indexTokens } from './tokens.ts';

/** Sentences after an event in which a toll with no trigger of its own ("Five people were killed, the ministry said") still counts for it. */
const TRAILING_TOLL_SEGMENTS = 2;

function segmentsOf(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let paragraph = 0;
  let nextBreak = text.indexOf('\n\n');
  for (const segment of splitSentences(text)) {
    while (nextBreak >= 0 && nextBreak < segment.start) {
      paragraph++;
      nextBreak = text.indexOf('\n\n', nextBreak + 2);
    }
    segments.push({ start: segment.start, end: segment.end, kind: segment.kind, paragraph });
  }
  return segments;
}

/**
 * The event told nearest before a sentence, at most TRAILING_TOLL_SEGMENTS sentences back (of two told in
 * the same sentence, the one told first: "fighters battled into Sirte, meeting Grad rockets"); for
 * a lead sentence before any event, the event told in the sentence right after it ("The toll of the
 * clashes rose to 32. The fighting broke out at dawn ..."). The drafts are indexed by the sentences they
 * hold, so a look-up reads the few sentences just before, not every event's sentences (a page of thousands of
 * sentences retelling one event).
 */
class TrailingOwners {
  /** Drafts holding each sentence, in the drafts' order. */
  private readonly holding = new Map<number, Draft[]>();
  /** Drafts whose first sentence is each sentence, in the drafts' order. */
  private readonly opening = new Map<number, Draft[]>();
  private readonly earliest: number;

  constructor(drafts: readonly Draft[]) {
    let earliest = Infinity;
    for (const draft of drafts) {
      let first = Infinity;
      const seen = new Set<number>();
      for (const segment of draft.segments) {
        first = Math.min(first, segment);
        if (seen.has(segment)) continue;
        seen.add(segment);
        this.add(this.holding, segment, draft);
      }
      earliest = Math.min(earliest, first);
      if (first !== Infinity) this.add(this.opening, first, draft);
    }
    this.earliest = earliest;
  }

  /** The owner of a sentence that tells no event itself (see the class comment). */
  ownerOf(index: number): Draft | undefined {
    for (let back = 1; back <= TRAILING_TOLL_SEGMENTS && index - back >= 0; back++) {
      const owner = firstTold(this.holding.get(index - back));
      if (owner !== undefined) return owner;
    }
    return this.earliest > index ? firstTold(this.opening.get(index + 1)) : undefined;
  }

  /** The sentence now belongs to the draft too (its toll joined it). */
  attach(draft: Draft, index: number): void {
    const list = this.holding.get(index);
    if (list === undefined || !list.includes(draft)) this.add(this.holding, index, draft);
  }

  private add(map: Map<number, Draft[]>, segment: number, draft: Draft): void {
    const list = map.get(segment);
    if (list === undefined) map.set(segment, [draft]);
    else list.push(draft);
  }
}

/** The draft whose trigger comes first in the text (the earliest listed on ties). */
function firstTold(drafts: readonly Draft[] | undefined): Draft | undefined {
  let best: Draft | undefined;
  for (const draft of drafts ?? [])
    if (best === undefined || draft.primary.start < best.primary.start) best = draft;
  return best;
}

/** How many words before a count its source's reporting verb may stand ("told Agence France Presse in Tripoli that"). */
const REPORTED_WORDS = 10;

function attachTrailingTolls(
  context: ArticleContext,
  drafts: readonly Draft[],
  segmentsWithEvents: ReadonlySet<number>,
): void {
  const owners = new TrailingOwners(drafts);
  context.segments.forEach((segment, index) => {
    if (segmentsWithEvents.has(index)) return;
    // The owner first: only the sentences just after an event have their cues read.
    const owner = owners.ownerOf(index);
    // A running total is left out count by count (a summary governs its own clause only).
    if (owner === undefined) return;
    // Most such sentences name no death, wound or "no casualties": the small casualty automaton says so.
    if (!context.matches.holdsCasualtyCue(segment.start, segment.end)) return;
    const none = context.cues.has('none', segment.start, segment.end);
    const killedCue = context.cues.has('killed', segment.start, segment.end);
    // "Three people were wounded": the wounded of an event told without them.
    const injuredCue = owner.injured.length === 0 && context.cues.has('injured', segment.start, segment.end);
    if (!none && !killedCue && !injuredCue) return;
    // "… later told AFP that four people died": another source's count of the same dead is an account too.
    const toll = context.cues.has('toll', segment.start, segment.end);
    if (none) {
      if (owner.killed.length === 0) owner.zeroCasualties = true;
      return;
    }
    const numbers = classifyCasualties(
      context,
      findNumbers(context.text, segment.start, segment.end),
      segment,
    );
    let killed = numbers.filter((number) => number.kind === 'killed' && !number.total);
    // A later toll for an event already counted is another account when it names a toll ("other
    // sources put the toll at 45"); the dead of another side ("Five militants were also killed") and
    // dead told as more ("Two more died of their wounds") add to it; any other count is left out.
    // "… later told AFP that four people died": a count inside what a source said is that source's account of
    // the same dead (a reporting verb, then "that", then the number).
    const reported = (number: { start: number }): boolean => {
      const verb = context.cues.before('reporting', number.start, REPORTED_WORDS, segment.start);
      return verb !== null && context.cues.within('complementisers', verb.end, number.start).length > 0;
    };
    if (owner.killed.length > 0 && !toll) {
      const sides = new Set(owner.killed.map((number) => number.side));
      killed = killed.filter(
        (number) =>
          number.more ||
          reported(number) ||
          (number.side !== null && !sides.has(null) && !sides.has(number.side)),
      );
    }
    const injured =
      owner.injured.length === 0
        ? numbers.filter((number) => number.kind === 'injured' && !number.total)
        : [];
    if (killed.length === 0 && injured.length === 0) return;
    for (const number of killed) owner.killed.push(number);
    for (const number of injured) owner.injured.push(number);
    owner.segments.push(index);
    owners.attach(owner, index);
    for (const number of [...killed, ...injured])
      owner.highlights.push({ kind: 'number', start: number.start, end: number.end });
  });
}

/**
 * The spans (place mentions, dates) lying wholly within each segment, in their order: a sentence's look-up
 * reads its own, not every one of the article (a page of thousands of short sentences naming places).
 */
function bySegment<T extends { start: number; end: number }>(
  items: readonly T[],
  segments: readonly TextSegment[],
): T[][] {
  const buckets: T[][] = segments.map(() => []);
  for (const item of items) {
    let low = 0;
    let high = segments.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((segments[middle] as TextSegment).start <= item.start) low = middle + 1;
      else high = middle;
    }
    const segment = segments[low - 1];
    if (segment !== undefined && item.end <= segment.end) buckets[low - 1]?.push(item);
  }
  return buckets;
}

/** Sentences of the lede (after the headline) in which the story's place is looked for. */
const LEDE_SENTENCES = 2;

/**
 * The first Libyan locality (not a region or a district) named in the headline or the lede's first sentences:
 * the place the story is about.
 */
function topicPlaceOf(
  segments: readonly TextSegment[],
  segmentPlaces: readonly PlaceInput[][],
): PlaceInput | null {
  let body = 0;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index] as TextSegment;
    if (segment.kind === 'caption') continue;
    if (segment.kind === 'sentence' || segment.kind === 'clause') body++;
    if (body > LEDE_SENTENCES) break;
    for (const place of segmentPlaces[index] ?? []) {
      const kind = place.place?.kind;
      if (place.lat !== null && kind !== undefined && kind !== 'region' && kind !== 'district') return place;
    }
  }
  return null;
}

/** An event the text places, dates, attributes or counts; a bare "fighting" with none of these is not coded. */
function pinnedDown(draft: Draft): boolean {
  const dated = draft.date !== null && (draft.date.source === 'text' || draft.date.source === 'report');
  return (
    (draft.place !== null && draft.placeFromDateline !== true) ||
    dated ||
    draft.actor1 !== null ||
    draft.actor2 !== null ||
    draft.killed.length > 0 ||
    draft.undisclosedPlace
  );
}

export function extractArticle(article: Article, resources: ExtractionResources): ArticleExtraction {
  const diagnostics: Diagnostic[] = [];
  if (typeof article.text !== 'string' || article.text.trim().length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'empty-text',
      message: `${article.id}: the article has no text`,
      article_id: article.id,
    });
    return { article_id: article.id, events: [], summaries: [], diagnostics };
  }
  const normalised = normalise(article.text);
  const text = normalised.text;
  const tokens = indexTokens(text);
  const segments = segmentsOf(text);
  const matches = new LexiconMatches(resources.lexicons, text, segments);
  const datelineEnd = openingDatelineEnd(text);
  // Relative dates count from an opening dateline's day when it gives one, else from publication.
  const reference = referenceDay(text, segments, datelineEnd, article.published);
  for (const diagnostic of referenceDiagnostics(article, reference)) diagnostics.push(diagnostic);
  const context: ArticleContext = {
    article: reference === article.published ? article : { ...article, published: reference },
    normalised,
    text,
    tokens,
    cues: new CueIndex(matches, tokens),
    matches,
    lexicons: resources.lexicons,
    segments,
    datelineEnd,
  };
  const places = dropLoneNamesakes(resources.geocoder.findPlaces(normalised) as PlaceInput[]);
  context.datelinePlace =
    places.find((place) => place.isDateline && place.place !== null && place.lat !== null) ?? null;
  const segmentPlaces = bySegment(places, context.segments);
  context.topicPlace = context.datelinePlace ?? topicPlaceOf(context.segments, segmentPlaces);
  const candidates: { index: number; mentions: Mention[] }[] = [];
  context.segments.forEach((segment, index) => {
    if (segment.kind === 'caption' || segment.kind === 'dateline') return;
    const mentions = findMentions(context, index);
    if (mentions.some((mention) => mention.ruledOut === null)) candidates.push({ index, mentions });
  });
  const published = context.article.published;
  const unresolved: string[] = [];
  // Dates are read sentence by sentence, or in one pass when most sentences need them.
  const articleDates =
    published !== null && candidates.length * 2 > context.segments.length
      ? bySegment(findDates(text, published), context.segments)
      : null;
  const sentences: GroupResult[][] = [];
  for (const { index, mentions } of candidates) {
    const segment = context.segments[index] as TextSegment;
    // With no reference day, dates that carry their year are still read; the others stay unresolved.
    const segmentDates =
      articleDates !== null
        ? (articleDates[index] ?? [])
        : findDates(text, published, segment.start, segment.end);
    if (published === null)
      for (const mention of unresolvedRelative(article.text, normalised, segmentDates))
        unresolved.push(mention);
    const dates = classifyDates(context, segmentDates, segment, mentions);
    const casualties = classifyCasualties(context, findNumbers(text, segment.start, segment.end), segment);
    const actors = findActors(context, segment);
    sentences.push(
      groupSentence(context, {
        segmentIndex: index,
        mentions,
        dates,
        casualties,
        actors,
        places: usablePlaces(context, segmentPlaces[index] ?? [], segment, actors),
      }),
    );
  }
  if (unresolved.length > 0) diagnostics.push(unresolvedDiagnostic(article, unresolved));
  const { drafts, summaries, ruledOut } = buildArticleDrafts(context, sentences);
  const segmentsWithEvents = new Set(sentences.flat().flatMap((group) => group.draft.segments));
  attachTrailingTolls(context, drafts, segmentsWithEvents);
  for (const { segment, reason } of ruledOut) {
    const span = context.segments[segment];
    if (span === undefined) continue;
    const original = toOriginalSpan(normalised, span.start, span.end);
    diagnostics.push({
      severity: 'info',
      code: 'not-an-event',
      message: `Not coded as an event (${reason}): "${article.text.slice(original.start, original.end).trim().slice(0, 160)}"`,
      article_id: article.id,
    });
  }
  const events: ConflictEvent[] = [];
  for (const draft of drafts) {
    const event = buildEvent(context, draft);
    if (event === null || event.confidence < MINIMUM_CONFIDENCE || !pinnedDown(draft)) continue;
    events.push(event);
  }
  return {
    article_id: article.id,
    events,
    summaries: summaries.map((index) => {
      const span = context.segments[index] as TextSegment;
      const original = toOriginalSpan(normalised, span.start, span.end);
      return article.text.slice(original.start, original.end).trim();
    }),
    diagnostics,
  };
}
