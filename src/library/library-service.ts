import type { Article, ArticleExtraction, ConflictEvent } from '../pipeline/types';
import type { EventCorrection } from '../corrections/correction-types';
import { applyCorrections } from '../corrections/apply-corrections';
import type { MarsadDatabase } from '../persistence/database';
import {
  clearLibrary,
  deleteArticleRecords,
  readArticleRecords,
  writeArticleRecords,
  type StoredMatch,
} from '../persistence/article-records';
import { loadCorrections, writeCorrections } from '../persistence/corrections-store';
import type { LibraryChannel, LibraryMessage } from '../persistence/library-channel';
import { MERGE_RULE, type ArticleRecord, type MergedEventsCache } from '../persistence/schema';
import { storageFailureFrom, type StorageFailure } from '../persistence/storage-failure';
import { readLibrary, saveMergedEvents } from '../persistence/library-generation';
import type { MarsadStore } from '../store/store';
import type { MergedLibrary, MergeFunction } from './grouped-merge';
import type { IncidentPlaces } from '../pipeline/extract/place-hierarchy';
import { mergeConstraints, constraintsKey, isIncidentCorrection } from '../corrections/incident-corrections';
import { LibraryMemory, statusOf } from './library-memory';
import { startSlice, yieldToPage } from './yield-to-page';
import { withArticleId } from './article-id';
import { textFingerprint } from './text-fingerprint';
import { MergeEngine } from './merge-engine';
import { mergedCacheOf, mergedFromCache } from './merged-cache';
import { mergedMembers } from '../corrections/apply-corrections';
import type { MergeConstraints } from '../pipeline/extract/merge-events';
import { MergedView } from './merged-view';
import { inThreadMerger, startLibraryWorker, workerMerger, type LibraryMerger } from './library-merger';
import { translate } from '../ui/i18n';
import type { UnreadableArticle } from '../persistence/shelf-codec';

/** What happened to a batch handed to the library. Nothing is in the library unless it is in `added`/`updated`. */
export interface CommitResult {
  /** Articles stored for the first time. */
  added: string[];
  /** Articles already stored under the same id whose extraction was replaced (a re-run). */
  updated: string[];
  /** Articles not stored because the same text is already in the library (or earlier in the batch). */
  duplicates: { id: string; existingId: string }[];
  /**
   * Articles whose id (from their file) was already used by a stored article with another text: they are stored
   * under a new id (`storedAs`, also in `added`) and the stored article is kept, never replaced.
   */
  renamed?: { id: string; storedAs: string }[];
  /** Why nothing of this batch was stored, or null when it was. */
  failure: StorageFailure | null;
}

export interface CommitOptions {
  bundled?: boolean;
  /**
   * These articles' events merged across articles (the bundled samples', merged when the app was built): shown as
   * they are when the batch is the first thing stored in an empty library, so the library worker is not needed
   * until the library changes.
   */
  premerged?: readonly ConflictEvent[];
}

export interface LibraryServiceOptions {
  store: MarsadStore;
  /** Null when the browser offers no IndexedDB: the library then lives in memory only (the user is told). */
  database: MarsadDatabase | null;
  /**
   * Cross-article deduplication of machine events, run on the page itself (tests, Node). Without it (and without
   * `merger`), the merge runs in the library worker.
   */
  mergeEvents?: MergeFunction | undefined;
  /** Where the merge runs; by default the library worker (or the page, when `mergeEvents` is given). */
  merger?: LibraryMerger | undefined;
  /** The gazetteer's place hierarchy for an in-page merge, loaded when a merge first needs it. */
  loadPlaces?: (() => Promise<IncidentPlaces | undefined>) | undefined;
  /** Runs the extractor on articles (for "re-run"); without it, re-running is not offered. */
  extractArticles?: ((articles: Article[]) => Promise<ArticleExtraction[]>) | undefined;
  channel?: LibraryChannel | null;
  now?: () => number;
}

/**
 * The library: the only writer of articles, events and corrections. Every write goes to IndexedDB first, in one
 * transaction, and reaches the store only once that transaction has committed, so what the user sees is what a
 * reload will show. Writes run one after another.
 */
