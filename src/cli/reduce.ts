/**
 * The reduce half of the command line: per-article records (records.ts) in, merged events out in one of the
 * output formats. Used by `marsad merge` on records read from files, and by `marsad extract` on the records its
 * workers make, so both give the same bytes.
 *
 * Memory stays bounded whatever the archive's length: articles are written out (JSON) or forgotten as they
 * arrive, those with events spilled once to a temporary file; each report is spilled, with where its article is,
 * to a temporary file of its sub-event type, kind (precise, coarse, undated; grouping.ts) and 128-day span of its
 * date. At the end each type is merged on its own (the merge never joins two types) by the two sweeps of
 * grouping.ts, one span's file read at a time; the events are written to sorted runs of bounded size, and the
 * runs interleaved by date then id into the output: the events and the order of one `mergeEvents` over
 * everything. Only undated reports (compared with each other whatever their number) are held all at once, per
 * type; articles are read back by position only for the formats that quote them (CSV, GeoJSON).
 */
import {
  appendFileSync,
  closeSync,
  createReadStream,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type ExportContext } from '../pipeline/export/acled-record.ts';
import { eventsToCsv } from '../pipeline/export/csv.ts';
import { eventToFeature, RECORD_SEPARATOR } from '../pipeline/export/geojson.ts';
import { outletOf } from '../pipeline/export/outlets.ts';
import type { DateWindow } from '../pipeline/extract/incident-compatibility.ts';
import type { Article, ConflictEvent } from '../pipeline/types.ts';
import type { ReduceResources } from './data.ts';
import {
  compareReports,
  CoarseSweep,
  eventOf,
  isCoarse,
  PreciseSweep,
  Relations,
  reportOf,
  windowOf,
  type Group,
  type Item,
  type Report,
} from './grouping.ts';
import type { Output } from './output.ts';
import type { ArticleRecord, RecordArticle, RecordEvidence } from './records.ts';

export const OUTPUT_FORMATS = ['json', 'jsonl', 'csv', 'geojson', 'geojsonseq'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** An article as an event's export needs it: its fields and the slice of text its evidence is in. */
interface StoredArticle extends RecordArticle {
  evidence?: RecordEvidence;
}

/** Where an article's line is in the articles' temporary file: offset and length in bytes. */
type Position = [number, number];

/** A merged event and where the articles its sources come from are. */
interface EventLine {
  e: ConflictEvent;
  p: Position[];
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

export interface ReduceOptions {
  format: OutputFormat;
  /**
   * The export's time: the `timestamp` of events none of whose articles has a publication date (the others take
   * the latest publication day of their articles, so the output does not depend on when it was made).
   */
  now: Date;
  /** Text of merged events sorted in memory at a time (default 4 M characters); smaller makes more runs. */
  runCharacters?: number;
}

/** A spilled report: its event, its place in the merge's input, its article's id and where the article is. */
interface SpilledItem extends Item {
  article: string;
  at: Position;
}

interface SpilledLine {
  s: number;
  i: string;
  p: Position;
  e: ConflictEvent;
}

function itemOf(line: string): SpilledItem {
  const { s, i, p, e } = JSON.parse(line) as SpilledLine;
  return { seq: s, event: e, article: i, at: p };
}

/**
 * The articles with events, one JSON line each in a temporary file, read back by position (the position travels
 * with each report, so nothing here grows with the archive).
 */
class ArticleFile {
  private readonly descriptor: number;
  private bytes = 0;
  private pending: string[] = [];
  private pendingCharacters = 0;

  constructor(path: string) {
    this.descriptor = openSync(path, 'w+');
  }

  add(text: string): Position {
    const at: Position = [this.bytes, Buffer.byteLength(text, 'utf8')];
    this.bytes += at[1] + 1;
    this.pending.push(text);
    this.pendingCharacters += text.length + 1;
    if (this.pendingCharacters > 1 << 20) this.flush();
    return at;
  }

  flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.descriptor, `${this.pending.join('\n')}\n`);
    this.pending = [];
    this.pendingCharacters = 0;
  }

  read([offset, length]: Position): StoredArticle {
    const buffer = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const got = readSync(this.descriptor, buffer, read, length - read, offset + read);
      if (got === 0) break;
      read += got;
    }
    return JSON.parse(buffer.toString('utf8', 0, read)) as StoredArticle;
  }

  close(): void {
    closeSync(this.descriptor);
  }
}

