/**
 * The geocoder: finds every place name in normalised text in one pass of a phrase automaton
 * (clitic-aware, glued words allowed), then decides for each whether it is foreign, which Libyan
 * place it is, whether a common word is really a place, whether it is a dateline, and what relative
 * phrase surrounds it ("40 كم جنوب سبها" → 40 km south of Sabha, precision 2).
 */

import { toOriginalSpan, type NormalisedText } from '../text/normalise.ts';
import type { GazetteerData, Place, WorldData, WorldPlace } from './gazetteer-types.ts';
import type { Geocoder, PlaceMention } from './mention-types.ts';

export type { Geocoder, PlaceMention, Relation } from './mention-types.ts';
import { buildMatcher } from './name-index.ts';
import { readBefore, type Context } from './relative-phrase.ts';
import { isDatelineAt } from './dateline.ts';
import { chooseAmong, foreignReading, type Choice } from './resolve.ts';
import { placeMention } from './mention-geometry.ts';
import { attachLocatingClauses } from './locating-clause.ts';
import { createSearch } from './search.ts';
import { spansOf, type CountryWord, type Span } from './spans.ts';
import { SentenceCountryIndex } from './sentence-countries.ts';
import { onlySpacing } from './words.ts';
import { insideOf, isInNext, isQuarterOf } from './container.ts';
import { markContainingMentions, QUARTER_REACH_KM } from './containing-mentions.ts';
import { textForNames } from './latin-variants.ts';
import { attachDistantAreas } from './distant-area.ts';

/** The places that contain a locality named right before "بX"/"in X" without a place type. */
const SETTLEMENTS: ReadonlySet<Place['kind']> = new Set(['city', 'town', 'neighbourhood']);

/** Foreign names that are not ordinary words need no reading of the words before them. */
const NO_CONTEXT: Context = {
  start: 0,
  relation: null,
  distance: null,
  cue: null,
  placeType: null,
  words: '',
};

interface Pending {
  span: Span;
  context: Context;
  dateline: boolean;
  candidates: Place[];
  weakOnly: boolean;
}

export function createGeocoder(gazetteer: GazetteerData, world: WorldData): Geocoder {
  const matcher = buildMatcher(gazetteer, world);
  const byId = new Map(gazetteer.places.map((place) => [place.id, place]));
  const namesakes = new Map<string, WorldPlace>();
  for (const place of world.places)
    if (place.namesake_of !== undefined) namesakes.set(place.namesake_of, place);
  const cities = gazetteer.places.filter((place) => place.kind === 'city');
  const districts = gazetteer.places.filter((place) => place.kind === 'district');
  const search = createSearch(gazetteer.places);

  const sentences = new SentenceCountryIndex();

  function findPlaces(normalised: NormalisedText): PlaceMention[] {
    const text = normalised.text;
    if (typeof text !== 'string' || text.length === 0) return [];
    const countryWords: CountryWord[] = [];
    const spans = spansOf(matcher.findAll(textForNames(text), { allowGlued: true }), countryWords);
    sentences.reset(text, countryWords);
    const mentions: PlaceMention[] = [];
    const pending: Pending[] = [];

    // Pass 1: foreign names, unique Libyan names, and what each name has around it.
    for (const span of spans) {
      const needsContext = span.libya.length > 0 || anyWeak(span.world);
      const context = needsContext
        ? readBefore(text, span.start - span.prefix.length, span.prefix)
        : NO_CONTEXT;
      const dateline = isDatelineAt(text, span.start - span.prefix.length, span.end);
      const cued = context.cue !== null || context.relation !== null;
      let usable = 0;
      for (const item of span.libya) if (!item.weak || cued) usable++;
      // The sentence's countries are read only where a foreign reading is possible.
      const foreign = firstForeign(span, cued, sentences, usable === 0);
      if (foreign !== null) {
        mentions.push(finish(normalised, foreignMention(span, dateline, foreign, 'a place outside Libya')));
        continue;
      }
      if (span.libya.length === 0) continue;
      const candidates = span.libya.map(placeOf);
      const first = candidates[0] as Place;
      const namesake = candidates.length === 1 ? namesakes.get(first.id) : undefined;
      const reading =
        namesake === undefined
          ? null
          : foreignReading(first, namesakes, text, span.end, sentences.around(span.start, span.end));
      if (reading !== null) {
        const reason = `foreign namesake: ${reading.reason}`;
        mentions.push(finish(normalised, foreignMention(span, dateline, reading.foreign, reason)));
        continue;
      }
      pending.push({ span, context, dateline, candidates, weakOnly: usable === 0 });
    }

    // Context: the places of names that are unique and either not common words or written with a cue.
    const known: Place[] = [];
    for (const item of pending)
      if (!item.weakOnly && item.candidates.length === 1) known.push(item.candidates[0] as Place);

    // Pass 2: common words need a cue or context; namesakes are chosen by context. A common word is
    // accepted bare when the same place is named elsewhere in the text (البيضاء after "مدينة البيضاء"),
    // or when it continues a list of places ("في البيضاء والمرج").
    let previous: PlaceMention | null = null;
    for (let index = 0; index < pending.length; index++) {
      const item = pending[index] as Pending;
      let candidates = item.candidates;
      let note = '';
      if (item.weakOnly) {
        const listed = previous !== null && continuesList(text, previous.end, item.span);
        if (listed) note = `common word accepted in a list after ${previous?.place?.name_en ?? ''}; `;
        else {
          candidates = namedElsewhere(candidates, known);
          if (candidates.length === 0) continue;
          note = 'common word accepted by context; ';
        }
      } else if (anyWeak(item.span.libya)) {
        note = `common word accepted after "${item.context.cue ?? item.context.words}"; `;
      }
      // "حي القلعة بمدينة مرزق": only a namesake inside the town named right after, else the town.
      // "الأبيار بعين زارة", "Abyar in Ain Zara": a locality named right before "in X" lies in X.
      const next = pending[index + 1];
      const typed = next !== undefined && isQuarterOf(text, item.span.end, item.context, next.context);
      const bare = !typed && next !== undefined && isInNext(text, item.span.end, next.context, candidates);
      const chosen =
        next !== undefined && (typed || bare)
          ? chooseAmong(next.candidates, known, next.context.placeType).place
          : null;
      // Without a place type only a town or a quarter contains ("Germa in Libya's west" is not moved).
      const container = chosen !== null && (typed || SETTLEMENTS.has(chosen.kind)) ? chosen : null;
      const inside =
        container === null
          ? candidates
          : insideOf(candidates, container, bare ? QUARTER_REACH_KM : undefined);
      if (container !== null && inside.length === 0) {
        const mention = placeMention(text, item.span, item.context, atContainer(item, container), cities);
        mention.geo_precision = 2;
        mention.isDateline = item.dateline;
        mentions.push(finish(normalised, mention));
        previous = mention;
        continue;
      }
      if (container !== null) note += `inside ${container.name_en}; `;
      const choice = chooseAmong(inside, container === null ? known : [container], item.context.placeType);
      const mention = placeMention(text, item.span, item.context, choice, cities);
      mention.isDateline = item.dateline;
      if (note.length > 0) mention.reason = `${note}${mention.reason}`;
      if (item.weakOnly) mention.confidence = Math.min(mention.confidence, 0.6);
      mentions.push(finish(normalised, mention));
      if (mention.place !== null) previous = mention;
    }
    mentions.sort(byStart);
    markContainingMentions(text, mentions);
    const located = attachLocatingClauses(text, mentions, (mention) => finish(normalised, mention));
    attachDistantAreas(located, districts);
    return located;
  }

  return {
    findPlaces,
    placeById: (id) => byId.get(id),
    search,
  };
}

