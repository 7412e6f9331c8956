/** Turns a finished draft into a ConflictEvent: ACLED types, original-text offsets, notes, id and confidence. */
import { toOriginalSpan } from '../text/index.ts';
import type { ConflictEvent, EventType, Highlight, SourceSpan, SubEventType } from '../types.ts';
import { combineCasualties, noDeathsTold } from './casualties.ts';
import { scoreDraft } from './confidence.ts';
import type { ArticleContext } from './context.ts';
import { isTerritory, type Draft } from './draft.ts';
import { eventId } from './event-id.ts';

export const UNIDENTIFIED_MILITARY = 'Unidentified military forces';

export function eventTypeOf(type: SubEventType): EventType {
  return type === 'Armed clash' || isTerritory(type) ? 'Battles' : 'Explosions/Remote violence';
}

/**
 * Subjects that name an armed group without naming which ("Libyan rebels took back Ajdabiya", "سيطر مسلحون على",
 * "the militants seized"), in the folded spelling: the taker is not the state.
 */
const NON_STATE_SUBJECT =
  /(^|[\s,،])(rebels?|militants?|insurgents?|jihadists?|militias?|armed groups?|gunmen|tribesmen|(و?ال)?ثوار|(و?ال)?مسلحون|(و?ال)?مسلحين|(و?ال)?متمردون|(و?ال)?متمردين|(و?ال)?مليشيات|(و?ال)?ميليشيات|مجموعه مسلحه|مجموعات مسلحه|(و?ال)?جماعات المسلحه)(?=[\s,،]|$)/;
/** How far before a change of control its subject is looked for. */
const SUBJECT_CHARS = 60;

/** Where a change of control's subject may end: English puts it before the verb, Arabic also right after it (VSO). */
function subjectEnd(text: string, primary: { start: number; end: number }): number {
  if (!/[\u0621-\u064a]/.test(text[primary.start] ?? '')) return primary.end;
  // The verb and the two words after it: "استعاد الثوار السيطرة", "سيطر مسلحون على".
  let at = primary.start;
  for (let words = 0; words < 3 && at < text.length; words++) {
    while (at < text.length && text.charCodeAt(at) !== 32) at++;
    while (at < text.length && text.charCodeAt(at) === 32) at++;
  }
  return Math.max(primary.end, at);
}

function territoryType(context: ArticleContext, draft: Draft, type: SubEventType): SubEventType {
  if (!isTerritory(type)) return type;
  // Who took it decides; failing that, whom it was taken from.
  const named = draft.actor1?.kind ?? null;
  const segment = context.segments[draft.segments[0] ?? -1];
  const from = Math.max(segment?.start ?? 0, draft.primary.start - SUBJECT_CHARS);
  const unnamedGroup =
    named === null &&
    NON_STATE_SUBJECT.test(context.text.slice(from, subjectEnd(context.text, draft.primary)));
  const taker = unnamedGroup ? 'non_state' : named;
  if (taker === 'state') return 'Government regains territory';
  if (taker === 'non_state') return 'Non-state actor overtakes territory';
  const loser = draft.actor2?.kind ?? null;
  if (taker === null && loser === 'non_state') return 'Government regains territory';
  if (taker === null && loser === 'state') return 'Non-state actor overtakes territory';
  return type;
}

export function buildEvent(context: ArticleContext, draft: Draft): ConflictEvent | null {
  if (draft.type === null) return null;
  const { article, normalised } = context;
  const subEventType = territoryType(context, draft, draft.type);
  const sources: SourceSpan[] = draft.segments.map((index) => {
    const segment = context.segments[index];
    const span = toOriginalSpan(normalised, segment?.start ?? 0, segment?.end ?? 0);
    return { article_id: article.id, start: span.start, end: span.end };
  });
  const first = sources[0];
  if (first === undefined) return null;
  const notes = sources.map((source) => article.text.slice(source.start, source.end).trim()).join(' … ');
  const seen = new Set<string>();
  const highlights: Highlight[] = [];
  for (const highlight of draft.highlights) {
    const span = toOriginalSpan(normalised, highlight.start, highlight.end);
    const key = `${highlight.kind}:${span.start}:${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    highlights.push({ kind: highlight.kind, article_id: article.id, start: span.start, end: span.end });
  }
  const killed = combineCasualties(context, draft.killed);
  const injured = combineCasualties(context, draft.injured);
  const place = draft.place;
  const located = place !== null && place.place !== null && place.lat !== null && place.lon !== null;
  const inHeading = draft.segments.every((index) => context.segments[index]?.kind === 'heading');
  const confidence = scoreDraft(draft, inHeading);
  let actor1 = draft.actor1?.name ?? null;
  if (actor1 === null && subEventType === 'Air/drone strike') actor1 = UNIDENTIFIED_MILITARY;
  const actor2 = draft.actor2 !== null && draft.actor2.name !== actor1 ? draft.actor2.name : null;
  return {
    // The events one sentence was split into (one per place or day) are told apart by their place and day.
    id:
      draft.split === null
        ? eventId(article.id, first.start, first.end, subEventType)
        : eventId(
            article.id,
            first.start,
            first.end,
            `${subEventType}\u0000${place?.place?.id ?? ''}\u0000${draft.date?.date ?? ''}`,
          ),
    event_type: eventTypeOf(subEventType),
    sub_event_type: subEventType,
    date: draft.date?.date ?? null,
    time_precision: draft.date?.precision ?? 3,
    location: located ? (place.place?.name_en ?? null) : null,
    place_id: located ? (place.place?.id ?? null) : null,
    admin1: located ? (place.place?.admin1 ?? null) : null,
    latitude: located ? place.lat : null,
    longitude: located ? place.lon : null,
    geo_precision: located
      ? draft.placeFromContext
        ? (Math.max(2, place.geo_precision) as 2 | 3)
        : place.geo_precision
      : null,
    actor1,
    actor2,
    fatalities: killed.low ?? (noDeathsTold(context, draft) ? 0 : null),
    fatalities_high: killed.high,
    injuries: injured.low,
    notes,
    confidence: confidence.value,
    confidence_reasons: confidence.reasons,
    sources,
    highlights,
  };
}
