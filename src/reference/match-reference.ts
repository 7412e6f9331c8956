/**
 * Matches Marsad's events to a reference dataset's events, one to one: a pair must have compatible types, date
 * windows that overlap (a day's slack between two exact days), and places within reach (25 km, the spec's radius
 * for one incident; an area-precision place anywhere in the same district); among the candidates the closest in
 * time, then in distance, wins, and each event is used once (greedy over all candidate pairs, best first).
 * The result is three lists: in both, only in Marsad, only in the reference.
 */
import { dayFromIso } from '../store/days';
import type { ConflictEvent } from '../pipeline/types';
import type { ReferenceEvent } from './reference-types';

/** The spec's radius for reports of one incident. */
export const MATCH_RADIUS_KM = 25;

export interface MatchedPair {
  marsad: ConflictEvent;
  reference: ReferenceEvent;
  /** Days between the two windows (0 when they overlap). */
  dayGap: number;
  /** Distance between the two points, or null when one has none (matched by district). */
  distanceKm: number | null;
}

export interface ReferenceComparison {
  both: MatchedPair[];
  onlyMarsad: ConflictEvent[];
  onlyReference: ReferenceEvent[];
}

interface Window {
  first: number;
  last: number;
  exact: boolean;
}

/** The days a Marsad event may have happened on: the day itself, the week or the month up to its date. */
export function marsadWindow(event: ConflictEvent): Window | null {
  const day = dayFromIso(event.date);
  if (day === null || event.date === null) return null;
  if (event.time_precision === 1) return { first: day, last: day, exact: true };
  if (event.time_precision === 2) return { first: day - 6, last: day, exact: false };
  const monthStart = dayFromIso(`${event.date.slice(0, 7)}-01`) ?? day;
  return { first: monthStart, last: day, exact: false };
}

function referenceWindow(event: ReferenceEvent): Window | null {
  const first = dayFromIso(event.first);
  const last = dayFromIso(event.last);
  if (first === null || last === null) return null;
  return { first, last, exact: first === last };
}

function dayGap(a: Window, b: Window): number {
  if (a.first > b.last) return a.first - b.last;
  if (b.first > a.last) return b.first - a.last;
  return 0;
}

/** ACLED's types must agree with Marsad's; UCDP codes no types Marsad has, so any type goes. */
export function typesCompatible(marsad: ConflictEvent, reference: ReferenceEvent): boolean {
  if (reference.dataset === 'UCDP') return true;
  return reference.event_type === marsad.event_type;
}

function radians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

function distanceKm(latA: number, lonA: number, latB: number, lonB: number): number {
  const dLat = radians(latB - latA);
  const dLon = radians(lonB - lonA);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(latA)) * Math.cos(radians(latB)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const normalise = (name: string | null): string =>
  (name ?? '')
    .toLowerCase()
    .replace(/\b(?:district|shabiyat|sha'biyat)\b/g, '')
    .replace(/[^a-z]/g, '');

/** Whether the places can be one, and how far apart the points are (null when matched by district only). */
function placesCompatible(
  marsad: ConflictEvent,
  reference: ReferenceEvent,
): { ok: boolean; km: number | null } {
  const sameDistrict = marsad.admin1 !== null && normalise(marsad.admin1) === normalise(reference.admin1);
  if (
    marsad.latitude === null ||
    marsad.longitude === null ||
    reference.latitude === null ||
    reference.longitude === null
  )
    return { ok: sameDistrict, km: null };
  const km = distanceKm(marsad.latitude, marsad.longitude, reference.latitude, reference.longitude);
  if (km <= MATCH_RADIUS_KM) return { ok: true, km };
  const coarse = marsad.geo_precision === 3 || reference.geo_precision === 3;
  return { ok: coarse && sameDistrict, km };
}

interface Candidate {
  marsad: number;
  reference: number;
  gap: number;
  km: number | null;
  typeExact: boolean;
}

export function compareWithReference(
  marsadEvents: readonly ConflictEvent[],
  referenceEvents: readonly ReferenceEvent[],
): ReferenceComparison {
  // Reference events by each day of their window, so a Marsad event looks only at the days it may be on.
  const windows = referenceEvents.map(referenceWindow);
  const byDay = new Map<number, number[]>();
  windows.forEach((window, index) => {
    if (window === null) return;
    const last = Math.min(window.last, window.first + 62);
    for (let day = window.first; day <= last; day++) {
      const list = byDay.get(day);
      if (list === undefined) byDay.set(day, [index]);
      else list.push(index);
    }
  });
  const candidates: Candidate[] = [];
  marsadEvents.forEach((event, marsadIndex) => {
    const window = marsadWindow(event);
    if (window === null) return;
    const seen = new Set<number>();
    for (let day = window.first - 1; day <= window.last + 1; day++) {
      for (const referenceIndex of byDay.get(day) ?? []) {
        if (seen.has(referenceIndex)) continue;
        seen.add(referenceIndex);
        const reference = referenceEvents[referenceIndex] as ReferenceEvent;
        const referenceDays = windows[referenceIndex] as Window;
        const gap = dayGap(window, referenceDays);
        if (gap > (window.exact && referenceDays.exact ? 1 : 0)) continue;
        if (!typesCompatible(event, reference)) continue;
        const place = placesCompatible(event, reference);
        if (!place.ok) continue;
        const typeExact =
          reference.sub_event_type === null || reference.sub_event_type === event.sub_event_type;
        candidates.push({ marsad: marsadIndex, reference: referenceIndex, gap, km: place.km, typeExact });
      }
    }
  });
  candidates.sort(
    (a, b) =>
      Number(b.typeExact) - Number(a.typeExact) ||
      a.gap - b.gap ||
      (a.km ?? MATCH_RADIUS_KM) - (b.km ?? MATCH_RADIUS_KM) ||
      a.marsad - b.marsad ||
      a.reference - b.reference,
  );
  const usedMarsad = new Set<number>();
  const usedReference = new Set<number>();
  const both: MatchedPair[] = [];
  for (const candidate of candidates) {
    if (usedMarsad.has(candidate.marsad) || usedReference.has(candidate.reference)) continue;
    usedMarsad.add(candidate.marsad);
    usedReference.add(candidate.reference);
    both.push({
      marsad: marsadEvents[candidate.marsad] as ConflictEvent,
      reference: referenceEvents[candidate.reference] as ReferenceEvent,
      dayGap: candidate.gap,
      distanceKm: candidate.km === null ? null : Math.round(candidate.km * 10) / 10,
    });
  }
  both.sort(
    (a, b) =>
      (a.marsad.date ?? '').localeCompare(b.marsad.date ?? '') || a.marsad.id.localeCompare(b.marsad.id),
  );
  return {
    both,
    onlyMarsad: marsadEvents.filter((_, index) => !usedMarsad.has(index)),
    onlyReference: referenceEvents.filter((_, index) => !usedReference.has(index)),
  };
}