export class LibraryService {
  private readonly memory = new LibraryMemory();
  private readonly merger: LibraryMerger;
  private readonly view = new MergedView();
  /**
   * True while the merge engine holds nothing of this library (not started yet, or lost): every article is sent to
   * it before its next merge. The library worker is started only then, so a start that shows a saved merge (or the
   * bundled samples, merged when the app was built) fetches no worker.
   */
  private engineStale = true;
  /** The saved merge the page shows while the engine is stale, and the decisions it was made under: its seed. */
  private pendingSeed: { cache: MergedEventsCache; constraints: MergeConstraints } | null = null;
  private lastMerged: MergedLibrary = { merged: [], members: new Map() };
  /**
   * The database generation the memory holds, or null once another tab changed it (no merge is saved then). An
   * empty memory holds generation 0: a database no article was ever written to.
   */
  private generation: number | null = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly unsubscribe: (() => void) | null;
  private readonly options: LibraryServiceOptions;

  constructor(options: LibraryServiceOptions) {
    this.options = options;
    this.merger =
      options.merger ??
      (options.mergeEvents
        ? inThreadMerger(new MergeEngine(options.mergeEvents, options.loadPlaces))
        : workerMerger(startLibraryWorker));
    this.unsubscribe = options.channel?.subscribe((message) => void this.receive(message)) ?? null;
  }

  get database(): MarsadDatabase | null {
    return this.options.database;
  }

  /** Reads the whole library from the database into the store. */
  load(): Promise<void> {
    return this.serial(async () => {
      const database = this.options.database;
      if (!database) return;
      startSlice();
      const [library, corrections] = await Promise.all([
        readLibrary(database, yieldToPage),
        loadCorrections(database),
      ]);
      const records = library.records;
      records.sort((a, b) => a.addedAt - b.addedAt);
      if (library.unreadable.length > 0) this.reportUnreadable(library.unreadable);
      this.memory.clear();
      this.view.clear();
      this.engineStale = true;
      this.pendingSeed = null;
      for (const record of records) this.memory.put(record);
      this.generation = library.generation;
      const constraints = mergeConstraints(byEventId(corrections));
      const state = this.options.store.getState();
      state.removeArticles(state.articleOrder);
      state.upsertArticles(records.map((record) => ({ article: record.article, status: statusOf(record) })));
      state.setCorrections(byEventId(corrections));
      // A saved merge that still describes the library is shown as it is (read here; the worker is not needed).
      const cache = library.cache;
      const saved =
        cache !== null && cacheFits(cache, constraintsKey(constraints)) ? this.fromCache(cache) : null;
      if (cache !== null && saved !== null) {
        this.lastMerged = saved;
        this.pendingSeed = { cache, constraints };
        this.showEvents();
      } else if (records.length === 0) {
        this.lastMerged = { merged: [], members: new Map() };
        this.showEvents();
      } else {
        await this.rebuildEvents(true);
      }
    });
  }

  /** Stores articles with their extractions: all of the batch or, on failure, none of it. */
  commit(
    entries: readonly { article: Article; extraction: ArticleExtraction }[],
    options: CommitOptions = {},
  ): Promise<CommitResult> {
    return this.serial(() => this.commitNow(entries, options));
  }

  /** Stores whole records (an imported workspace) under the same rules as `commit`. */
  commitRecords(records: readonly ArticleRecord[]): Promise<CommitResult> {
    return this.serial(() => this.storeRecords(records));
  }

  /** Deletes articles with their events, and the events the user added from them. */
  remove(ids: readonly string[]): Promise<StorageFailure | null> {
    return this.serial(async () => {
      const gone = new Set(ids);
      const orphaned = Object.values(this.options.store.getState().corrections)
        .filter((correction) => correction.kind === 'added')
        .filter((correction) => correction.event.sources.every((source) => gone.has(source.article_id)))
        .map((correction) => correction.event_id);
      const database = this.options.database;
      try {
        if (database) this.advance(await deleteArticleRecords(database, ids));
      } catch (error) {
        return storageFailureFrom(error);
      }
      try {
        // Only deletes: works on a full disk too. The articles are gone whether or not this succeeds.
        if (database && orphaned.length > 0) await writeCorrections(database, [], orphaned);
      } catch {
        // The events the user added from these articles stay (shown as a reload would show them).
        orphaned.length = 0;
      }
      this.forget(ids);
      if (orphaned.length > 0) this.dropCorrections(orphaned);
      await this.rebuildEvents(true);
      this.broadcast({ type: 'articles-removed', ids: [...ids] });
      if (orphaned.length > 0) this.broadcast({ type: 'corrections-changed' });
      return null;
    });
  }

