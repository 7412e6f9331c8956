/**
 * One upload from choice to library: read the files in the worker, let the person review them and give
 * publication dates where the files have none, extract events in the worker batch by batch, and commit each
 * batch to the library in one transaction. Plain TypeScript with injected dependencies, so it is tested
 * without a browser; React subscribes to it with useSyncExternalStore.
 */
import type { CommitResult } from '../library/library-service';
import type { StorageFailure } from '../persistence/storage-failure';
import type { Article, ArticleExtraction, Diagnostic } from '../pipeline/types';
import type { DateSuggestion } from '../pipeline/ingest/date-suggestion';
import { firstHeading } from '../pipeline/ingest/title';
import type { ExtractOptions, ExtractResult, IngestOptions } from '../workers/extraction-client';
import type { IngestBatch, IngestProgress, UploadedFile } from '../workers/extraction-protocol';
import { readChosenFiles, type ChosenFile } from './read-files';
import type { UploadText } from './upload-text';

export type UploadPhase = 'idle' | 'paste' | 'reading' | 'review' | 'extracting';

export interface FileRow {
  name: string;
  size: number;
  articleIds: string[];
  undated: number;
  diagnostics: Diagnostic[];
  /** Set when the file could not be read at all. */
  refused: boolean;
}

export interface ExtractionCounts {
  done: number;
  total: number;
  events: number;
}

export interface UploadState {
  phase: UploadPhase;
  rows: FileRow[];
  articles: Article[];
  /** Publication days the person set, per article id ('' leaves the article undated). */
  articleDates: ReadonlyMap<string, string>;
  /** Publication days suggested from the dateline or text of articles whose file gave none, per article id. */
  suggestions: ReadonlyMap<string, DateSuggestion>;
  /** Articles whose id the library already has for another text, with the id each will be stored under. */
  clashes: ReadonlyMap<string, string>;
  reading: IngestProgress | null;
  extracting: ExtractionCounts | null;
  /** A cancelled extraction winding down: when Cancel was pressed and when the worker had stopped (page clock). */
  cancelling: { requestedAt: number; stoppedAt: number | null } | null;
  /** Milliseconds from the last Cancel press to the worker's stop (null before any cancel). */
  lastCancelMs: number | null;
}

export interface PastedArticle {
  text: string;
  title: string;
  published: string;
  source: string;
}

export interface UploadDependencies {
  ingest: (files: UploadedFile[], options: IngestOptions) => Promise<IngestBatch>;
  extract: (articles: readonly Article[], options: ExtractOptions) => Promise<ExtractResult>;
  commit: (entries: { article: Article; extraction: ArticleExtraction }[]) => Promise<CommitResult>;
  describeFailure: (failure: StorageFailure) => string;
  notify: (level: 'error' | 'warning' | 'info', text: string) => void;
  /** The messages in the current interface language. */
  text: () => UploadText;
  /**
   * How many incidents (events after the cross-article merge) the events of these articles are; without it, every
   * report counts as an incident.
   */
  countIncidents?: (articleIds: readonly string[]) => number;
  /** Which of these articles' ids the library holds for another text, and the id each would be stored under. */
  clashes?: (
    articles: readonly { id: string; fingerprint: string }[],
  ) => Promise<ReadonlyMap<string, string>> | ReadonlyMap<string, string>;
}

/** Notices shown per upload before the rest are summarised (all stay listed in the dialog). */
const MAX_NOTICES = 8;

const IDLE: UploadState = {
  phase: 'idle',
  rows: [],
  articles: [],
  articleDates: new Map(),
  suggestions: new Map(),
  clashes: new Map(),
  reading: null,
  extracting: null,
  cancelling: null,
  lastCancelMs: null,
};

export class UploadSession {
  private state: UploadState = IDLE;
  private readonly listeners = new Set<() => void>();
  private controller: AbortController | null = null;
  private readonly dependencies: UploadDependencies;

  constructor(dependencies: UploadDependencies) {
    this.dependencies = dependencies;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): UploadState => this.state;

