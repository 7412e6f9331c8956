/**
 * The reduce half of the command line: per-article records (records.ts) in, merged events out in one of the
 * output formats. Used by `marsad merge` on records read from files, and by `marsad extract` on the records its
 * workers make, so both give the same bytes.
 *
 * Memory: articles are written out (JSON) or forgotten as they arrive; events are spilled to one temporary file
 * per sub-event type, each event with the few article fields its export needs. At the end each type is merged on
 * its own (the merge never joins two types, src/pipeline/extract/merge-events.ts) and written to a sorted file, and
 * the sorted files are interleaved by date then id into the output: the same order one merge over everything
 * gives. Only one type's events are in memory at a time.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
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
  private readonly spills = new Map<string, { path: string; stream: WriteStream }>();
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

  /** Takes one article's record: writes the article (JSON output) and spills its events. */
  async add(record: ArticleRecord): Promise<void> {
    this.articles += 1;
    if (this.articleList !== null) await this.articleList.add(jsonArticle(record.article));
    if (record.events.length === 0) return;
    const stored: StoredArticle =
      record.evidence === undefined ? record.article : { ...record.article, evidence: record.evidence };
    for (const event of record.events) {
      this.reports += 1;
      let spill = this.spills.get(event.sub_event_type);
      if (spill === undefined) {
        const path = join(await this.spillFolder(), `reports-${this.spills.size}.jsonl`);
        spill = { path, stream: createWriteStream(path) };
        this.spills.set(event.sub_event_type, spill);
      }
      const line: EventLine = { e: event, a: [stored] };
      await writeLine(spill.stream, `${JSON.stringify(line)}\n`);
    }
  }

  /** Merges each type's reports on its own into a file of merged events sorted by date, then id. */
  private async mergeType(path: string, into: string): Promise<number> {
    const events: ConflictEvent[] = [];
    const articles = new Map<string, StoredArticle>();
    for await (const text of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
      if (text === '') continue;
      const line = JSON.parse(text) as EventLine;
      events.push(line.e);
      for (const article of line.a) if (!articles.has(article.id)) articles.set(article.id, article);
    }
    const merged = mergeEvents(events, { places: this.resources.places });
    const out = createWriteStream(into);
    for (const event of merged) {
      const own: StoredArticle[] = [];
      for (const source of event.sources) {
        const article = articles.get(source.article_id);
        if (article !== undefined && !own.includes(article)) own.push(article);
      }
      await writeLine(out, `${JSON.stringify({ e: event, a: own } satisfies EventLine)}\n`);
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
    for (const type of types) {
      const spill = this.spills.get(type) as { path: string; stream: WriteStream };
      await closeStream(spill.stream);
      const into = join(await this.spillFolder(), `merged-${sortedFiles.length}.jsonl`);
      total += await this.mergeType(spill.path, into);
      await rm(spill.path, { force: true });
      sortedFiles.push(into);
    }
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
    if (this.folder !== null) await rm(this.folder, { recursive: true, force: true });
    this.folder = null;
  }
}
