/**
 * One event as an ACLED row (plus Marsad's columns), with typed values: the CSV writes it as text, the GeoJSON as
 * feature properties. What ACLED defines, Marsad fills the way ACLED does; where Marsad knows less than ACLED asks
 * for, the choice is stated here and flagged in `tags`:
 * - fatalities: the reported count; 0 where the text says none; unknown (Marsad's null) is written 0, as ACLED does
 *   when no number is reported, and tagged "fatalities unknown" (the exact number stays blank in no column:
 *   `fatalities_high` is blank too); a range keeps its low end here, the high end in `fatalities_high`, tagged
 *   "fatalities range L-H";
 * - place: an event with no place keeps blank coordinates (never a made-up point), tagged "location unknown";
 *   precision 2 and 3 are tagged "geo approximate" and "geo region";
 * - date: an undated event keeps a blank date and year, tagged "date unknown";
 * - timestamp: when the event was last changed (a correction, or the article's arrival), else the export's time.
 */
import { ACLED_COLUMNS, LIBYA, MARSAD_COLUMNS, type ExportColumn } from './acled-columns.ts';
import { interCode, interactionCode } from './actor-codes.ts';
import { adminAreas, arabicDistrictName, arabicPlaceName, type ExportGazetteer } from './admin-areas.ts';
import { acledEventId } from './event-ids.ts';
import { arabicNote, englishNote, type NoteSource } from './event-notes.ts';
import { outletOf } from './outlets.ts';
import { exportableEvent } from './safe-event.ts';
import type { Article, ConflictEvent } from '../types.ts';

export interface ExportContext {
  /** The articles the events come from (outlet, address, language, title, date). */
  articles?: readonly Article[] | ReadonlyMap<string, Article>;
  /** The gazetteer, for admin areas and Arabic place names; without it admin2 stays blank. */
  gazetteer?: ExportGazetteer;
  /** When each event was last changed, in milliseconds since 1970, by event id. */
  modifiedAt?: ReadonlyMap<string, number>;
  /** The export's time: the timestamp of events with no change time. */
  now?: Date;
  /** Add the Arabic note (column `notes_ar`), for an Arabic interface. */
  arabicNotes?: boolean;
}

export type CellValue = string | number | null;
export type ExportRecord = Record<ExportColumn, CellValue>;

/** The ordered columns of an export with these options. */
export function exportColumns(context: ExportContext = {}): ExportColumn[] {
  return [
    ...ACLED_COLUMNS,
    ...MARSAD_COLUMNS,
    ...(context.arabicNotes === true ? (['notes_ar'] as const) : []),
  ];
}

export function articleMap(context: ExportContext): ReadonlyMap<string, Article> {
  const { articles } = context;
  if (articles === undefined) return new Map();
  if (articles instanceof Map) return articles;
  return new Map((articles as readonly Article[]).map((article) => [article.id, article]));
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))];
}

const SCALE_ORDER = [
  'Local partner',
  'Subnational',
  'National',
  'Regional',
  'International',
  'New media',
  'Other',
];

function tagsOf(event: ConflictEvent): string[] {
  const tags: string[] = [];
  if (event.fatalities === null) tags.push('fatalities unknown');
  else if (event.fatalities_high !== null && event.fatalities_high > event.fatalities)
    tags.push(`fatalities range ${event.fatalities}-${event.fatalities_high}`);
  if (event.latitude === null || event.longitude === null) tags.push('location unknown');
  else if (event.geo_precision === 2) tags.push('geo approximate');
  else if (event.geo_precision === 3) tags.push('geo region');
  if (event.date === null) tags.push('date unknown');
  if ((event.corrected ?? []).length > 0) tags.push('user corrected');
  return tags;
}

export function eventToRecord(
  given: ConflictEvent,
  articles: ReadonlyMap<string, Article>,
  context: ExportContext = {},
): ExportRecord {
  const event = exportableEvent(given);
  const sources: NoteSource[] = [];
  const urls: string[] = [];
  const scales: string[] = [];
  for (const span of event.sources) {
    const article = articles.get(span.article_id);
    if (article === undefined) continue;
    const outlet = outletOf(article);
    sources.push({ outlet: outlet.name, outletAr: outlet.nameAr, lang: article.lang });
    if (outlet.scale !== null) scales.push(outlet.scale);
    if (article.url !== undefined && article.url !== '') urls.push(article.url);
  }
  const areas = adminAreas(event, context.gazetteer);
  const inter1 = interCode(event.actor1);
  const inter2 = interCode(event.actor2);
  const names = {
    admin1: areas.admin1,
    placeAr: arabicPlaceName(event, context.gazetteer),
    admin1Ar: arabicDistrictName(areas.admin1, context.gazetteer),
  };
  const changed = context.modifiedAt?.get(event.id) ?? (context.now ?? new Date()).getTime();
  const scaleText = distinct(scales)
    .sort((a, b) => SCALE_ORDER.indexOf(a) - SCALE_ORDER.indexOf(b))
    .join('-');
  const record: ExportRecord = {
    event_id_cnty: acledEventId(event.id),
    event_date: event.date,
    year: event.date === null ? null : Number(event.date.slice(0, 4)),
    time_precision: event.time_precision,
    disorder_type: 'Political violence',
    event_type: event.event_type,
    sub_event_type: event.sub_event_type,
    actor1: event.actor1,
    assoc_actor_1: null,
    inter1,
    actor2: event.actor2,
    assoc_actor_2: null,
    inter2,
    interaction: interactionCode(inter1, inter2),
    civilian_targeting: inter2 === 7 && event.event_type !== 'Battles' ? 'Civilian targeting' : null,
    iso: LIBYA.iso,
    region: LIBYA.region,
    country: LIBYA.country,
    admin1: areas.admin1,
    admin2: areas.admin2,
    admin3: areas.admin3,
    location: event.location,
    latitude: event.latitude,
    longitude: event.longitude,
    geo_precision: event.geo_precision,
    source: distinct(sources.map((source) => source.outlet)).join('; '),
    source_scale: scaleText === '' ? null : scaleText,
    notes: englishNote(event, names, sources),
    fatalities: event.fatalities ?? 0,
    tags: tagsOf(event).join('; ') || null,
    timestamp: Math.floor(changed / 1000),
    fatalities_high: event.fatalities_high,
    injuries: event.injuries,
    confidence: Math.round(event.confidence * 100) / 100,
    user_corrected: (event.corrected ?? []).join(' ') || null,
    source_url: distinct(urls).join('; ') || null,
    evidence: event.notes,
    marsad_id: event.id,
    notes_ar: context.arabicNotes === true ? arabicNote(event, names, sources) : null,
  };
  return record;
}
