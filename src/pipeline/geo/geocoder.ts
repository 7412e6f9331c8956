/**
 * The geocoder: finds every place name in normalised text in one pass of a phrase automaton
 * (clitic-aware, glued words allowed), then decides for each whether it is foreign, which Libyan
 * place it is, whether a common word is really a place, whether it is a dateline, and what relative
 * phrase surrounds it ("40 كم جنوب سبها" → 40 km south of Sabha, precision 2).
 */

import { longestNonOverlapping, type PhraseMatch } from '../text/phrase-matcher.ts';
import { toOriginalSpan, type NormalisedText } from '../text/normalise.ts';
import type { GazetteerData, Place, WorldData, WorldPlace } from './gazetteer-types.ts';
import type { Geocoder, PlaceMention } from './mention-types.ts';

export type { Geocoder, PlaceMention, Relation } from './mention-types.ts';
import { buildMatcher, type NameEntry } from './name-index.ts';
import { readBefore, type Context } from './relative-phrase.ts';
import { isDatelineAt } from './dateline.ts';
import { chooseAmong, countriesIn, foreignReading, type SentenceCountries } from './resolve.ts';
import { placeMention } from './mention-geometry.ts';
import { attachLocatingClauses } from './locating-clause.ts';
import { createSearch } from './search.ts';

interface Span {
  start: number;
  end: number;
  prefix: string;
  glued: boolean;
  libya: { place: Place; weak: boolean }[];
  world: { place: WorldPlace; weak: boolean }[];
}

function spansOf(matches: PhraseMatch<NameEntry>[]): Span[] {
  const spans: Span[] = [];
  for (const match of longestNonOverlapping(matches)) {
    let span = spans[spans.length - 1];
    if (span === undefined || span.start !== match.start || span.end !== match.end) {
      span = {
        start: match.start,
        end: match.end,
        prefix: match.prefix,
        glued: match.glued,
        libya: [],
        world: [],
      };
      spans.push(span);
    }
    const entry = match.value;
    if (entry.type === 'libya') {
      if (!span.libya.some((item) => item.place.id === entry.place.id))
        span.libya.push({ place: entry.place, weak: entry.weak });
    } else if (!span.world.some((item) => item.place.id === entry.place.id)) {
      span.world.push({ place: entry.place, weak: entry.weak });
    }
  }
  return spans;
}

function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x061f || code === 10;
}

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
  const search = createSearch(gazetteer.places);

  function findPlaces(normalised: NormalisedText): PlaceMention[] {
    const text = normalised.text;
    if (typeof text !== 'string' || text.length === 0) return [];
    const spans = spansOf(matcher.findAll(text, { allowGlued: true }));
    const mentions: PlaceMention[] = [];
    const pending: Pending[] = [];
    const sentences = new Map<number, SentenceCountries>();
    const countriesAt = (span: Span): SentenceCountries => {
      let from = span.start;
      while (from > 0 && !endsSentence(text.charCodeAt(from - 1))) from--;
      let countries = sentences.get(from);
      if (countries === undefined) {
        let to = span.end;
        while (to < text.length && !endsSentence(text.charCodeAt(to))) to++;
        countries = countriesIn(text.slice(from, to));
        sentences.set(from, countries);
      }
      return countries;
    };
    const finish = (mention: Omit<PlaceMention, 'originalStart' | 'originalEnd'>): PlaceMention => {
      const original = toOriginalSpan(normalised, mention.start, mention.end);
      const result = mention as PlaceMention;
      result.originalStart = original.start;
      result.originalEnd = original.end;
      return result;
    };

    // Pass 1: foreign names, unique Libyan names, and what each name has around it.
    for (const span of spans) {
      const needsContext = span.libya.length > 0 || span.world.some((item) => item.weak);
      const context = needsContext
        ? readBefore(text, span.start - span.prefix.length, span.prefix)
        : NO_CONTEXT;
      const dateline = isDatelineAt(text, span.start - span.prefix.length, span.end);
      const base = { start: span.start, end: span.end, isDateline: dateline };
      const cued = context.cue !== null || context.relation !== null;
      const usable = span.libya.filter((item) => !item.weak || cued);
      const world = span.world.filter((item) => !item.weak || cued).map((item) => item.place);
      // The sentence's countries are read only where a foreign reading is possible.
      const namesake = span.libya.length === 1 && namesakes.has((span.libya[0] as { place: Place }).place.id);
      const foreignWins =
        world.length > 0 &&
        (usable.length === 0 ||
          [...countriesAt(span).foreign].some((country) => world.some((item) => item.country === country)));
      if (foreignWins) {
        mentions.push(finish(foreignMention(base, world[0] as WorldPlace, 'a place outside Libya')));
        continue;
      }
      const candidates = span.libya.map((item) => item.place);
      if (candidates.length === 0) continue;
      const foreign = namesake
        ? foreignReading(candidates[0] as Place, namesakes, text, span.end, countriesAt(span))
        : null;
      if (foreign !== null) {
        mentions.push(finish(foreignMention(base, foreign.foreign, `foreign namesake: ${foreign.reason}`)));
        continue;
      }
      pending.push({ span, context, dateline, candidates, weakOnly: usable.length === 0 });
    }

    // Context: the places of names that are unique and either not common words or written with a cue.
    const known: Place[] = [];
    for (const item of pending)
      if (!item.weakOnly && item.candidates.length === 1) known.push(item.candidates[0] as Place);

    // Pass 2: common words need a cue or context; namesakes are chosen by context. A common word is
    // accepted bare when the same place is named elsewhere in the text (البيضاء after "مدينة البيضاء"),
    // or when it continues a list of places ("في البيضاء والمرج").
    let previous: PlaceMention | null = null;
    for (const item of pending) {
      let candidates = item.candidates;
      let note = '';
      if (item.weakOnly) {
        const listed = previous !== null && continuesList(text, previous.end, item.span);
        if (listed) note = `common word accepted in a list after ${previous?.place?.name_en ?? ''}; `;
        else {
          candidates = candidates.filter((place) => known.some((other) => other.id === place.id));
          if (candidates.length === 0) continue;
          note = 'common word accepted by context; ';
        }
      } else if (item.span.libya.some((entry) => entry.weak)) {
        note = `common word accepted after "${item.context.cue ?? item.context.words}"; `;
      }
      const choice = chooseAmong(candidates, known, item.context.placeType);
      const mention = placeMention(text, item.span, item.context, choice, cities);
      mention.isDateline = item.dateline;
      mention.reason = `${note}${mention.reason}`;
      if (item.weakOnly) mention.confidence = Math.min(mention.confidence, 0.6);
      mentions.push(finish(mention));
      if (mention.place !== null) previous = mention;
    }
    mentions.sort((a, b) => a.start - b.start);
    return attachLocatingClauses(text, mentions, finish);
  }

  return {
    findPlaces,
    placeById: (id) => byId.get(id),
    search,
  };
}

/** "…البيضاء والمرج": the span follows the previous place with only "و" (and spacing) between. */
function continuesList(text: string, previousEnd: number, span: { start: number; prefix: string }): boolean {
  if (!span.prefix.startsWith('و')) return false;
  const gap = text.slice(previousEnd, span.start - span.prefix.length);
  return gap.length <= 3 && /^[\s,،]*$/.test(gap);
}

function foreignMention(
  base: { start: number; end: number; isDateline: boolean },
  foreign: WorldPlace,
  reason: string,
): PlaceMention {
  return {
    originalStart: 0,
    originalEnd: 0,
    ...base,
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