/** Days per spill file of one type and kind. */
const BUCKET_DAYS = 128;
/** Text held for the spill files before it is written out. */
const PENDING_BYTES = 16 << 20;
/** Text of merged events held before it is sorted and written as a run. */
const RUN_CHARACTERS = 4 << 20;

/** The precise, coarse and undated reports of one type, each kind in files by month. */
interface TypeBuckets {
  precise: Map<number, string>;
  coarse: Map<number, string>;
  undated: string | null;
}

/** Lines appended to many temporary files, written out in batches (few files open, bounded memory). */
class Batches {
  private readonly pending = new Map<string, string[]>();
  private bytes = 0;

  add(path: string, line: string): void {
    let lines = this.pending.get(path);
    if (lines === undefined) this.pending.set(path, (lines = []));
    lines.push(line);
    this.bytes += line.length + 1;
    if (this.bytes > PENDING_BYTES) this.flush();
  }

  flush(): void {
    for (const [path, lines] of this.pending) appendFileSync(path, `${lines.join('\n')}\n`);
    this.pending.clear();
    this.bytes = 0;
  }
}

/** The lines of a file, read as they stream, one at a time on demand. */
class LineReader {
  private readonly lines: AsyncIterator<string>;

  constructor(path: string) {
    this.lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity })[
      Symbol.asyncIterator
    ]();
  }

  async next(): Promise<string | null> {
    for (;;) {
      const next = await this.lines.next();
      if (next.done === true) return null;
      if (next.value !== '') return next.value;
    }
  }
}

/** A merged event in a run, with the keys of its place in the output. */
interface RunLine extends EventLine {
  /** Its type's place among the types (by name) and its group's place among the type's. */
  t: number;
  o: number;
}

interface Keyed {
  date: string;
  id: string;
  type: number;
  order: number;
}

/**
 * The output's order: by date (undated first), then id; events with the same date and id (rare: the same report
 * in two articles) as one `mergeEvents` lists them, by type (by name), then in the order their groups were formed.
 */
function before(a: Keyed, b: Keyed): boolean {
  if (a.date !== b.date) return a.date < b.date;
  if (a.id !== b.id) return a.id < b.id;
  if (a.type !== b.type) return a.type < b.type;
  return a.order < b.order;
}

/** One run's head in the final interleaving. */
interface Head extends Keyed {
  line: EventLine;
  run: number;
}

export class Reducer {
  private folder: string | null = null;
  private readonly batches = new Batches();
  private readonly types = new Map<string, TypeBuckets>();
  private files = 0;
  private seq = 0;
  private readonly relations: Relations;
  private articleList: JsonList | null = null;
  private articleFile: ArticleFile | null = null;
  /** Merged events waiting to be written as a sorted run, and the runs written. */
  private run: (Keyed & { text: string })[] = [];
  private runBytes = 0;
  private readonly runs: string[] = [];
  /** Articles and the events they reported before the merge. */
  articles = 0;
  reports = 0;

