/**
 * Events of a reference dataset (an ACLED export or a UCDP GED file the user downloaded), read into one shape so
 * they can be drawn, filtered by the timeline and matched to Marsad's events. Plain data: it crosses the worker.
 */
export type ReferenceDataset = 'ACLED' | 'UCDP';

export interface ReferenceEvent {
  /** The dataset's own id (ACLED's event_id_cnty, UCDP's id). */
  id: string;
  dataset: ReferenceDataset;
  /** First and last day the event may have happened on (ISO days; the same for an exact day). */
  first: string;
  last: string;
  /** ACLED's event and sub-event type; for UCDP the type of violence ("State-based conflict", …). */
  event_type: string;
  sub_event_type: string | null;
  actor1: string | null;
  actor2: string | null;
  location: string | null;
  admin1: string | null;
  latitude: number | null;
  longitude: number | null;
  /** 1 = the place itself, 2 = near it, 3 = only a region (UCDP's finer codes folded into these three). */
  geo_precision: 1 | 2 | 3;
  fatalities: number | null;
  fatalities_high: number | null;
  notes: string;
  source: string;
}

export interface ReferenceParse {
  dataset: ReferenceDataset | null;
  events: ReferenceEvent[];
  /** Rows of event types Marsad does not code (protests, riots, strategic developments). */
  skippedTypes: number;
  /** Rows that could not be read (no date, no id). */
  unreadable: number;
  /** Why nothing could be read, when that is so. */
  failure?: string;
}
