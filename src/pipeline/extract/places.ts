/**
 * The place of an event: among the places the geocoder found in the sentence, the one tied to the
 * trigger: close to it (after it preferred), as precise as possible, never the dateline, never a
 * place inside an actor's or an official's title ("آمر عمليات سرت", "AFRICOM ... in Africa").
 */
import type { GeoPrecision } from '../types.ts';
import type { ArticleContext, TextSegment } from './context.ts';
import { APPOSITION_WORDS, LOCATING_WORDS, PLACE_TYPE_WORDS } from '../geo/cues.ts';
import { normaliseTerm } from '../text/normalise.ts';
import { distanceKm } from './distance.ts';
import { tokensBetween } from './tokens.ts';

/** The fields of the geocoder's PlaceMention the extractor uses. */
export interface PlaceInput {
  start: number;
  end: number;
  place: {
    id: string;
    name_en: string;
    name_ar: string;
    admin1: string | null;
    kind: string;
    common_word?: boolean;
    parent_id?: string;
    /** The place's own point (the mention's point may be an offset from it). */
    lat?: number;
    lon?: number;
    radius_km?: number;
  } | null;
  foreign: { id: string; name_en: string; country: string } | null;
  relation: string | null;
  /** The distance a relative phrase gives ("40 كم جنوب سبها"), when it gives one. */
  distance_km?: number | null;
  lat: number | null;
  lon: number | null;
  geo_precision: GeoPrecision;
  isDateline: boolean;
  /** The place word written before the name ("مدينة هون"), when there is one. */
  placeType?: string;
  /** The distance gives no point of its own, and the district around it when known (see geo/distant-area.ts). */
  distant?: boolean;
  area?: {
    id: string;
    name_en: string;
    name_ar: string;
    admin1: string | null;
    kind: string;
    lat: number;
    lon: number;
  };
}

/** How many words away from its trigger a place may stand. */
export const PLACE_WINDOW = 25;

/** Beyond this, "حي القلعة بمدينة مرزق" cannot mean a namesake of القلعة: the quarter is inside the town named after it. */
const CONTAINED_KM = 30;
/** How far a municipality named after its town reaches ("بلدة النوفلية بمدينة سرت", 115 km from Sirte). */
const MUNICIPALITY_KM = 200;
const CONTAINERS = new Set(['city', 'town', 'village']);

/** A place named right before the town that contains it, but resolved to a namesake far away. */
function misplacedInside(
  context: ArticleContext,
  candidates: readonly PlaceInput[],
  index: number,
  sorted: boolean,
  containers: Set<PlaceInput>,
): boolean {
  const mention = candidates[index] as PlaceInput;
  if (mention.place === null || mention.lat === null || mention.lon === null) return false;
  const isContainer = (other: PlaceInput) =>
    other !== mention &&
    other.start >= mention.end &&
    tokensBetween(context.tokens, mention.end, other.start) <= 1 &&
    // "قرب زليتن والآخر في مسلاتة", "Zliten and Msallata": a place coordinated with the next is not inside it.
    !/(^|\s)و|\band\b/.test(context.text.slice(mention.end, other.start)) &&
    other.place !== null &&
    (other.relation === null || other.relation === 'in') &&
    CONTAINERS.has(other.place.kind);
  let container: PlaceInput | undefined;
  if (sorted) {
    // In text order the container can only be one of the next places, at most one word after the mention.
    for (let next = index + 1; next < candidates.length; next++) {
      const other = candidates[next] as PlaceInput;
      if (other.start >= mention.end && tokensBetween(context.tokens, mention.end, other.start) > 1) break;
      if (isContainer(other)) {
        container = other;
        break;
      }
    }
  } else {
    container = candidates.find(isContainer);
  }
  if (container === undefined || container.lat === null || container.lon === null) return false;
  const apart = distanceKm(mention.lat, mention.lon, container.lat, container.lon);
  // "بلدة النوفلية بمدينة سرت": a town named "in" a larger unit is a town of its municipality, which reaches far.
  const town = mention.placeType !== undefined && SETTLEMENT_WORDS.has(mention.placeType);
  if (apart > (town ? MUNICIPALITY_KM : CONTAINED_KM)) return true;
  // "بلدة هراوة بمدينة سرت", "حي أبوسليم بطرابلس": the container only says where the place is.
  containers.add(container);
  return false;
}

