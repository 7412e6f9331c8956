/**
 * The reduce half of the command line: per-article records (records.ts) in, merged events out in one of the
 * output formats. Used by `marsad merge` on records read from files, and by `marsad extract` on the records its
 * workers make, so both give the same bytes.
 *
 * Memory: articles are written out (JSON) or forgotten as they arrive; events are spilled to one temporary file
 * per sub-event type, and the fields of articles with events (with the slice of text their evidence is in) to
 * another, of which only each id's position is kept. At the end each type is merged on its own (the merge never
 * joins two types, src/pipeline/extract/merge-events.ts), its reports held without their evidence sentences and
 * with repeated texts shared, and written to a sorted file; the sorted files are interleaved by date then id into
 * the output: the same order one merge over everything gives. Only one type's slimmed reports are in memory at a
 * time.
 */
import {
  closeSync,
  createReadStream,
  createWriteStream,
  openSync,
  readSync,
  type WriteStream,
} from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type ExportContext } from '../pipeline/export/acled-record.ts';
import { eventsToCsv } from '../pipeline/export/csv.ts';
import { eventToFeature, RECORD_SEPARATOR } from '../pipeline/export/geojson.ts';
import { outletOf } from '../pipeline/export/outlets.ts';
import { mergeEvents, byDateThenId } from '../pipeline/extract/merge-events.ts';
import type { Article, ConflictEvent } from '../pipeline/types.ts';
import type { ReduceResources } from './data.ts';
import type { Output } from './output.ts';
import type { ArticleRecord, RecordArticle, RecordEvidence } from './records.ts';

export const OUTPUT_FORMATS = ['json', 'jsonl', 'csv', 'geojson', 'geojsonseq'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** An article as an event's export needs it: its fields and the slice of text its evidence is in. */
interface StoredArticle extends RecordArticle {
  evidence?: RecordEvidence;
}

/** A temporary file written line by line, with the byte offset of its end. */
interface Spill {
  path: string;
  stream: WriteStream;
  bytes: number;
}

async function append(spill: Spill, line: string): Promise<[number, number]> {
  const start = spill.bytes;
  const length = Buffer.byteLength(line, 'utf8');
  spill.bytes += length + 1;
  await writeLine(spill.stream, `${line}\n`);
  return [start, length];
}

/** Reads `length` bytes at `offset` of an open file as text. */
function readAt(descriptor: number, offset: number, length: number): string {
  const buffer = Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const got = readSync(descriptor, buffer, read, length - read, offset + read);
    if (got === 0) break;
    read += got;
  }
  return buffer.toString('utf8', 0, read);
}

/**
 * One copy of each short text the events of a type repeat (types, places, actors, dates, article ids, confidence
 * reasons): JSON.parse makes a new string for every occurrence.
 */
class Strings {
  private readonly known = new Map<string, string>();

  of<T extends string | null>(value: T): T {
    if (value === null || value.length > 200) return value;
    const known = this.known.get(value);
    if (known !== undefined) return known as T;
    this.known.set(value, value);
    return value;
  }
}

/**
 * The event with its repeated texts shared and its evidence sentence left in the spill file (`notes` holds where):
 * neither the merge nor the combination of reports reads `notes`, and a combined event keeps one member's.
 */
function slim(event: ConflictEvent, strings: Strings, offset: number, length: number): ConflictEvent {
  event.notes = `${offset}:${length}`;
  event.event_type = strings.of(event.event_type);
  event.sub_event_type = strings.of(event.sub_event_type);
  event.date = strings.of(event.date);
  event.location = strings.of(event.location);
  event.place_id = strings.of(event.place_id);
  event.admin1 = strings.of(event.admin1);
  event.actor1 = strings.of(event.actor1);
  event.actor2 = strings.of(event.actor2);
  event.confidence_reasons = event.confidence_reasons.map((reason) => strings.of(reason));
  for (const source of event.sources) source.article_id = strings.of(source.article_id);
  return event;
}

/** One spilled or merged event and the articles its sources come from. */
interface EventLine {
  e: ConflictEvent;
  a: StoredArticle[];
}

/** The event fields of the JSON and JSON Lines outputs. */
export function jsonEvent(event: ConflictEvent): Record<string, unknown> {
  return {
    id: event.id,
    event_type: event.event_type,
    sub_event_type: event.sub_event_type,
    date: event.date,
    time_precision: event.time_precision,
    location: event.location,
    admin1: event.admin1,
    latitude: event.latitude,
    longitude: event.longitude,
    geo_precision: event.geo_precision,
    actor1: event.actor1,
    actor2: event.actor2,
    fatalities: event.fatalities,
    fatalities_high: event.fatalities_high,
    injuries: event.injuries,
    notes: event.notes,
    confidence: event.confidence,
    confidence_reasons: event.confidence_reasons,
    sources: event.sources,
  };
}