  private update(patch: Partial<UploadState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  get busy(): boolean {
    return this.state.phase === 'reading' || this.state.phase === 'extracting';
  }

  openPaste(): void {
    if (!this.busy) this.update({ ...IDLE, phase: 'paste' });
  }

  /** Reads chosen or dropped files in the worker, then shows them for review. */
  async chooseFiles(chosen: readonly ChosenFile[]): Promise<void> {
    if (this.busy || chosen.length === 0) return;
    const text = this.dependencies.text();
    const controller = new AbortController();
    this.controller = controller;
    this.update({
      ...IDLE,
      phase: 'reading',
      reading: { filesDone: 0, filesTotal: chosen.length, articlesFound: 0 },
    });
    const { files, refused } = await readChosenFiles(chosen, text);
    const refusedRows: FileRow[] = refused.map((file) => ({
      name: file.name,
      size: file.size,
      articleIds: [],
      undated: 0,
      refused: true,
      diagnostics: [{ severity: 'error', code: 'file-refused', message: file.message, file: file.name }],
    }));
    const batch: IngestBatch =
      files.length === 0
        ? { files: [], articles: [] }
        : await this.dependencies.ingest(files, {
            signal: controller.signal,
            onProgress: (reading) =>
              this.update({
                reading: {
                  ...reading,
                  filesTotal: chosen.length,
                  filesDone: reading.filesDone + refused.length,
                },
              }),
          });
    if (controller.signal.aborted) return;
    const rows: FileRow[] = [
      ...refusedRows,
      ...batch.files.map((report) => ({
        ...report,
        refused: report.articleIds.length === 0,
      })),
    ];
    this.announceProblems(rows.flatMap((row) => row.diagnostics));
    if (batch.articles.length === 0) this.dependencies.notify('error', text('nothingRead'));
    const suggestions = new Map<string, DateSuggestion>();
    for (const report of batch.files)
      for (const { articleId, date, from } of report.dateSuggestions ?? [])
        suggestions.set(articleId, { date, from });
    const read = batch.files.flatMap((report) =>
      report.articleIds.flatMap((id, index) => {
        const fingerprint = report.fingerprints?.[index];
        return fingerprint === undefined ? [] : [{ id, fingerprint }];
      }),
    );
    const clashes = (read.length > 0 ? await this.dependencies.clashes?.(read) : undefined) ?? new Map();
    if (controller.signal.aborted) return;
    // A CSV row or JSON record without a title is named by its text's first heading, as a text file is (never
    // a menu trail or a date line), so that the review and the library show a name.
    const articles = batch.articles.map((article) =>
      article.title.trim() === '' ? { ...article, title: firstHeading(article.text) } : article,
    );
    this.update({ phase: 'review', rows, articles, reading: null, suggestions, clashes });
  }

  /**
   * A pasted article in one step: read by the same reader as a file (as JSON, so its fields keep their meaning),
   * named after its title or first heading, and extracted at once; the review is shown only when it could not
   * be read. Without a date of its own it takes the day its dateline or text suggests, and says so.
   */
  async paste(article: PastedArticle): Promise<void> {
    const text = this.dependencies.text();
    if (article.text.trim().length === 0) {
      this.dependencies.notify('warning', text('pasteEmpty'));
      return;
    }
    const title = article.title.trim() || firstHeading(article.text) || text('pastedSource');
    const record = {
      text: article.text,
      title,
      source: article.source.trim() || text('pastedSource'),
      ...(article.published ? { published: article.published } : {}),
    };
    const bytes = new TextEncoder().encode(JSON.stringify(record));
    const name = `${text('pastedSource')}.json`;
    await this.chooseFiles([
      { name, size: bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer },
    ]);
    if (this.state.phase !== 'review') return;
    // The person sees the article by its title, never by the internal name it was read under.
    const rows = this.state.rows.map((row) => ({
      ...row,
      name: title,
      diagnostics: row.diagnostics.map((item) => ({
        ...item,
        message: item.message.split(name).join(title),
      })),
    }));
    this.update({ rows });
    if (this.state.articles.length !== 1) return;
    const suggestion = this.state.suggestions.get((this.state.articles[0] as Article).id);
    if (suggestion) this.dependencies.notify('info', suggestionText(text, suggestion, true));
    await this.start();
  }

  /** Sets (or with '' clears) the publication day of one article. */
  setArticleDate(articleId: string, day: string): void {
    const articleDates = new Map(this.state.articleDates);
    articleDates.set(articleId, day);
    this.update({ articleDates });
  }

  /** The day an article will be extracted with, and where it comes from. */
  dateOf(article: Article): { day: string; from: 'set' | 'file' | 'suggested' | 'none' } {
    const set = this.state.articleDates.get(article.id);
    if (set !== undefined) return { day: set, from: set === '' ? 'none' : 'set' };
    if (article.published !== null) return { day: article.published, from: 'file' };
    const suggestion = this.state.suggestions.get(article.id);
    return suggestion ? { day: suggestion.date, from: 'suggested' } : { day: '', from: 'none' };
  }

  /** Articles that would be extracted without any publication day. */
  undatedCount(): number {
    return this.state.articles.reduce((sum, article) => sum + (this.dateOf(article).day === '' ? 1 : 0), 0);
  }

  /** Gives `day` to every article that has none (neither its own, nor set, nor suggested); returns how many. */
  applyDateToUndated(day: string): number {
    if (day === '') return 0;
    const articleDates = new Map(this.state.articleDates);
    let count = 0;
    for (const article of this.state.articles) {
      if (this.dateOf(article).day !== '') continue;
      articleDates.set(article.id, day);
      count++;
    }
    if (count > 0) this.update({ articleDates });
    return count;
  }

  /** The articles as they will be extracted, each with the day set for it, its own, or the one suggested. */
  datedArticles(): Article[] {
    return this.state.articles.map((article) => {
      const { day } = this.dateOf(article);
      const published = day === '' ? null : day;
      return published === article.published ? article : { ...article, published };
    });
  }

  /** Extracts events from the reviewed articles and commits them batch by batch. */
  async start(): Promise<void> {
    if (this.state.phase !== 'review' || this.state.articles.length === 0) return;
    const text = this.dependencies.text();
    const articles = this.datedArticles();
    const controller = new AbortController();
    this.controller = controller;
    this.update({ phase: 'extracting', extracting: { done: 0, total: articles.length, events: 0 } });
    let added = 0;
    let events = 0;
    const addedIds: string[] = [];
    let duplicates = 0;
    let storageFailed = false;
    const result = await this.dependencies.extract(articles, {
      signal: controller.signal,
      onStopped: () =>
        this.update({
          cancelling: { requestedAt: this.state.cancelling?.requestedAt ?? now(), stoppedAt: now() },
        }),
      onProgress: (progress) =>
        this.update({
          extracting: { done: progress.articlesDone, total: articles.length, events: progress.eventsFound },
        }),
      onBatch: async (entries) => {
        const committed = await this.dependencies.commit(entries);
        if (committed.failure) {
          storageFailed = true;
          this.dependencies.notify('error', this.dependencies.describeFailure(committed.failure));
          controller.abort();
          return;
        }
        const kept = new Set([...committed.added, ...committed.updated]);
        added += kept.size;
        for (const id of kept) addedIds.push(id);
        duplicates += committed.duplicates.length;
        for (const entry of entries) if (kept.has(entry.article.id)) events += entry.extraction.events.length;
      },
    });
    this.announceProblems([
      ...result.diagnostics,
      ...result.extractions.flatMap((extraction) =>
        extraction.diagnostics.filter((item) => item.severity === 'error'),
      ),
    ]);
    if (!storageFailed) {
      const cancelled = result.cancelled || controller.signal.aborted;
      this.dependencies.notify(
        'info',
        cancelled
          ? text('cancelled', { added, total: articles.length })
          : text('done', {
              added,
              reports: events,
              incidents: this.dependencies.countIncidents?.(addedIds) ?? events,
            }),
      );
    }
    if (duplicates > 0) this.dependencies.notify('info', text('duplicates', { count: duplicates }));
    this.controller = null;
    const cancelling = this.state.cancelling;
    const lastCancelMs =
      cancelling?.stoppedAt != null ? cancelling.stoppedAt - cancelling.requestedAt : this.state.lastCancelMs;
    this.update({ ...IDLE, lastCancelMs });
  }

  /** Stops reading or extracting (what is already in the library stays), or closes the dialog. */
  cancel(): void {
    if (this.state.phase === 'extracting') {
      if (this.state.cancelling) return;
      // The press is stamped first: the worker is stopped inside `abort()`.
      this.update({ cancelling: { requestedAt: now(), stoppedAt: null } });
      this.controller?.abort();
      return;
    }
    this.controller?.abort();
    this.controller = null;
    this.update(IDLE);
  }

  private announceProblems(diagnostics: readonly Diagnostic[]): void {
    const problems = diagnostics.filter((item) => item.severity !== 'info');
    for (const problem of problems.slice(0, MAX_NOTICES)) {
      this.dependencies.notify(
        problem.severity === 'error' ? 'error' : 'warning',
        this.dependencies.text()('diagnostic', { code: problem.code, message: problem.message }),
      );
    }
    if (problems.length > MAX_NOTICES) {
      this.dependencies.notify(
        'warning',
        this.dependencies.text()('moreProblems', { count: problems.length - MAX_NOTICES }),
      );
    }
  }
}

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

/** "suggested from the dateline: 26 Jul 2020" in the interface language. */
export function suggestionText(text: UploadText, suggestion: DateSuggestion, applied = false): string {
  const key = { dateline: 'fromDateline', 'date-line': 'fromDateLine', text: 'fromText' } as const;
  const phrase = text(key[suggestion.from], { date: text('day', { iso: suggestion.date }) });
  return applied ? text('suggestionApplied', { phrase }) : phrase;
}
