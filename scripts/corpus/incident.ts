/**
 * One violent incident, as the facts a generated article then reports in Arabic or English.
 */
import type { Random } from './random';
import { theatreFor, type ActorName, type IncidentKind } from './theatres';
import { nearestReference, relativePosition, type CorpusPlace, type Direction } from './places';

export interface Incident {
  kind: IncidentKind;
  attacker: ActorName;
  target: ActorName;
  /** Day number (days since 1970-01-01, UTC) on or before publication. */
  day: number;
  place: CorpusPlace;
  /** Set when the article places it relative to a bigger city ("near Murzuq, south of Sabha"). */
  reference: { city: CorpusPlace; km: number; direction: Direction } | undefined;
  near: boolean;
  killed: number | null;
  injured: number | null;
}

export interface PlaceIndex {
  all: readonly CorpusPlace[];
  byEnglish: ReadonlyMap<string, CorpusPlace>;
  references: readonly CorpusPlace[];
}

export function indexPlaces(places: readonly CorpusPlace[], referenceNames: readonly string[]): PlaceIndex {
  const byEnglish = new Map<string, CorpusPlace>();
  for (const place of places) {
    const existing = byEnglish.get(place.en);
    if (!existing || rank(place) < rank(existing)) byEnglish.set(place.en, place);
  }
  const references = referenceNames.map((name) => byEnglish.get(name)).filter((place) => place !== undefined);
  return { all: places, byEnglish, references };
}

function rank(place: CorpusPlace): number {
  return ['city', 'town', 'village', 'hamlet'].indexOf(place.kind);
}

function choosePlace(random: Random, places: PlaceIndex, anchors: readonly string[]): CorpusPlace {
  if (random.chance(0.7)) {
    const anchor = places.byEnglish.get(random.pick(anchors));
    if (anchor) return anchor;
  }
  return random.pick(places.all);
}

function casualties(random: Random, kind: IncidentKind): number | null {
  if (kind === 'capture' && random.chance(0.6)) return null;
  if (random.chance(0.25)) return null;
  return random.weighted([
    [random.int(1, 3), 4],
    [random.int(4, 10), 4],
    [random.int(11, 40), 2],
    [random.int(41, 120), 1],
  ]);
}

/** Makes an incident that fits the phase of the war the article was published in. */
export function makeIncident(random: Random, places: PlaceIndex, publishedDay: number): Incident {
  const theatre = theatreFor(publishedDay);
  const [attacker, target, kind] = random.weighted(theatre.pairs.map((pair) => [pair, pair[3]] as const));
  const daysBefore = random.weighted([
    [0, 2],
    [1, 5],
    [random.int(2, 6), 3],
    [random.int(7, 25), 1],
  ]);
  const place = choosePlace(random, places, theatre.anchors);
  const city = nearestReference(place, places.references);
  let reference: Incident['reference'];
  if (city && place.kind !== 'city' && random.chance(0.6)) {
    const { km, direction } = relativePosition(city, place);
    if (km > 3 && km < 400) reference = { city, km: Math.round(km / 5) * 5 || 5, direction };
  }
  return {
    kind,
    attacker,
    target,
    day: publishedDay - daysBefore,
    place,
    reference,
    near: random.chance(0.3),
    killed: casualties(random, kind),
    injured: random.chance(0.4) ? random.int(1, 60) : null,
  };
}