/** The article fields of the JSON output. */
export function jsonArticle(article: RecordArticle): Record<string, unknown> {
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    lang: article.lang,
    source: article.source,
    outlet: outletOf(article).name,
    url: article.url ?? null,
  };
}

/**
 * A list inside the indented JSON document, written item by item exactly as `JSON.stringify(document, null, 2)`
 * writes it at the second level.
 */
class JsonList {
  private count = 0;

  constructor(private readonly output: Output) {}

  async add(value: unknown): Promise<void> {
    const text = JSON.stringify(value, null, 2).replace(/\n/g, '\n    ');
    await this.output.write(`${this.count === 0 ? '[\n' : ',\n'}    ${text}`);
    this.count += 1;
  }

  async close(after: string): Promise<void> {
    await this.output.write(this.count === 0 ? `[]${after}` : `\n  ]${after}`);
  }
}

function dayMilliseconds(day: string | null): number | null {
  if (day === null) return null;
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(time) ? time : null;
}

async function writeLine(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}

async function closeStream(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

export interface ReduceOptions {
  format: OutputFormat;
  /**
   * The export's time: the `timestamp` of events none of whose articles has a publication date (the others take
   * the latest publication day of their articles, so the output does not depend on when it was made).
   */
  now: Date;
}

export class Reducer {
  private folder: string | null = null;
  private readonly spills = new Map<string, Spill>();
  /** The articles with events, one JSON line each, and where each id's line is (offset, length in bytes). */
  private articleSpill: Spill | null = null;
  private readonly articleLines = new Map<string, [number, number]>();
  private articleList: JsonList | null = null;
  /** Articles and the events they reported before the merge. */
  articles = 0;
  reports = 0;

  constructor(
    private readonly output: Output,
    private readonly resources: ReduceResources,
    private readonly options: ReduceOptions,
  ) {}

  /** Writes what comes before the articles: the document's head, the CSV header. */
  async begin(): Promise<void> {
    const { format } = this.options;
    if (format === 'json') {
      await this.output.write('{\n  "articles": ');
      this.articleList = new JsonList(this.output);
    } else if (format === 'csv') await this.output.write(eventsToCsv([], this.context([])));
    else if (format === 'geojson')
      await this.output.write('{\n  "type": "FeatureCollection",\n  "features": ');
  }

  private async spillFolder(): Promise<string> {
    this.folder ??= await mkdtemp(join(tmpdir(), 'marsad-merge-'));
    return this.folder;
  }

  private async newSpill(name: string): Promise<Spill> {
    const path = join(await this.spillFolder(), name);
    return { path, stream: createWriteStream(path), bytes: 0 };
  }

  /** Takes one article's record: writes the article (JSON output) and spills its events. */
  async add(record: ArticleRecord): Promise<void> {
    this.articles += 1;
    if (this.articleList !== null) await this.articleList.add(jsonArticle(record.article));
    if (record.events.length === 0) return;
    const stored: StoredArticle =
      record.evidence === undefined ? record.article : { ...record.article, evidence: record.evidence };
    this.articleSpill ??= await this.newSpill('articles.jsonl');
    this.articleLines.set(stored.id, await append(this.articleSpill, JSON.stringify(stored)));
    for (const event of record.events) {
      this.reports += 1;
      let spill = this.spills.get(event.sub_event_type);
      if (spill === undefined) {
        spill = await this.newSpill(`reports-${this.spills.size}.jsonl`);
        this.spills.set(event.sub_event_type, spill);
      }
      await append(spill, JSON.stringify(event));
    }
  }

  /**
   * Merges one type's reports into a file of merged events sorted by date, then id, each with its articles. The
   * reports are held slimmed (`slim`); evidence sentences and articles are read back from the spill files.
   */
  private async mergeType(path: string, into: string, articles: number): Promise<number> {
    const events: ConflictEvent[] = [];
    const strings = new Strings();
    let offset = 0;
    for await (const text of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
      const length = Buffer.byteLength(text, 'utf8');
      if (text !== '') events.push(slim(JSON.parse(text) as ConflictEvent, strings, offset, length));
      offset += length + 1;
    }
    const merged = mergeEvents(events, { places: this.resources.places });
    events.length = 0;
    const reports = openSync(path, 'r');
    const out = createWriteStream(into);
    try {
      for (const event of merged) {
        const [at, length] = event.notes.split(':').map(Number) as [number, number];
        event.notes = (JSON.parse(readAt(reports, at, length)) as ConflictEvent).notes;
        const own: StoredArticle[] = [];
        const seen = new Set<string>();
        for (const source of event.sources) {
          const where = this.articleLines.get(source.article_id);
          if (where === undefined || seen.has(source.article_id)) continue;
          seen.add(source.article_id);
          own.push(JSON.parse(readAt(articles, where[0], where[1])) as StoredArticle);
        }
        await writeLine(out, `${JSON.stringify({ e: event, a: own } satisfies EventLine)}\n`);
      }
    } finally {
      closeSync(reports);
    }
    await closeStream(out);
    return merged.length;
  }

  /** The export context of one event: its articles (with their evidence in place) and its time. */
  private context(articles: readonly StoredArticle[], event?: ConflictEvent): ExportContext {
    const map = new Map<string, Article>();
    let latest: number | null = null;
    for (const stored of articles) {
      const { evidence, ...fields } = stored;
      const text = evidence === undefined ? '' : ' '.repeat(evidence.start) + evidence.text;
      map.set(stored.id, { ...fields, text });
      const time = dayMilliseconds(stored.published);
      if (time !== null && (latest === null || time > latest)) latest = time;
    }
    const context: ExportContext = {
      articles: map,
      gazetteer: this.resources.exportGazetteer,
      now: this.options.now,
    };
    if (event !== undefined && latest !== null) context.modifiedAt = new Map([[event.id, latest]]);
    return context;
  }

  private csvHeaderLength = -1;

  private async writeEvent(line: EventLine, events: JsonList | null): Promise<void> {
    const { format } = this.options;
    const event = line.e;
    if (format === 'json') await (events as JsonList).add(jsonEvent(event));
    else if (format === 'jsonl') await this.output.write(`${JSON.stringify(jsonEvent(event))}\n`);
    else if (format === 'csv') {
      const text = eventsToCsv([event], this.context(line.a, event));
      if (this.csvHeaderLength < 0) this.csvHeaderLength = eventsToCsv([], this.context([])).length;
      await this.output.write(text.slice(this.csvHeaderLength));
    } else {
      const feature = eventToFeature(event, this.context(line.a, event));
      if (feature === null) return;
      if (format === 'geojson') await (events as JsonList).add(feature);
      else await this.output.write(`${RECORD_SEPARATOR}${JSON.stringify(feature)}\n`);
    }
  }

  /** Merges, writes the events and the document's end. Returns the number of events written. */
  async finish(): Promise<number> {
    const { format } = this.options;
    if (this.articleList !== null) await this.articleList.close(',\n  "events": ');
    const sortedFiles: string[] = [];
    let total = 0;
    // Types in a fixed order (the output's order does not depend on it: events are interleaved by date and id).
    const types = [...this.spills.keys()].sort();
    if (this.articleSpill !== null) await closeStream(this.articleSpill.stream);
    const articles = this.articleSpill === null ? -1 : openSync(this.articleSpill.path, 'r');
    try {
      for (const type of types) {
        const spill = this.spills.get(type) as Spill;
        await closeStream(spill.stream);
        const into = join(await this.spillFolder(), `merged-${sortedFiles.length}.jsonl`);
        total += await this.mergeType(spill.path, into, articles);
        await rm(spill.path, { force: true });
        sortedFiles.push(into);
      }
    } finally {
      if (articles >= 0) closeSync(articles);
    }
    this.articleLines.clear();
    const list = format === 'json' || format === 'geojson' ? new JsonList(this.output) : null;
    await this.interleave(sortedFiles, list);
    if (list !== null) await list.close('\n}\n');
    await this.output.end();
    return total;
  }

  /** Writes the events of the sorted files in one order: by date (undated first), then id. */
  private async interleave(files: readonly string[], list: JsonList | null): Promise<void> {
    const readers = files.map((file) =>
      createInterface({ input: createReadStream(file), crlfDelay: Infinity })[Symbol.asyncIterator](),
    );
    const heads: (EventLine | null)[] = [];
    const advance = async (index: number): Promise<void> => {
      const next = await (readers[index] as AsyncIterator<string>).next();
      heads[index] = next.done === true ? null : (JSON.parse(next.value) as EventLine);
    };
    for (let index = 0; index < readers.length; index++) await advance(index);
    for (;;) {
      let best = -1;
      for (let index = 0; index < heads.length; index++) {
        const head = heads[index];
        if (head === null || head === undefined) continue;
        if (best < 0 || byDateThenId(head.e, (heads[best] as EventLine).e) < 0) best = index;
      }
      if (best < 0) break;
      await this.writeEvent(heads[best] as EventLine, list);
      await advance(best);
    }
  }

  /** Removes the temporary files. */
  async dispose(): Promise<void> {
    for (const spill of this.spills.values()) spill.stream.destroy();
    this.articleSpill?.stream.destroy();
    if (this.folder !== null) await rm(this.folder, { recursive: true, force: true });
    this.folder = null;
  }
}