  /** Removes every article and correction (the bundled samples do not come back). */
  clear(): Promise<StorageFailure | null> {
    return this.serial(async () => {
      const database = this.options.database;
      const ids = [...this.options.store.getState().articleOrder];
      try {
        if (database) this.advance(await clearLibrary(database));
      } catch (error) {
        return storageFailureFrom(error);
      }
      this.forget(ids);
      this.options.store.getState().setCorrections(byEventId([]));
      await this.rebuildEvents(true);
      this.broadcast({ type: 'articles-removed', ids });
      this.broadcast({ type: 'corrections-changed' });
      return null;
    });
  }

  /** Saves corrections (replacing any with the same event id) and removes others, in one transaction. */
  correct(save: readonly EventCorrection[], remove: readonly string[] = []): Promise<StorageFailure | null> {
    return this.serial(async () => {
      const database = this.options.database;
      try {
        if (database) await writeCorrections(database, save, remove);
      } catch (error) {
        return storageFailureFrom(error);
      }
      const corrections = byEventId(Object.values(this.options.store.getState().corrections));
      for (const id of remove) delete corrections[id];
      for (const correction of save) corrections[correction.event_id] = correction;
      this.options.store.getState().setCorrections(corrections);
      // A split or merge changes the merged events: save them, so the next start shows the same.
      const touched = save.some(isIncidentCorrection) || remove.some((id) => /^(split|merge):/.test(id));
      await this.rebuildEvents(touched);
      this.broadcast({ type: 'corrections-changed' });
      return null;
    });
  }

  get canRerun(): boolean {
    return this.options.extractArticles !== undefined;
  }

  /** Extracts stored articles again and stores the new events (corrections, keyed by event id, stay). */
  async rerun(ids: readonly string[]): Promise<CommitResult> {
    const extract = this.options.extractArticles;
    const state = this.options.store.getState();
    const articles = ids.map((id) => state.articles[id]).filter((article) => article !== undefined);
    if (!extract || articles.length === 0) return { added: [], updated: [], duplicates: [], failure: null };
    const extractions = await extract(articles);
    const entries = articles.flatMap((article) => {
      const extraction = extractions.find((item) => item.article_id === article.id);
      return extraction ? [{ article, extraction }] : [];
    });
    return this.commit(entries);
  }

  /**
   * Uploaded articles whose id a stored article of another text already has, each with the id it will be stored
   * under (as `commit` renames it; the stored article is kept). An article whose text is stored under another id
   * is a repeat, not a clash (it is not added).
   */
  clashesOf(articles: readonly { id: string; fingerprint: string }[]): Map<string, string> {
    const clashes = new Map<string, string>();
    const claimed = new Set<string>();
    const taken = (id: string) => this.memory.has(id) || claimed.has(id);
    for (const { id, fingerprint } of articles) {
      const stored = this.memory.fingerprintOf(id);
      if (stored === undefined || stored === fingerprint) continue;
      const owner = this.memory.idWithFingerprint(fingerprint);
      if (owner !== undefined && owner !== id) continue;
      const storedAs = freeId(id, taken);
      claimed.add(storedAs);
      clashes.set(id, storedAs);
    }
    return clashes;
  }

  /** The machine's extraction of a stored article (before corrections). */
  extractionOf(id: string): ArticleExtraction | undefined {
    return this.memory.extractionOf(id);
  }

  /** The machine's event with this id as merged across articles, before corrections. */
  machineEvent(id: string): ConflictEvent | undefined {
    return this.lastMerged.merged.find((event) => event.id === id);
  }

