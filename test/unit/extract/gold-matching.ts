/**
 * Matching predicted events against gold events, as shared/seeds/gold.json's `about` defines it: the
 * sub_event_type agrees, the date falls in date_window, and the point lies within radius_km of the gold
 * point (a gold event with no point must stay unlocated). Fatalities are compared as well.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distanceKm } from '../../../src/pipeline/extract/distance.ts';
import type { Article, ConflictEvent } from '../../../src/pipeline/types.ts';
import { repositoryRoot } from './resources.ts';

export interface GoldEvent {
  id: string;
  article: string;
  required: boolean;
  sub_event_type: string;
  date_window: [string, string];
  latitude: number | null;
  longitude: number | null;
  radius_km: number | null;
  fatalities: number | null;
  evidence: string;
}

export interface GoldFile {
  articles: {
    id: string;
    file: string;
    lines: [number, number];
    published: string;
    lang: 'ar' | 'en';
    title: string;
  }[];
  events: GoldEvent[];
  non_events: { article: string; text: string; why: string }[];
}

const seedsDir = join(repositoryRoot, 'test', 'fixtures', 'seeds');

export function readGold(): GoldFile {
  return JSON.parse(readFileSync(join(seedsDir, 'gold.json'), 'utf8')) as GoldFile;
}

/** The seed articles cut from the seed files by the line ranges gold.json records. */
export function goldArticles(gold: GoldFile): Article[] {
  return gold.articles.map((entry) => {
    const lines = readFileSync(join(seedsDir, entry.file), 'utf8').split('\n');
    return {
      id: entry.id,
      title: entry.title,
      published: entry.published,
      lang: entry.lang,
      source: entry.file,
      text: lines.slice(entry.lines[0] - 1, entry.lines[1]).join('\n'),
    };
  });
}

export function matchesGold(event: ConflictEvent, gold: GoldEvent): boolean {
  if (event.sub_event_type !== gold.sub_event_type) return false;
  if (event.date === null || event.date < gold.date_window[0] || event.date > gold.date_window[1])
    return false;
  if (gold.latitude === null || gold.longitude === null || gold.radius_km === null)
    return event.latitude === null;
  if (event.latitude === null || event.longitude === null) return false;
  return distanceKm(event.latitude, event.longitude, gold.latitude, gold.longitude) <= gold.radius_km;
}

export interface GoldReport {
  missing: string[];
  wrongFatalities: string[];
  /** Predicted events that match no gold event and rest on a listed non-event. */
  nonEventsEmitted: string[];
}

/** Greedy one-to-one matching of predicted events to gold events of one article. */
export function compareWithGold(
  gold: GoldFile,
  article: Article,
  events: readonly ConflictEvent[],
): GoldReport {
  const report: GoldReport = { missing: [], wrongFatalities: [], nonEventsEmitted: [] };
  const used = new Set<ConflictEvent>();
  for (const expected of gold.events.filter((event) => event.article === article.id)) {
    const found = events.find((event) => !used.has(event) && matchesGold(event, expected));
    if (found === undefined) {
      if (expected.required) report.missing.push(expected.id);
      continue;
    }
    used.add(found);
    if (expected.required && found.fatalities !== expected.fatalities) {
      report.wrongFatalities.push(`${expected.id}: expected ${expected.fatalities}, got ${found.fatalities}`);
    }
  }
  for (const nonEvent of gold.non_events.filter((entry) => entry.article === article.id)) {
    const start = article.text.indexOf(nonEvent.text);
    if (start < 0) throw new Error(`non-event text not found in article ${article.id}: ${nonEvent.text}`);
    const end = start + nonEvent.text.length;
    for (const event of events) {
      if (used.has(event)) continue;
      if (
        event.sources.some(
          (source) => source.article_id === article.id && source.start < end && start < source.end,
        )
      ) {
        report.nonEventsEmitted.push(
          `${nonEvent.why}: ${event.sub_event_type} ${event.date ?? ''} "${event.notes.slice(0, 80)}"`,
        );
      }
    }
  }
  return report;
}