/** A common word read as a place ("في محيط المدينة" → a village called المدينة) far from every other place the article names. */
const LONE_NAMESAKE_KM = 100;

/** Place words that name a settlement ("مدينة", "بلدة", "town"), in the geocoder's folded spelling. */
const SETTLEMENT_WORDS: ReadonlySet<string> = new Set(
  [
    'مدينة',
    'مدينتي',
    'بلدة',
    'قرية',
    'واحة',
    'بلدية',
    'town',
    'city',
    'village',
    'oasis',
    'municipality',
  ].map((word) => normaliseTerm(word)),
);

export function dropLoneNamesakes(places: readonly PlaceInput[]): PlaceInput[] {
  // Distinct anchor points only: an article naming the same town a thousand times costs one comparison.
  const anchors = new Map<string, { lat: number; lon: number }>();
  for (const mention of places) {
    if (
      mention.place === null ||
      mention.place.common_word === true ||
      mention.lat === null ||
      mention.lon === null
    )
      continue;
    anchors.set(`${mention.lat},${mention.lon}`, { lat: mention.lat, lon: mention.lon });
  }
  if (anchors.size === 0) return [...places];
  const verdicts = new Map<string, boolean>();
  return places.filter((mention) => {
    if (mention.place?.common_word !== true || mention.lat === null || mention.lon === null) return true;
    // "مدينة هون", "the town of Hun": a settlement word names the town outright, however far from the others.
    if (mention.placeType !== undefined && SETTLEMENT_WORDS.has(mention.placeType)) return true;
    const key = `${mention.lat},${mention.lon}`;
    let near = verdicts.get(key);
    if (near === undefined) {
      near = false;
      for (const anchor of anchors.values()) {
        if (distanceKm(anchor.lat, anchor.lon, mention.lat, mention.lon) <= LONE_NAMESAKE_KM) {
          near = true;
          break;
        }
      }
      verdicts.set(key, near);
    }
    return near;
  });
}

/**
 * "Tripoli, 2 September 2019:", "TRIPOLI, June 10 (Xinhua) --", "بنغازي، ليبيا 24 يناير 2018 (شينخوا)":
 * a place and a date opening the article, closed by a colon, a bracket or a dash. Read once per
 * article on its first 80 characters; the place and date there are the report's, not an event's.
 */