  /**
   * The machine's own per-article events (their ids) a merged event is made of: its own id first, then the other
   * members'. What a split or merge decision names.
   */
  reportIdsOf(id: string): string[] {
    return [id, ...(this.lastMerged.members.get(id) ?? [])];
  }

  /** Every stored article as a record (for export), in library order. */
  records(): ArticleRecord[] {
    const state = this.options.store.getState();
    const records: ArticleRecord[] = [];
    for (const id of state.articleOrder) {
      const article = state.articles[id];
      const status = state.articleStatus[id];
      const extraction = this.memory.extractionOf(id);
      const fingerprint = this.memory.fingerprintOf(id);
      if (!article || !status || !extraction || fingerprint === undefined) continue;
      records.push({
        id,
        article,
        extraction,
        fingerprint,
        bundled: status.bundled,
        addedAt: status.addedAt,
      });
    }
    return records;
  }

  dispose(): void {
    this.unsubscribe?.();
    this.merger.dispose();
    this.options.channel?.close();
  }

  /** The merged library a saved merge holds, or null when it does not describe the articles in memory. */
  private fromCache(cache: MergedEventsCache): MergedLibrary | null {
    try {
      return mergedFromCache(cache, this.memory.machineEvents());
    } catch {
      return null;
    }
  }

  private async commitNow(
    entries: readonly { article: Article; extraction: ArticleExtraction }[],
    options: CommitOptions,
  ): Promise<CommitResult> {
    const now = (this.options.now ?? Date.now)();
    const status = this.options.store.getState().articleStatus;
    const records = new Array<ArticleRecord>(entries.length);
    // Fingerprinting reads every character: done in the library worker (the few bundled samples here).
    const texts = entries.map((entry) => entry.article.text);
    const fingerprints = options.premerged ? texts.map(textFingerprint) : await this.fingerprintsOf(texts);
    for (let index = 0; index < entries.length; index += 1) {
      const { article, extraction } = entries[index] as (typeof entries)[number];
      const previous = status[article.id];
      records[index] = {
        id: article.id,
        article,
        extraction: { ...extraction, article_id: article.id },
        fingerprint: fingerprints[index] as string,
        bundled: previous?.bundled ?? options.bundled ?? false,
        addedAt: previous?.addedAt ?? now + index / 1000,
      };
    }
    return this.storeRecords(records, options.premerged);
  }

  private async storeRecords(
    records: readonly ArticleRecord[],
    premerged?: readonly ConflictEvent[],
  ): Promise<CommitResult> {
    const wasEmpty = this.memory.size === 0;
    const result: CommitResult = { added: [], updated: [], duplicates: [], failure: null };
    const database = this.options.database;
    let kept: ArticleRecord[] = [];
    try {
      if (database) {
        const before = await writeArticleRecords(database, records, (found, isStored) => {
          kept = sortOut(records, found, isStored, result);
          return kept;
        });
        this.advance(before);
      } else {
        const found = records.map((record) => ({
          owner: this.memory.idWithFingerprint(record.fingerprint),
          stored: this.memory.fingerprintOf(record.id),
        }));
        kept = sortOut(records, found, (id) => this.memory.has(id), result);
      }
    } catch (error) {
      return { added: [], updated: [], duplicates: [], failure: storageFailureFrom(error) };
    }
    const asMerged =
      premerged !== undefined &&
      wasEmpty &&
      kept.length === records.length &&
      result.duplicates.length === 0 &&
      (result.renamed ?? []).length === 0 &&
      Object.keys(this.options.store.getState().corrections).length === 0;
    if (asMerged) await this.rememberMerged(kept, premerged);
    else await this.remember(kept, true);
    const renamed = result.renamed ?? [];
    if (renamed.length > 0) {
      const state = this.options.store.getState();
      state.notify(
        'info',
        translate(state.language, 'idClash', {
          count: renamed.length,
          ids: renamed.map((item) => `${item.id} → ${item.storedAs}`).join(', '),
        }),
      );
    }
    if (kept.length > 0) this.broadcast({ type: 'articles-saved', ids: kept.map((record) => record.id) });
    // The user's new articles (not the bundled samples): their events are offered to be brought into view.
    const samples = new Set(kept.filter((record) => record.bundled).map((record) => record.id));
    this.options.store.getState().noteArrivals(result.added.filter((id) => !samples.has(id)));
    return result;
  }

