/**
 * When two reports (events from different articles) can be the same incident: same sub-event type, dates that
 * overlap (a day's slack between two day-precise dates), places that are the same or one inside the other or
 * points a few km apart, and actors that do not contradict each other. The merge groups by these relations
 * (every member compatible with every other), so a chain of neighbours never links two far-apart reports.
 */
import type { ConflictEvent } from '../types.ts';
import { distanceKm } from './distance.ts';
import type { IncidentPlaces } from './place-hierarchy.ts';

/** Two points at most this far apart (both naming the place itself) can be the same incident's place. */
export const NEARBY_KM = 3;
/** Below this, two points with no gazetteer place are the same place. */
const SAME_POINT_KM = 1;
/** Without a gazetteer: how far a report naming only a region may be from the place of another report. */
const REGION_REACH_KM = 250;

export type PlaceRelation = 'same-place' | 'contained' | 'nearby' | 'unlocated' | 'none';

/** Ranks for choosing between candidate incidents (lower = closer). */
export const RELATION_RANK: Record<PlaceRelation, number> = {
  'same-place': 0,
  contained: 1,
  nearby: 2,
  unlocated: 3,
  none: 4,
};

function isLocated(event: ConflictEvent): event is ConflictEvent & { latitude: number; longitude: number } {
  return event.latitude !== null && event.longitude !== null;
}

/** How the places of two reports relate; `none` when they cannot be one incident's place. */
export function placeRelation(
  a: ConflictEvent,
  b: ConflictEvent,
  places: IncidentPlaces | undefined,
): PlaceRelation {
  if (!isLocated(a) || !isLocated(b)) return 'unlocated';
  if (a.place_id !== null && a.place_id === b.place_id) return 'same-place';
  const regional = a.geo_precision === 3 || b.geo_precision === 3;
  if (places && a.place_id !== null && b.place_id !== null) {
    if (places.contains(a, b) || places.contains(b, a)) return 'contained';
    // A point borrowed from the parent place says nothing about distance; a region is a region.
    if (places.borrowed.has(a.place_id) || places.borrowed.has(b.place_id) || regional) return 'none';
    if (places.areas.has(a.place_id) && places.areas.has(b.place_id)) return 'none';
  } else if (regional) {
    // No gazetteer: a district contains its own places; a region (no district) reaches a wide area.
    const region = a.geo_precision === 3 ? a : b;
    const other = region === a ? b : a;
    if (region.admin1 !== null) return region.admin1 === other.admin1 ? 'contained' : 'none';
    const distance = distanceKm(a.latitude, a.longitude, b.latitude, b.longitude);
    return distance <= REGION_REACH_KM ? 'contained' : 'none';
  }
  const distance = distanceKm(a.latitude, a.longitude, b.latitude, b.longitude);
  if (a.place_id === null && b.place_id === null && distance <= SAME_POINT_KM) return 'same-place';
  // Two different places at the same point: one takes the other's point (a city district); unknown without places.
  if (a.place_id !== b.place_id && distance < 0.01) return 'none';
  return distance <= NEARBY_KM ? 'nearby' : 'none';
}

function sameActor(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

export function actorsCompatible(a: ConflictEvent, b: ConflictEvent): boolean {
  if (sameActor(a.actor1, b.actor1) && sameActor(a.actor2, b.actor2)) return true;
  // Either side of a clash may be named first.
  return a.event_type === 'Battles' && sameActor(a.actor1, b.actor2) && sameActor(a.actor2, b.actor1);
}

function sharesKnownActor(a: ConflictEvent, b: ConflictEvent): boolean {
  const known = [a.actor1, a.actor2].filter((actor) => actor !== null);
  return known.some((actor) => actor === b.actor1 || actor === b.actor2);
}

/** Day numbers of the window an event's date allows, or null for an undated event. */
export interface DateWindow {
  first: number;
  last: number;
  precise: boolean;
}

export function datesCompatible(a: DateWindow | null, b: DateWindow | null): boolean {
  if (a === null || b === null) return a === b;
  const slack = a.precise && b.precise ? 1 : 0;
  return a.first <= b.last + slack && b.first <= a.last + slack;
}

/**
 * Whether two reports of the same sub-event type from different articles can be one incident (the caller checks
 * type and articles); returns the place relation, or null when they cannot.
 */
export function compatibleReports(
  a: ConflictEvent,
  aWindow: DateWindow | null,
  b: ConflictEvent,
  bWindow: DateWindow | null,
  places: IncidentPlaces | undefined,
): PlaceRelation | null {
  if (!datesCompatible(aWindow, bWindow) || !actorsCompatible(a, b)) return null;
  return allowedRelation(a, b, placeRelation(a, b, places));
}

/**
 * The rest of `compatibleReports` once dates and actors agree: the place relation of the two reports (as
 * `placeRelation` gives it), or null when it cannot be one incident's.
 */
export function allowedRelation(
  a: ConflictEvent,
  b: ConflictEvent,
  relation: PlaceRelation,
): PlaceRelation | null {
  if (relation === 'none') return null;
  if (relation === 'unlocated') {
    // Without a place on one side, only the same precise day and a shared named actor make it the same incident.
    const sameDay = a.time_precision === 1 && b.time_precision === 1 && a.date === b.date;
    if (!sameDay || !sharesKnownActor(a, b)) return null;
  }
  return relation;
}
