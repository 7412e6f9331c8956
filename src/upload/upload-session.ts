/**
 * One upload from choice to library: read the files in the worker, let the person review them and give
 * publication dates where the files have none, extract events in the worker batch by batch, and commit each
 * batch to the library in one transaction. Plain TypeScript with injected dependencies, so it is tested
 * without a browser; React subscribes to it with useSyncExternalStore.
 */
import type { CommitResult } from '../library/library-service';
import type { StorageFailure } from '../persistence/storage-failure';
import type { Article, ArticleExtraction, Diagnostic } from '../pipeline/types';
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
  /** ISO day for every undated article, '' for none. */
  batchDate: string;
  /** ISO day per file name, overriding the batch date. */
  fileDates: Record<string, string>;
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
}

/** Notices shown per upload before the rest are summarised (all stay listed in the dialog). */
const MAX_NOTICES = 8;

const IDLE: UploadState = {
  phase: 'idle',
  rows: [],
  articles: [],
  batchDate: '',
  fileDates: {},
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
    this.update({ phase: 'review', rows, articles: batch.articles, reading: null });
  }

  /** A pasted article goes through the same reader as a file (as JSON, so its fields keep their meaning). */
  async paste(article: PastedArticle): Promise<void> {
    const text = this.dependencies.text();
    if (article.text.trim().length === 0) {
      this.dependencies.notify('warning', text('pasteEmpty'));
      return;
    }
    const record = {
      text: article.text,
      title: article.title.trim() || firstLine(article.text),
      source: article.source.trim() || text('pastedSource'),
      ...(article.published ? { published: article.published } : {}),
    };
    const bytes = new TextEncoder().encode(JSON.stringify(record));
    const name = `${text('pastedSource')}.json`;
    await this.chooseFiles([
      { name, size: bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer },
    ]);
  }

  setBatchDate(day: string): void {
    this.update({ batchDate: day });
  }

  setFileDate(fileName: string, day: string): void {
    this.update({ fileDates: { ...this.state.fileDates, [fileName]: day } });
  }

  /** The articles as they will be extracted: undated ones take their file's date, else the batch date. */
  datedArticles(): Article[] {
    const dateOf = new Map<string, string>();
    for (const row of this.state.rows) {
      const day = this.state.fileDates[row.name] || this.state.batchDate;
      if (day) for (const id of row.articleIds) dateOf.set(id, day);
    }
    return this.state.articles.map((article) => {
      const day = dateOf.get(article.id);
      return article.published === null && day ? { ...article, published: day } : article;
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
        addedIds.push(...kept);
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
      this.dependencies.notify(problem.severity === 'error' ? 'error' : 'warning', problem.message);
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

function firstLine(text: string): string {
  const line = text.trim().split('\n', 1)[0] ?? '';
  return line.length > 120 ? line.slice(0, 120) + '…' : line;
}