  /**
   * Takes stored records into memory, the merge and the store, and shows the merged events (saving them for the
   * next start when `save`: this tab wrote the records). Nothing stored: the saved merge is still brought up to
   * date when `save` (it may be missing).
   */
  private async remember(records: readonly ArticleRecord[], save: boolean): Promise<void> {
    if (records.length === 0) {
      if (save) await this.rebuildEvents(true);
      return;
    }
    startSlice();
    for (const record of records) this.memory.put(record);
    await this.sendArticles(records);
    // The library list redraws on the new articles in the task that adds them: a task of its own when this one
    // ran long.
    await yieldToPage();
    this.options.store
      .getState()
      .upsertArticles(records.map((record) => ({ article: record.article, status: statusOf(record) })));
    await this.rebuildEvents(save);
  }

  /**
   * Takes the first records of an empty library with their events already merged (`CommitOptions.premerged`): shown
   * and saved as they are; the merge engine is sent them (seeded with this merge) when the library next changes.
   */
  private async rememberMerged(
    records: readonly ArticleRecord[],
    premerged: readonly ConflictEvent[],
  ): Promise<void> {
    for (const record of records) this.memory.put(record);
    this.options.store
      .getState()
      .upsertArticles(records.map((record) => ({ article: record.article, status: statusOf(record) })));
    const machine = this.memory.machineEvents();
    const byId = new Map<string, ConflictEvent | null>();
    for (const event of machine) byId.set(event.id, byId.has(event.id) ? null : event);
    // A sample's own event is the stored one itself (a saved merge names it by id).
    const merged = premerged.map((event) =>
      event.sources.length === 1 ? (byId.get(event.id) ?? event) : event,
    );
    this.lastMerged = { merged, members: mergedMembers(machine, merged) };
    this.view.clear();
    this.engineStale = true;
    const constraints = mergeConstraints(this.options.store.getState().corrections);
    const cache = await mergedCacheOf(
      this.lastMerged,
      this.generation ?? 0,
      machine,
      yieldToPage,
      constraintsKey(constraints),
    );
    this.pendingSeed = { cache, constraints };
    this.showEvents();
    await this.saveMerged(cache);
  }

  /**
   * Hands articles' machine events to the merge in bounded messages (each a short task to send), giving the page
   * a turn between them.
   */
  private async sendArticles(records: readonly ArticleRecord[]): Promise<void> {
    // A stale engine is sent every article before its next merge.
    if (this.engineStale) return;
    startSlice();
    let slice: { id: string; events: ConflictEvent[] }[] = [];
    let events = 0;
    for (const record of records) {
      slice.push({ id: record.id, events: record.extraction.events });
      events += record.extraction.events.length;
      if (slice.length >= SEND_ARTICLES || events >= SEND_EVENTS) {
        this.merger.put(slice);
        slice = [];
        events = 0;
        await yieldToPage();
      }
    }
    if (slice.length > 0) this.merger.put(slice);
  }

  private async fingerprintsOf(texts: readonly string[]): Promise<string[]> {
    try {
      return await this.merger.fingerprints(texts);
    } catch {
      // The worker was lost: read them here (the merge is sent everything again on its next use).
      return texts.map(textFingerprint);
    }
  }

  private forget(ids: readonly string[]): void {
    for (const id of ids) this.memory.remove(id);
    if (!this.engineStale) this.merger.remove(ids);
    const state = this.options.store.getState();
    state.removeArticles([...ids]);
    if (state.openArticleId !== null && ids.includes(state.openArticleId)) state.openArticle(null);
  }

  private dropCorrections(ids: readonly string[]): void {
    const corrections = byEventId(Object.values(this.options.store.getState().corrections));
    for (const id of ids) delete corrections[id];
    this.options.store.getState().setCorrections(corrections);
  }