/** The choice for a name that no place inside its container carries: the container itself. */
function atContainer(item: Pending, container: Place): Choice {
  const names = item.candidates.map((place) => `${place.id} (${place.admin1 ?? 'no district'})`).join(', ');
  return {
    place: container,
    reason: `no place of this name inside ${container.name_en} (the gazetteer has ${names}): placed at ${container.name_en}`,
    confidence: 0.6,
  };
}

function byStart(a: PlaceMention, b: PlaceMention): number {
  return a.start - b.start;
}

function placeOf(item: { place: Place }): Place {
  return item.place;
}

function anyWeak(items: readonly { weak: boolean }[]): boolean {
  for (const item of items) if (item.weak) return true;
  return false;
}

/** The candidates that the text also names outright elsewhere. */
function namedElsewhere(candidates: readonly Place[], known: readonly Place[]): Place[] {
  const kept: Place[] = [];
  for (const place of candidates) {
    for (const other of known) {
      if (other.id === place.id) {
        kept.push(place);
        break;
      }
    }
  }
  return kept;
}

/**
 * The foreign place a span names, when the foreign reading wins: a foreign name with no usable
 * Libyan reading, or one whose country the sentence names. Common-word names need a cue.
 */
function firstForeign(
  span: Span,
  cued: boolean,
  sentences: SentenceCountryIndex,
  noLibyan: boolean,
): WorldPlace | null {
  let first: WorldPlace | null = null;
  for (const item of span.world) {
    if (item.weak && !cued) continue;
    first ??= item.place;
    if (noLibyan) return first;
  }
  if (first === null) return null;
  const named = sentences.around(span.start, span.end).foreign;
  for (const item of span.world) if ((!item.weak || cued) && named.has(item.place.country)) return first;
  return null;
}

/** Fills the mention's original offsets (in place) and returns it. */
function finish(normalised: NormalisedText, mention: PlaceMention): PlaceMention {
  const original = toOriginalSpan(normalised, mention.start, mention.end);
  mention.originalStart = original.start;
  mention.originalEnd = original.end;
  return mention;
}

/** "…البيضاء والمرج": the span follows the previous place with only "و" (and spacing) between. */
function continuesList(text: string, previousEnd: number, span: { start: number; prefix: string }): boolean {
  if (!span.prefix.startsWith('و')) return false;
  const gapEnd = span.start - span.prefix.length;
  return gapEnd - previousEnd <= 3 && onlySpacing(text, previousEnd, gapEnd);
}

function foreignMention(span: Span, isDateline: boolean, foreign: WorldPlace, reason: string): PlaceMention {
  return {
    originalStart: 0,
    originalEnd: 0,
    start: span.start,
    end: span.end,
    isDateline,
    place: null,
    foreign,
    relation: null,
    distance_km: null,
    lat: null,
    lon: null,
    geo_precision: 3,
    confidence: 0.85,
    reason,
  };
}
