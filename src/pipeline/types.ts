/**
 * The shapes that flow through Marsad, from article text to coded events.
 * Plain data only: everything here can cross a worker boundary and be stored in IndexedDB.
 * Field names of events follow ACLED's where ACLED has one (see shared/spec/events.md).
 */

export type Language = 'ar' | 'en' | 'other';

/** One news article as the pipeline sees it. `text` is kept exactly as given. */
export interface Article {
  id: string;
  title: string;
  /** ISO day (YYYY-MM-DD) of publication, or null when unknown. */
  published: string | null;
  lang: Language;
  source: string;
  url?: string;
  text: string;
}

export type EventType = 'Explosions/Remote violence' | 'Battles';

export type SubEventType =
  | 'Air/drone strike'
  | 'Shelling/artillery/missile attack'
  | 'Remote explosive/landmine/IED'
  | 'Suicide bomb'
  | 'Armed clash'
  | 'Government regains territory'
  | 'Non-state actor overtakes territory';

/** 1 = the day is known, 2 = only the week, 3 = only the month (or vaguer). */
export type TimePrecision = 1 | 2 | 3;

/** 1 = the place itself, 2 = near a place or taken from context, 3 = only a region. */
export type GeoPrecision = 1 | 2 | 3;

/** Character offsets into an article's original `text` (half-open: [start, end)). */
export interface SourceSpan {
  article_id: string;
  start: number;
  end: number;
}

/** A marked argument inside the evidence, for highlighting in the reader. */
export interface Highlight {
  kind: 'trigger' | 'place' | 'date' | 'actor' | 'number';
  article_id: string;
  start: number;
  end: number;
}

export interface ConflictEvent {
  id: string;
  event_type: EventType;
  sub_event_type: SubEventType;
  /** ISO day; with precision 2 or 3 the latest day the text allows. Null when no date can be known. */
  date: string | null;
  time_precision: TimePrecision;
  location: string | null;
  place_id: string | null;
  admin1: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: GeoPrecision | null;
  actor1: string | null;
  actor2: string | null;
  /** Best (low) count of dead; null = unknown (never 0 for "heavy losses"). */
  fatalities: number | null;
  /** High count where sources or accounts disagree; null when there is no range. */
  fatalities_high: number | null;
  injuries: number | null;
  /** The evidence sentence(s), as they read in the article. */
  notes: string;
  /** 0..1 */
  confidence: number;
  confidence_reasons: string[];
  sources: SourceSpan[];
  highlights: Highlight[];
  /** Fields a user corrected ('added' for an event the user made); absent for the machine's own events. */
  corrected?: string[];
  /** Set when the event combines reports from two or more articles: why they were judged one incident. */
  incident?: IncidentSummary;
}

/**
 * How the reports combined into one event relate (language-neutral; the views word it). `place` is the loosest
 * relation of any report to the event's place: the same gazetteer place, a place inside it (or containing it), a
 * point within a few km, a report with no place, or, only when a user merged the reports, places apart.
 */
export interface IncidentSummary {
  /** Distinct articles reporting it. */
  reports: number;
  place: 'same-place' | 'contained' | 'nearby' | 'unlocated' | 'apart';
  /** The event's place name, or null when unlocated. */
  place_name: string | null;
  /** Days between the earliest and the latest report's date (0 = same day). */
  day_span: number;
  /** The user merged these reports by hand (a correction), whatever the machine judged. */
  by_user?: true;
}

/** A problem found while reading or processing input: failures are values, never thrown across boundaries. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  file?: string;
  article_id?: string;
}

/** What the extractor returns for one article. */
export interface ArticleExtraction {
  article_id: string;
  events: ConflictEvent[];
  /** Running totals and summaries found in the text ("US strikes killed at least 43 in two weeks"). */
  summaries: string[];
  diagnostics: Diagnostic[];
}