  /**
   * Merges again (off the page, in the library worker) the sub-event types a change touched and shows the result
   * with the corrections on top; with `save`, also saves the merged events for the next start (see `saveMerged`).
   */
  private async rebuildEvents(save = false): Promise<void> {
    const constraints = mergeConstraints(this.options.store.getState().corrections);
    const generation = save && this.options.database && this.generation !== null ? this.generation : null;
    let delta;
    try {
      if (this.engineStale) await this.resync();
      delta = await this.merger.merge(constraints, generation);
      startSlice();
      this.lastMerged = this.view.apply(delta, (id) => this.memory.extractionOf(id)?.events);
    } catch {
      // The worker was lost, or its answer names an event this page does not hold: start both again.
      await this.resync();
      delta = await this.merger.merge(constraints, generation);
      this.lastMerged = this.view.apply(delta, (id) => this.memory.extractionOf(id)?.events);
    }
    const state = this.options.store.getState();
    const shown = applyCorrections(this.lastMerged.merged, state.corrections, this.lastMerged.members);
    // The views redraw on the new events in the same task: give the page a turn first if this one ran long.
    await yieldToPage();
    state.setEvents(shown);
    if (delta.cache) await this.saveMerged(delta.cache);
  }

  /** Shows the merged events with the corrections on top. */
  private showEvents(): void {
    const state = this.options.store.getState();
    state.setEvents(applyCorrections(this.lastMerged.merged, state.corrections, this.lastMerged.members));
  }

  /**
   * Sends the merge engine every article (its first use, or after the worker was lost), seeded with the saved
   * merge the page shows, if any.
   */
  private async resync(): Promise<void> {
    this.view.clear();
    this.merger.reset();
    this.engineStale = false;
    await this.sendArticles(this.records());
    const seed = this.pendingSeed;
    this.pendingSeed = null;
    if (seed) await this.merger.seed(seed.cache, seed.constraints);
  }

  /**
   * This tab changed the articles in a transaction that found the database at generation `before` (null: the
   * generation could not be raised, so no merge is saved until the next start).
   */
  private advance(before: number | null): void {
    this.generation = before !== null && this.generation === before ? before + 1 : null;
  }

  /** Tells the user which records of an imported file were set aside, and why (the first few). */
  reportSetAside(setAside: readonly { record: string; problem: string }[]): void {
    const state = this.options.store.getState();
    const details = setAside
      .slice(0, 3)
      .map((item) => `${item.record}: ${item.problem}`)
      .join('; ');
    state.notify(
      'warning',
      translate(state.language, 'importSetAside', {
        count: setAside.length,
        details: details + (setAside.length > 3 ? '; …' : ''),
      }),
    );
  }

  /** Tells the user which stored articles could not be read (they stay stored, untouched). */
  private reportUnreadable(unreadable: readonly UnreadableArticle[]): void {
    const state = this.options.store.getState();
    const ids = [...new Set(unreadable.map((item) => item.id))];
    const shown = ids.slice(0, 5).join(', ') + (ids.length > 5 ? ', …' : '');
    const first = unreadable[0]?.reason ?? '';
    state.notify(
      'warning',
      translate(state.language, 'unreadableArticles', { count: ids.length, ids: shown, reason: first }),
    );
  }

  /**
   * Saves the merged events (in their saved form, made by the merge) for the generation the memory holds, so the
   * next start need not merge them again. Only a cache: if it cannot be saved (full disk, another tab wrote
   * meanwhile) the next start merges.
   */
  private async saveMerged(cache: MergedEventsCache): Promise<void> {
    const database = this.options.database;
    if (!database || this.generation === null || cache.generation !== this.generation) return;
    try {
      await saveMergedEvents(database, cache);
    } catch {
      // The library itself is saved; only the shortcut for the next start is missing.
    }
  }

  private broadcast(message: LibraryMessage): void {
    this.options.channel?.post(message);
  }