const OPENING_DATELINE = /^\s*[^\n:()]{1,40}?[,،][^\n:()]{0,30}?\d[^\n:()]{0,20}?(?::|\(|\s[-–—]{1,2}\s)/;

/** "Sirte, 450 kilometers (280 miles) east of Tripoli": a number with a unit of distance is no date. */
const DISTANCE_NUMBER = /\d\s*(km|kms|kilomet|miles?\b|كم|كلم|كيلو)/i;

export function openingDatelineEnd(text: string): number {
  const match = OPENING_DATELINE.exec(text.slice(0, 80));
  return match === null || DISTANCE_NUMBER.test(match[0]) ? 0 : match[0].length;
}

function isArabicCode(code: number): boolean {
  return code >= 0x0600 && code <= 0x06ff;
}

/** How many words a place may stand after "based in", "انطلقت من" and the like and still be the one they introduce. */
const SIDE_PLACE_WORDS = 3;
/** A locative preposition of its own between a side cue and a place (folded spelling: في، قرب، in, at, near). */
const LOCATIVE = /(^|\s)(في|قرب|بالقرب|in|at|near)(\s|$)/;

/** A place mention opened by "in" (folded Arabic في or بـ): the institution before it sits there. */
const SEAT_PREPOSITION = /^(in\s|في\s|ب)/;

/**
 * A place that names a group, not where the event happened: "ثوار مصراتة", "the Misrata Military Council",
 * "the Tarhuna-based militia", "Tarhuna's Kaniyat" (a place owning an actor).
 */
function namesGroup(
  context: ArticleContext,
  mention: PlaceInput,
  segment: TextSegment,
  actorSpans: readonly { start: number; end: number }[],
): boolean {
  const before = context.cues.before('place_modifier', mention.start, 0, segment.start);
  if (before !== null && isArabicCode(context.text.charCodeAt(before.start))) return true;
  const after = context.cues.after('place_modifier', mention.end, 0, segment.end);
  if (after !== null && !isArabicCode(context.text.charCodeAt(after.start))) return true;
  // "the Government of National Accord in Tripoli", "مجلس النواب في طبرق": the seat of an institution.
  const seat = context.cues.before('seat_of', mention.start, 0, segment.start);
  if (seat !== null && SEAT_PREPOSITION.test(context.text.slice(mention.start, mention.end))) return true;
  const next = context.text.slice(mention.end, mention.end + 3);
  if (next.startsWith("'s ") || next.startsWith('\u2019s ')) {
    const owned = mention.end + 3;
    return actorSpans.some(
      (span) => span.start >= owned && tokensBetween(context.tokens, owned, span.start) <= 1,
    );
  }
  return false;
}

/**
 * Places that a side clause ties to something other than the event: the seat of an actor ("which is based in
 * X", "ومقرها X"), an aircraft's take-off base ("انطلقت من قاعدة X"), the fighters' origin ("القادمين من X"),
 * where captives are held. Only the first place after the cue is taken ("came from Misrata to Sirte": Sirte stays).
 */
function sidePlaces(
  context: ArticleContext,
  candidates: readonly PlaceInput[],
  segment: TextSegment,
): Set<PlaceInput> {
  const side = new Set<PlaceInput>();
  if (!context.cues.has('side_place', segment.start, segment.end)) return side;
  // In text order (the geocoder's), the only place that can stand between a cue and a place is the one before it.
  candidates.forEach((mention, index) => {
    const cue = context.cues.before('side_place', mention.start, SIDE_PLACE_WORDS, segment.start);
    if (cue === null) return;
    const previous = candidates[index - 1];
    const between = previous !== undefined && previous.start >= cue.end && previous.end <= mention.start;
    // "عناصر من المعارضة التشادية في منطقة أم الأرانب": after an origin ("from"), a place with its own "in" is
    // where things happened ("taken to a hospital in X" stays a destination).
    const origin = /(من|from)$/.test(context.text.slice(cue.start, cue.end));
    const locative =
      origin && LOCATIVE.test(context.text.slice(cue.end, Math.min(mention.end, mention.start + 4)));
    if (!between && !locative) side.add(mention);
  });
  return side;
}

/** Words that only locate the place before them: "، الواقعة", "the coastal city", "الساحلية" (a nisba adjective). */
function onlyLocates(text: string, from: number, to: number): boolean {
  if (to < from || to - from > 48) return false;
  const words = text
    .slice(from, to)
    .split(/[\s,،()\-–—]+/)
    .filter((word) => word.length > 0);
  return (
    words.length <= 3 &&
    words.every(
      (word) =>
        LOCATING_WORDS.has(word) || APPOSITION_WORDS.has(word) || /^ال[\u0621-\u064a]{2,}(يه|ي)$/.test(word),
    )
  );
}

/** "..., west of Benghazi", "ونحو 250 كيلومترا غرب بنغازي": nothing but "and" or a comma between two bearings. */
function coordinatedBearing(text: string, from: number, to: number): boolean {
  return to >= from && to - from <= 8 && /^[\s,،]*(و|and)?[\s,،]*$/.test(text.slice(from, to));
}

function isRelative(mention: PlaceInput): boolean {
  return mention.place !== null && mention.relation !== null && mention.relation !== 'in';
}

/** Slack between the straight line and a stated distance (roads wind; "450 km east of Tripoli" is Sirte, 370 km away). */
const STATED_SLACK_KM = 60;
/** Without a distance, an ordinary word read as a place ("معسكر القلعة") must lie this close to the bearing's place. */
const COMMON_WORD_REACH_KM = 50;

/**
 * Whether a place named before a bearing can be where the bearing puts it: "Sirte, 450 km east of Tripoli" can,
 * "Brega, west of Benghazi" can (no distance: the bearing only says which side), "معسكر القلعة بجنوب بني وليد"
 * read as the village القلعة 140 km away cannot (an ordinary word, "the castle": another one).
 */
function agreesWith(place: PlaceInput, reference: PlaceInput): boolean {
  const a = place.place;
  const b = reference.place;
  if (a?.lat === undefined || a.lon === undefined || b?.lat === undefined || b.lon === undefined) return true;
  const apart = distanceKm(a.lat, a.lon, b.lat, b.lon);
  const stated = reference.distance_km ?? null;
  if (stated !== null) return Math.abs(apart - stated) <= Math.max(STATED_SLACK_KM, stated / 2);
  return a.common_word !== true || apart <= COMMON_WORD_REACH_KM;
}

/**
 * Places that only locate another: "البريقة الساحلية غربي بنغازي", "Gheryan, 80 km south of Tripoli", "قلعة X
 * الواقعة شرق بني وليد" — B is the reference point of a bearing or a distance, not where the event happened. The
 * place before it is, when the gazetteer knows it; else "near B" stands where the geocoder still gives it a point
 * (`distant`, set in geo/distant-area.ts: "المدينة الواقعة على بعد 600 كلم شرق طرابلس" gives none; "a camp 120 km
 * south of Kufra" gives only its district).
 */
function referencePoints(
  text: string,
  sorted: readonly PlaceInput[],
  distant: Set<PlaceInput>,
): Set<PlaceInput> {
  const references = new Set<PlaceInput>();
  let previous: PlaceInput | undefined;
  for (const mention of sorted) {
    if (isRelative(mention)) {
      const locates =
        previous !== undefined &&
        previous.place !== null &&
        !references.has(previous) &&
        onlyLocates(text, previous.end, mention.start);
      const agrees = previous === undefined || agreesWith(previous, mention);
      // An ordinary word read as a far namesake ("معسكر القلعة") yields to the bearing that locates it.
      if (locates && !agrees && previous?.place?.common_word === true) references.add(previous);
      const anchored = locates && agrees;
      const chained =
        previous !== undefined &&
        (references.has(previous) || distant.has(previous)) &&
        isRelative(previous) &&
        coordinatedBearing(text, previous.end, mention.start);
      if (anchored || chained) references.add(mention);
      else if (mention.distant === true) distant.add(mention);
    }
    previous = mention;
  }
  return references;
}

/** A distant point's district, named as a region (precision 3), or nothing when no district holds the point. */
function inArea(mention: PlaceInput): PlaceInput[] {
  const area = mention.area;
  if (area === undefined) return [];
  return [
    {
      ...mention,
      place: area,
      relation: null,
      distance_km: null,
      lat: area.lat,
      lon: area.lon,
      geo_precision: 3,
    },
  ];
}

/** Nothing but "and" or a comma between two names ("بنغازي وأجدابيا", "Misrata and Zintan"). */
const COORDINATION = /^[\s,،]*(و|and|&)?[\s,،]*$/;

/** A name with its own place word ("ومدينة درنة") starts a place of its own, not another half of a group's name. */
function opensWithPlaceWord(text: string, mention: PlaceInput): boolean {
  const first = text.slice(mention.start, mention.end).split(/\s+/)[0] ?? '';
  return PLACE_TYPE_WORDS.has(first) || PLACE_TYPE_WORDS.has(first.replace(/^(و|ب|ل|وب|ول)/, ''));
}

/**
 * Names coordinated with a name that belongs to a group are the group's too: "شورى ثوار بنغازي وأجدابيا",
 * "the Misrata and Zintan brigades" (the group word after the last name, in English, reaches back).
 */
function withoutCoordinatedGroups(
  text: string,
  candidates: readonly PlaceInput[],
  groups: readonly PlaceInput[],
): PlaceInput[] {
  const named = [...groups];
  const kept = [...candidates].sort((a, b) => a.start - b.start);
  let changed = true;
  while (changed) {
    changed = false;
    for (let index = kept.length - 1; index >= 0; index--) {
      const mention = kept[index] as PlaceInput;
      if (mention.relation !== null && mention.relation !== 'in') continue;
      const joined = named.some(
        (group) =>
          (group.end <= mention.start &&
            mention.start - group.end <= 6 &&
            COORDINATION.test(text.slice(group.end, mention.start)) &&
            !opensWithPlaceWord(text, mention)) ||
          (mention.end <= group.start &&
            group.start - mention.end <= 6 &&
            COORDINATION.test(text.slice(mention.end, group.start)) &&
            !opensWithPlaceWord(text, group)),
      );
      if (!joined) continue;
      named.push(mention);
      kept.splice(index, 1);
      changed = true;
    }
  }
  return candidates.filter((mention) => kept.includes(mention));
}

export function usablePlaces(
  context: ArticleContext,
  places: readonly PlaceInput[],
  segment: TextSegment,
  blockedSpans: readonly { start: number; end: number }[],
): PlaceInput[] {
  const groups: PlaceInput[] = [];
  const inSegment = places.filter((mention) => {
    if (mention.start < segment.start || mention.end > segment.end) return false;
    if (mention.isDateline || (mention.place === null && mention.foreign === null)) return false;
    if (mention.end <= context.datelineEnd) return false;
    // A name inside an actor's name ("كتائب الزنتان", "the Zintan brigades") names the group.
    if (blockedSpans.some((span) => span.start < mention.end && mention.start < span.end)) {
      groups.push(mention);
      return false;
    }
    if (context.cues.before('title_words', mention.start, 0, segment.start) !== null) return false;
    // "Tripoli Street" in Misrata, "a spokesman for the Misrata hospital": the name of a street or building.
    // Arabic puts the street or building first (شارع طرابلس), English after the name (Tripoli Street).
    const before = context.cues.before('named_after', mention.start, 0, segment.start);
    if (before !== null && isArabicCode(context.text.charCodeAt(before.start))) return false;
    const after = context.cues.after('named_after', mention.end, 0, segment.end);
    if (after !== null && !isArabicCode(context.text.charCodeAt(after.start))) return false;
    if (!namesGroup(context, mention, segment, blockedSpans)) return true;
    groups.push(mention);
    return false;
  });
  const candidates =
    groups.length === 0 ? inSegment : withoutCoordinatedGroups(context.text, inSegment, groups);
  let sorted = true;
  for (let index = 1; index < candidates.length && sorted; index++) {
    if ((candidates[index] as PlaceInput).start < (candidates[index - 1] as PlaceInput).start) sorted = false;
  }
  const side = sidePlaces(context, candidates, segment);
  const distant = new Set<PlaceInput>();
  const references = referencePoints(
    context.text,
    sorted ? candidates : [...candidates].sort((a, b) => a.start - b.start),
    distant,
  );
  const containers = new Set<PlaceInput>();
  const placed = candidates.filter(
    (mention, index) =>
      !side.has(mention) &&
      !references.has(mention) &&
      !misplacedInside(context, candidates, index, sorted, containers),
  );
  const kept = containers.size === 0 ? placed : placed.filter((mention) => !containers.has(mention));
  return distant.size === 0
    ? kept
    : kept.flatMap((mention) => (distant.has(mention) ? inArea(mention) : [mention]));
}

/** A city reaches this far around its point (its quarters and suburbs), unless the gazetteer gives a radius. */
const CITY_REACH_KM = 15;
/** A city reaches the places of its own province this far ("Tripoli" and Qasr bin Ghashir, Tajoura). */
const PROVINCE_REACH_KM = 25;
/** Two names this close are one spot (a quarter and its namesake square, a gazetteer duplicate). */
const SAME_SPOT_KM = 2;

/** Whether `outer` contains `inner`: its parent in the gazetteer, a region or district, or a city around its point. */
function contains(outer: PlaceInput, inner: PlaceInput, distance: number): boolean {
  if (outer.place === null || inner.place === null) return false;
  if (inner.place.parent_id === outer.place.id) return true;
  const kind = outer.place.kind;
  if (kind === 'district' || kind === 'region') return true;
  if (kind !== 'city') return false;
  const sameProvince = outer.place.admin1 !== null && outer.place.admin1 === inner.place.admin1;
  return distance <= Math.max(outer.place.radius_km ?? 0, sameProvince ? PROVINCE_REACH_KM : CITY_REACH_KM);
}

/** Both named by a point of their own (not their parent's) within a couple of km: one spot under two names. */
function sameSpot(a: PlaceInput, b: PlaceInput, distance: number): boolean {
  return distance <= SAME_SPOT_KM && a.place?.parent_id === undefined && b.place?.parent_id === undefined;
}

function located(place: PlaceInput): place is PlaceInput & { lat: number; lon: number } {
  return place.place !== null && place.lat !== null && place.lon !== null;
}

/**
 * Two places a reader takes for two different spots when an event is told again: any two beyond `farKm`, or two
 * named outright (precision 1) of which neither contains the other — two quarters, villages, towns or bases, a
 * town outside a city; a city and its quarter are one place told at two granularities.
 */
export function differentPlaces(a: PlaceInput, b: PlaceInput, farKm: number): boolean {
  if (!located(a) || !located(b) || a.place?.id === b.place?.id) return false;
  const distance = distanceKm(a.lat, a.lon, b.lat, b.lon);
  if (distance > farKm) return true;
  if (a.geo_precision !== 1 || b.geo_precision !== 1) return false;
  return !contains(a, b, distance) && !contains(b, a, distance) && !sameSpot(a, b, distance);
}

/**
 * Two places coordinated in one clause ("the two cities of Gharyan and Asabaa", "Abu Salim and Tajoura"): one
 * does not coordinate a place with its own container, so only a parent named with its quarter or one spot under
 * two names is one place.
 */
export function coordinatedPlaces(a: PlaceInput, b: PlaceInput): boolean {
  if (!located(a) || !located(b) || a.place?.id === b.place?.id) return false;
  if (a.place?.parent_id === b.place?.id || b.place?.parent_id === a.place?.id) return false;
  // Two quarters known only by their city's point ("Sabri and Souq al-Hout"), or a quarter known only by its city's
  // point and a place within its radius ("صلاح الدين وخلة الفرجان"), cannot be told apart on a map.
  const distance = distanceKm(a.lat, a.lon, b.lat, b.lon);
  const vague = (place: PlaceInput): boolean =>
    place.place?.parent_id !== undefined && distance <= (place.place.radius_km ?? SAME_SPOT_KM);
  return distance > SAME_SPOT_KM && !vague(a) && !vague(b);
}

export function placeDistance(
  context: ArticleContext,
  place: PlaceInput,
  start: number,
  end: number,
): number {
  return place.end <= start
    ? tokensBetween(context.tokens, place.end, start) + 2
    : tokensBetween(context.tokens, end, place.start);
}

/** Lower is better: precision first (a step of precision is worth six words), then distance. */
export function placeScore(context: ArticleContext, place: PlaceInput, start: number, end: number): number {
  const foreignPenalty = place.place === null ? 100 : 0;
  return (place.geo_precision - 1) * 6 + placeDistance(context, place, start, end) + foreignPenalty;
}

/**
 * The best of the ranked places, except that a quarter the gazetteer knows only by its city's point yields to
 * another quarter named with it that has a point of its own, within its radius ("خلة الفرجان وصلاح الدين"); never
 * to its own city ("منطقة الصابري وسط بنغازي" stays at Sabri).
 */
export function preferOwnPoint(ranked: readonly PlaceInput[]): PlaceInput | undefined {
  const first = ranked[0];
  const parent = first?.place?.parent_id;
  if (first === undefined || parent === undefined || first.lat === null || first.lon === null) return first;
  const reach = first.place?.radius_km ?? SAME_SPOT_KM;
  return (
    ranked.find(
      (other) =>
        other.place !== null &&
        other.place.parent_id === undefined &&
        other.place.id !== parent &&
        other.geo_precision <= first.geo_precision &&
        other.lat !== null &&
        other.lon !== null &&
        distanceKm(first.lat as number, first.lon as number, other.lat, other.lon) <= reach,
    ) ?? first
  );
}
