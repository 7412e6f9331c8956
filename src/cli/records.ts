/**
 * The per-article record `marsad extract --no-merge` writes and `marsad merge` reads: one JSON object per line,
 *
 *   {"article":{"id","title","published","lang","source","url"?},"evidence":{"start","text"}?,"events":[…]}
 *
 * `events` are the article's own events before the cross-article merge (every field the merge and the exports
 * read; the reader's highlight offsets are left out, no output of the CLI carries them). `evidence` is the slice
 * of the article's text its events' sources point into (from the first source's start to the last one's end),
 * so a GeoJSON export can quote the evidence without the whole text travelling to the reducer.
 */
import { extractArticle, type ExtractionResources } from '../pipeline/extract/index.ts';
import type { Article, ConflictEvent, Diagnostic } from '../pipeline/types.ts';

/** An article as the record carries it: everything but the text. */
export interface RecordArticle {
  id: string;
  title: string;
  published: string | null;
  lang: Article['lang'];
  source: string;
  url?: string;
}

export interface RecordEvidence {
  start: number;
  text: string;
}

export interface ArticleRecord {
  article: RecordArticle;
  evidence?: RecordEvidence;
  events: ConflictEvent[];
}

/** One article extracted: its record as one line of JSON (no line break), and what went wrong. */
export interface ExtractedLine {
  line: string;
  events: number;
  diagnostics: Diagnostic[];
}

function recordArticle(article: Article): RecordArticle {
  const light: RecordArticle = {
    id: article.id,
    title: article.title,
    published: article.published,
    lang: article.lang,
    source: article.source,
  };
  if (article.url !== undefined) light.url = article.url;
  return light;
}

function withoutHighlights(event: ConflictEvent): ConflictEvent {
  const { highlights: _dropped, ...rest } = event;
  return { ...rest, highlights: [] };
}

/** The part of the text the events' sources point into, or undefined when there are no events. */
function evidenceOf(article: Article, events: readonly ConflictEvent[]): RecordEvidence | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    for (const span of event.sources) {
      if (span.article_id !== article.id) continue;
      if (span.start < start) start = span.start;
      if (span.end > end) end = span.end;
    }
  }
  if (!(end > start)) return undefined;
  return { start, text: article.text.slice(start, end) };
}

/** Extracts one article into its record line. Never throws: a failure is an article with no events. */
export function extractToLine(article: Article, resources: ExtractionResources): ExtractedLine {
  let events: ConflictEvent[] = [];
  const diagnostics: Diagnostic[] = [];
  try {
    const extraction = extractArticle(article, resources);
    events = extraction.events.map(withoutHighlights);
    for (const diagnostic of extraction.diagnostics)
      if (diagnostic.severity === 'error') diagnostics.push(diagnostic);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    diagnostics.push({
      severity: 'error',
      code: 'extraction-failed',
      message: `${article.id}: extraction failed (${reason})`,
      article_id: article.id,
    });
  }
  // Keys in the documented order: article, evidence (when there are events), events.
  const evidence = evidenceOf(article, events);
  const record: ArticleRecord =
    evidence === undefined
      ? { article: recordArticle(article), events }
      : { article: recordArticle(article), evidence, events };
  return { line: JSON.stringify(record), events: events.length, diagnostics };
}

/** A real day written YYYY-MM-DD. */
function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(text);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads one record line, or says what is wrong with it. Only what the merge relies on is checked (an article
 * with an id, a list of events each with an id, a sub-event type, sources and a date it can read); the other
 * values are the extractor's.
 */
export function parseRecord(line: string): ArticleRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `malformed JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (!isObject(value)) return 'expected a record object {"article", "events"}';
  const { article, events, evidence } = value;
  if (!isObject(article) || typeof article['id'] !== 'string')
    return 'the record has no "article" with an "id" (is this the output of `marsad extract --no-merge`?)';
  if (!Array.isArray(events)) return 'the record has no "events" list';
  for (const event of events) {
    if (
      !isObject(event) ||
      typeof event['id'] !== 'string' ||
      typeof event['sub_event_type'] !== 'string' ||
      !Array.isArray(event['sources'])
    )
      return 'an event lacks an id, a sub_event_type or its sources';
    // The merge files reports by day: a date it cannot read would leave a report out of every comparison.
    const date = event['date'];
    if (
      (date !== null && (typeof date !== 'string' || !isDay(date))) ||
      (event['time_precision'] !== 1 && event['time_precision'] !== 2 && event['time_precision'] !== 3)
    )
      return `event ${event['id']} has no readable date (a day as YYYY-MM-DD or null, and a time_precision of 1, 2 or 3)`;
  }
  if (
    evidence !== undefined &&
    (!isObject(evidence) || typeof evidence['start'] !== 'number' || typeof evidence['text'] !== 'string')
  )
    return 'the record\'s "evidence" is not {"start", "text"}';
  return value as unknown as ArticleRecord;
}