  /** Another tab wrote to the database: read what it wrote. */
  private receive(message: LibraryMessage): Promise<void> {
    return this.serial(async () => {
      const database = this.options.database;
      if (!database) return;
      if (message.type !== 'corrections-changed') this.generation = null;
      if (message.type === 'articles-saved') {
        const records = await readArticleRecords(database, message.ids);
        await this.remember(records, false);
      } else if (message.type === 'articles-removed') {
        this.forget(message.ids);
        await this.rebuildEvents();
      } else {
        this.options.store.getState().setCorrections(byEventId(await loadCorrections(database)));
        await this.rebuildEvents();
      }
    });
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** Articles (or machine events) handed to the merge in one message, at most. */
const SEND_ARTICLES = 250;
const SEND_EVENTS = 2000;

/** False for a merge saved under another rule or other split/merge decisions: it does not describe this library. */
function cacheFits(cache: MergedEventsCache, constraints: string): boolean {
  return (
    cache.rule === MERGE_RULE &&
    (cache.constraints ?? constraintsKey({ together: [], apart: [] })) === constraints
  );
}

/**
 * The corrections keyed by event id, in a record with no prototype: an id from an imported file such as
 * `__proto__` or `constructor` is an entry like any other.
 */
function byEventId(corrections: readonly EventCorrection[]): Record<string, EventCorrection> {
  const result = Object.create(null) as Record<string, EventCorrection>;
  for (const correction of corrections) result[correction.event_id] = correction;
  return result;
}

/**
 * Decides, for each record, whether it is new, replaces the stored article with its id (the same text: a re-run or
 * the same article imported again), repeats a text already stored (or earlier in the batch) under another id, or
 * clashes with a stored article of another text under the same id (ids from files such as "1", "2" are common):
 * such a record is stored under a new id and the stored article is kept. Fills `result`; returns the records to
 * write.
 */
function sortOut(
  records: readonly ArticleRecord[],
  found: readonly StoredMatch[],
  isStored: (id: string) => boolean,
  result: CommitResult,
): ArticleRecord[] {
  const batchOwners = new Map<string, string>();
  const kept = new Map<string, ArticleRecord>();
  const taken = (id: string): boolean => kept.has(id) || isStored(id);
  records.forEach((given, index) => {
    const { owner, stored } = found[index] ?? { owner: undefined, stored: undefined };
    const earlier = batchOwners.get(given.fingerprint);
    const storedElsewhere = owner !== undefined && owner !== given.id ? owner : undefined;
    const duplicateOf =
      storedElsewhere ?? (earlier !== undefined && earlier !== given.id ? earlier : undefined);
    if (duplicateOf !== undefined) {
      result.duplicates.push({ id: given.id, existingId: duplicateOf });
      return;
    }
    let record = given;
    const clash =
      (stored !== undefined && stored !== given.fingerprint) ||
      (kept.has(given.id) && kept.get(given.id)?.fingerprint !== given.fingerprint);
    if (clash) {
      record = withArticleId(given, freeId(given.id, taken));
      (result.renamed ??= []).push({ id: given.id, storedAs: record.id });
    }
    batchOwners.set(record.fingerprint, record.id);
    if (!kept.has(record.id))
      (stored !== undefined && !clash ? result.updated : result.added).push(record.id);
    kept.set(record.id, record);
  });
  return [...kept.values()];
}

/** `id~2`, `id~3`, … : the first that `taken` does not claim. */
function freeId(id: string, taken: (id: string) => boolean): string {
  for (let counter = 2; ; counter += 1) {
    const candidate = `${id}~${counter}`;
    if (!taken(candidate)) return candidate;
  }
}

let installed: LibraryService | null = null;
const waiting: ((service: LibraryService) => void)[] = [];

/** Makes `service` the app's library (called once at start-up). */
export function installLibraryService(service: LibraryService | null): void {
  installed = service;
  if (service) for (const resolve of waiting.splice(0)) resolve(service);
}

/** The app's library, once start-up has opened it. */
export function libraryService(): Promise<LibraryService> {
  if (installed) return Promise.resolve(installed);
  return new Promise((resolve) => waiting.push(resolve));
}

/**
 * Stores a batch of extracted articles in the library (the upload pipeline calls this after each batch).
 * Resolves once the batch is safely stored or has definitely failed; see `CommitResult`.
 */
export async function commitExtractions(
  entries: { article: Article; extraction: ArticleExtraction }[],
): Promise<CommitResult> {
  return (await libraryService()).commit(entries);
}