  constructor(
    private readonly output: Output,
    private readonly resources: ReduceResources,
    private readonly options: ReduceOptions,
  ) {
    this.relations = new Relations(resources.places);
  }

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
    if (this.folder === null) {
      this.folder = await mkdtemp(join(tmpdir(), 'marsad-merge-'));
      // Removed on every exit, even one that skips `dispose` (an error thrown elsewhere, process.exit).
      process.once('exit', this.removeNow);
    }
    return this.folder;
  }

  private readonly removeNow = (): void => {
    if (this.folder !== null) rmSync(this.folder, { recursive: true, force: true });
    this.folder = null;
  };

  private newFile(folder: string): string {
    return join(folder, `spill-${this.files++}.jsonl`);
  }

  /** Takes one article's record: writes the article (JSON output) and spills its events. */
  async add(record: ArticleRecord): Promise<void> {
    this.articles += 1;
    if (this.articleList !== null) await this.articleList.add(jsonArticle(record.article));
    if (record.events.length === 0) return;
    const folder = await this.spillFolder();
    const stored: StoredArticle =
      record.evidence === undefined ? record.article : { ...record.article, evidence: record.evidence };
    this.articleFile ??= new ArticleFile(join(folder, 'articles.jsonl'));
    const at = this.articleFile.add(JSON.stringify(stored));
    const article = `"i":${JSON.stringify(stored.id)},"p":[${at[0]},${at[1]}]`;
    for (const event of record.events) {
      this.reports += 1;
      let buckets = this.types.get(event.sub_event_type);
      if (buckets === undefined) {
        buckets = { precise: new Map(), coarse: new Map(), undated: null };
        this.types.set(event.sub_event_type, buckets);
      }
      const window = windowOf(event);
      let path: string;
      if (window === null) path = buckets.undated ??= this.newFile(folder);
      else {
        const kind = isCoarse(event, this.resources.places) ? buckets.coarse : buckets.precise;
        const bucket = Math.floor(window.last / BUCKET_DAYS);
        let known = kind.get(bucket);
        if (known === undefined) kind.set(bucket, (known = this.newFile(folder)));
        path = known;
      }
      this.batches.add(path, `{"s":${this.seq++},${article},"e":${JSON.stringify(event)}}`);
    }
  }

  /** The reports of one spill file, in the merge's order. */
  private reportsOf(path: string): Report<SpilledItem>[] {
    const reports: Report<SpilledItem>[] = [];
    for (const line of readFileSync(path, 'utf8').split('\n'))
      if (line !== '') reports.push(reportOf(itemOf(line), this.relations));
    rmSync(path, { force: true });
    return reports.sort(compareReports);
  }

  /** The reports of the spill files of one kind, month after month, each month's in the merge's order. */
  private *reportsIn(files: Map<number, string>): Generator<Report<SpilledItem>> {
    for (const [, file] of [...files.entries()].sort((a, b) => a[0] - b[0])) yield* this.reportsOf(file);
  }

  /**
   * Merges one type's reports; the events go to the runs. The precise sweep runs just ahead of the coarse one: the
   * precise groups a coarse report may reach are made and handed over before it, and no sooner.
   */
  private mergeType(buckets: TypeBuckets, type: number): number {
    let events = 0;
    const coarse = new CoarseSweep<SpilledItem>(this.relations, (group) => {
      events += 1;
      this.addToRun(group, type);
    });
    const handed: Group<SpilledItem>[] = [];
    const precise = new PreciseSweep<SpilledItem>(this.relations, (group) => handed.push(group));
    const preciseReports = this.reportsIn(buckets.precise);
    let next = preciseReports.next();
    /** Runs the precise sweep up to `day` (excluded) and hands its finished groups to the coarse sweep. */
    const preciseUpTo = (day: number): void => {
      for (; next.done !== true && (next.value.window as DateWindow).last < day; next = preciseReports.next())
        precise.add(next.value);
      if (next.done === true) precise.finish();
      else precise.advanceTo(day);
      for (const group of handed) coarse.take(group);
      handed.length = 0;
    };
    for (const report of this.reportsIn(buckets.coarse)) {
      // The report reaches day last + 1 at most; a precise group ending by last + 2 may start there, and is
      // finished once the precise sweep is past last + 3.
      preciseUpTo((report.window as DateWindow).last + 4);
      coarse.add(report);
    }
    coarse.endDated();
    preciseUpTo(Infinity);
    if (buckets.undated !== null) for (const report of this.reportsOf(buckets.undated)) coarse.add(report);
    coarse.finish();
    return events;
  }

  /** Adds a final group's event, with its articles, to the current run. */
  private addToRun(group: Group<SpilledItem>, type: number): void {
    const event = eventOf(group, this.resources.places);
    const byId = new Map<string, Position>();
    for (const member of group.members) byId.set(member.item.article, member.item.at);
    const own: Position[] = [];
    const seen = new Set<string>();
    for (const source of event.sources) {
      const at = byId.get(source.article_id);
      if (at === undefined || seen.has(source.article_id)) continue;
      seen.add(source.article_id);
      own.push(at);
    }
    const text = JSON.stringify({ e: event, p: own, t: type, o: group.order } satisfies RunLine);
    this.run.push({ date: event.date ?? '', id: event.id, type, order: group.order, text });
    this.runBytes += text.length;
    if (this.runBytes > (this.options.runCharacters ?? RUN_CHARACTERS)) this.writeRun();
  }

  private writeRun(): void {
    if (this.run.length === 0 || this.folder === null) return;
    this.run.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    const path = this.newFile(this.folder);
    writeFileSync(path, `${this.run.map((event) => event.text).join('\n')}\n`);
    this.runs.push(path);
    this.run = [];
    this.runBytes = 0;
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

  private articlesOf(line: EventLine): StoredArticle[] {
    const file = this.articleFile as ArticleFile;
    return line.p.map((at) => file.read(at));
  }

  private csvHeaderLength = -1;

  private async writeEvent(line: EventLine, events: JsonList | null): Promise<void> {
    const { format } = this.options;
    const event = line.e;
    if (format === 'json') await (events as JsonList).add(jsonEvent(event));
    else if (format === 'jsonl') await this.output.write(`${JSON.stringify(jsonEvent(event))}\n`);
    else if (format === 'csv') {
      const text = eventsToCsv([event], this.context(this.articlesOf(line), event));
      if (this.csvHeaderLength < 0) this.csvHeaderLength = eventsToCsv([], this.context([])).length;
      await this.output.write(text.slice(this.csvHeaderLength));
    } else {
      const feature = eventToFeature(event, this.context(this.articlesOf(line), event));
      if (feature === null) return;
      if (format === 'geojson') await (events as JsonList).add(feature);
      else await this.output.write(`${RECORD_SEPARATOR}${JSON.stringify(feature)}\n`);
    }
  }

  /** Merges, writes the events and the document's end. Returns the number of events written. */
  async finish(): Promise<number> {
    const { format } = this.options;
    if (this.articleList !== null) await this.articleList.close(',\n  "events": ');
    this.batches.flush();
    this.articleFile?.flush();
    let total = 0;
    // Types by name: the order of events with the same date and id (`before`).
    [...this.types.keys()].sort().forEach((type, index) => {
      total += this.mergeType(this.types.get(type) as TypeBuckets, index);
    });
    this.writeRun();
    const list = format === 'json' || format === 'geojson' ? new JsonList(this.output) : null;
    await this.interleave(list);
    if (list !== null) await list.close('\n}\n');
    await this.output.end();
    return total;
  }

  /** Writes the events of the sorted runs in one order: by date (undated first), then id. */
  private async interleave(list: JsonList | null): Promise<void> {
    const readers = this.runs.map((run) => new LineReader(run));
    // A binary heap of the runs' first events.
    const heap: Head[] = [];
    const push = (head: Head): void => {
      let at = heap.push(head) - 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!before(heap[at] as Head, heap[parent] as Head)) break;
        [heap[at], heap[parent]] = [heap[parent] as Head, heap[at] as Head];
        at = parent;
      }
    };
    const pop = (): Head => {
      const top = heap[0] as Head;
      const last = heap.pop() as Head;
      if (heap.length > 0) {
        heap[0] = last;
        let at = 0;
        for (;;) {
          const left = 2 * at + 1;
          let smallest = at;
          if (left < heap.length && before(heap[left] as Head, heap[smallest] as Head)) smallest = left;
          if (left + 1 < heap.length && before(heap[left + 1] as Head, heap[smallest] as Head))
            smallest = left + 1;
          if (smallest === at) break;
          [heap[at], heap[smallest]] = [heap[smallest] as Head, heap[at] as Head];
          at = smallest;
        }
      }
      return top;
    };
    const advance = async (run: number): Promise<void> => {
      const text = await (readers[run] as LineReader).next();
      if (text === null) return;
      const line = JSON.parse(text) as RunLine;
      push({ line, date: line.e.date ?? '', id: line.e.id, type: line.t, order: line.o, run });
    };
    for (let run = 0; run < readers.length; run++) await advance(run);
    while (heap.length > 0) {
      const head = pop();
      await this.writeEvent(head.line, list);
      await advance(head.run);
    }
  }

  /** Removes the temporary files (at once: also called just before the process exits on a signal). */
  dispose(): void {
    this.articleFile?.close();
    this.articleFile = null;
    this.removeNow();
    process.removeListener('exit', this.removeNow);
  }
}
