/**
 * The columns of an ACLED export, in ACLED's order and spelling (the 31 columns of ACLED's data export since its
 * March 2023 column change), then Marsad's own columns after them, so a tool that reads ACLED files by position
 * reads a Marsad export the same way.
 */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

/** Marsad's columns after ACLED's: what ACLED has no column for, and the link back to the evidence. */
export const MARSAD_COLUMNS = [
  'fatalities_high',
  'injuries',
  'confidence',
  'user_corrected',
  'source_url',
  'evidence',
  'marsad_id',
] as const;

/** Written last, and only when the interface is Arabic: the note in Arabic. */
export const ARABIC_NOTES_COLUMN = 'notes_ar';

export type AcledColumn = (typeof ACLED_COLUMNS)[number];
export type MarsadColumn = (typeof MARSAD_COLUMNS)[number];
export type ExportColumn = AcledColumn | MarsadColumn | typeof ARABIC_NOTES_COLUMN;

/** Libya in ACLED: ISO 3166-1 numeric code and ACLED's region name. */
export const LIBYA = { iso: 434, region: 'Northern Africa', country: 'Libya', prefix: 'LBY' } as const;
