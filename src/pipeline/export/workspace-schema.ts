/**
 * The one schema of Marsad's JSON inputs: the workspace file (articles with their extraction, and corrections) and
 * the records inside it. Each record is checked on its own: an invalid one is set aside with a message naming the
 * record and the field, and the others are kept. Fields an older file may lack that can be empty (a place, an
 * actor, a toll) read as null; a value of the wrong type or out of range (a latitude of 400, an actor that is an
 * object, `sources: [null]`) is refused. Valibot keeps this small; this module is loaded only when a file is read.
 */
import * as v from 'valibot';
import type { Article, ConflictEvent, Diagnostic } from '../types.ts';
import type { EventCorrection } from '../../corrections/correction-types.ts';

const text = v.string();
const nullableText = v.optional(v.nullable(v.string()), null);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const nullableCount = v.optional(v.nullable(count), null);
const precision = v.picklist([1, 2, 3]);
const latitude = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));
const longitude = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a day written YYYY-MM-DD'));

export const EVENT_TYPES = ['Explosions/Remote violence', 'Battles'] as const;
export const SUB_EVENT_TYPES = [
  'Air/drone strike',
  'Shelling/artillery/missile attack',
  'Remote explosive/landmine/IED',
  'Suicide bomb',
  'Armed clash',
  'Government regains territory',
  'Non-state actor overtakes territory',
] as const;

const span = v.object({ article_id: text, start: count, end: count });

export const ArticleSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  title: v.optional(v.string(), ''),
  published: v.optional(v.nullable(day), null),
  lang: v.picklist(['ar', 'en', 'other']),
  source: v.optional(v.string(), ''),
  url: v.optional(v.string()),
  text,
});

export const EventSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  event_type: v.picklist(EVENT_TYPES),
  sub_event_type: v.picklist(SUB_EVENT_TYPES),
  date: v.optional(v.nullable(day), null),
  time_precision: precision,
  location: nullableText,
  place_id: nullableText,
  admin1: nullableText,
  latitude: v.optional(v.nullable(latitude), null),
  longitude: v.optional(v.nullable(longitude), null),
  geo_precision: v.optional(v.nullable(precision), null),
  actor1: nullableText,
  actor2: nullableText,
  fatalities: nullableCount,
  fatalities_high: nullableCount,
  injuries: nullableCount,
  notes: v.optional(v.string(), ''),
  confidence: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.5),
  confidence_reasons: v.optional(v.array(v.string()), []),
  sources: v.pipe(v.array(span), v.minLength(1)),
  highlights: v.optional(
    v.array(v.object({ ...span.entries, kind: v.picklist(['trigger', 'place', 'date', 'actor', 'number']) })),
    [],
  ),
  corrected: v.optional(v.array(v.string())),
  incident: v.optional(
    v.object({
      reports: count,
      place: v.picklist(['same-place', 'contained', 'nearby', 'unlocated', 'apart']),
      place_name: nullableText,
      day_span: count,
      by_user: v.optional(v.literal(true)),
    }),
  ),
});

const diagnostic = v.object({
  severity: v.picklist(['error', 'warning', 'info']),
  code: v.string(),
  message: v.string(),
  file: v.optional(v.string()),
  article_id: v.optional(v.string()),
});

export const WorkspaceArticleSchema = v.object({
  article: ArticleSchema,
  extraction: v.object({
    article_id: v.optional(v.string()),
    events: v.array(EventSchema),
    summaries: v.optional(v.array(v.string()), []),
    diagnostics: v.optional(v.array(diagnostic), []),
  }),
  bundled: v.optional(v.boolean(), false),
  added_at: v.pipe(v.number(), v.finite()),
});

/** The fields an edit may set, each with the event's own rule (null clears a nullable field). */
const patch = v.strictObject({
  event_type: v.optional(v.picklist(EVENT_TYPES)),
  sub_event_type: v.optional(v.picklist(SUB_EVENT_TYPES)),
  date: v.optional(v.nullable(day)),
  time_precision: v.optional(precision),
  location: v.optional(v.nullable(v.string())),
  place_id: v.optional(v.nullable(v.string())),
  admin1: v.optional(v.nullable(v.string())),
  latitude: v.optional(v.nullable(latitude)),
  longitude: v.optional(v.nullable(longitude)),
  geo_precision: v.optional(v.nullable(precision)),
  actor1: v.optional(v.nullable(v.string())),
  actor2: v.optional(v.nullable(v.string())),
  fatalities: v.optional(v.nullable(count)),
  fatalities_high: v.optional(v.nullable(count)),
});

const eventId = v.pipe(v.string(), v.minLength(1));
const updatedAt = v.pipe(v.number(), v.finite());

export const CorrectionSchema = v.variant('kind', [
  v.object({ kind: v.literal('edit'), event_id: eventId, fields: patch, updatedAt }),
  v.object({ kind: v.literal('not-event'), event_id: eventId, updatedAt }),
  v.object({ kind: v.literal('added'), event_id: eventId, event: EventSchema, updatedAt }),
  v.object({
    kind: v.picklist(['split', 'merge']),
    event_id: eventId,
    members: v.pipe(v.array(eventId), v.minLength(2)),
    updatedAt,
  }),
]);

export type WorkspaceArticleInput = v.InferOutput<typeof WorkspaceArticleSchema>;

/** A record set aside, with why. */
export interface SetAside {
  /** "article 3 (id r7)", "correction 2 (event 0f…)". */
  record: string;
  /** "extraction.events.1.latitude: Invalid value: Expected <=90 but received 400". */
  problem: string;
}

function problemOf(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'malformed';
  const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

function idOf(value: unknown, ...keys: string[]): string | null {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return null;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' ? current : null;
}

/** Checks each record on its own: the valid ones, and the others set aside with their problem. */
function checkEach<T>(
  values: readonly unknown[],
  schema: v.GenericSchema<unknown, T>,
  name: (value: unknown, index: number) => string,
): { valid: T[]; setAside: SetAside[] } {
  const valid: T[] = [];
  const setAside: SetAside[] = [];
  values.forEach((value, index) => {
    const result = v.safeParse(schema, value);
    if (result.success) valid.push(result.output);
    else setAside.push({ record: name(value, index), problem: problemOf(result.issues) });
  });
  return { valid, setAside };
}

export interface CheckedWorkspace {
  articles: {
    article: Article;
    extraction: { events: ConflictEvent[]; summaries: string[]; diagnostics: Diagnostic[] };
    bundled: boolean;
    added_at: number;
  }[];
  corrections: EventCorrection[];
  setAside: SetAside[];
}

/** The articles and corrections of a parsed workspace file, each checked on its own. */
export function checkWorkspaceRecords(
  articles: readonly unknown[],
  corrections: readonly unknown[],
): CheckedWorkspace {
  const checkedArticles = checkEach(articles, WorkspaceArticleSchema, (value, index) => {
    const id = idOf(value, 'article', 'id');
    return `article ${index + 1}${id === null ? '' : ` (id ${id})`}`;
  });
  const checkedCorrections = checkEach(corrections, CorrectionSchema, (value, index) => {
    const id = idOf(value, 'event_id');
    return `correction ${index + 1}${id === null ? '' : ` (event ${id})`}`;
  });
  return {
    articles: checkedArticles.valid as unknown as CheckedWorkspace['articles'],
    corrections: checkedCorrections.valid as EventCorrection[],
    setAside: [...checkedArticles.setAside, ...checkedCorrections.setAside],
  };
}
