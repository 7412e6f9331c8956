/**
 * Scoring the extractor on the held-out articles (test/fixtures/heldout): one-to-one matching of
 * predicted to expected events by type, date window and radius, as shared/seeds/gold.json defines it,
 * then precision, recall and F1, and agreement on fatalities and actors among the matched events.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distanceKm } from '../../../src/pipeline/extract/distance.ts';
import type { ConflictEvent } from '../../../src/pipeline/types.ts';
import type { ExpectedEvent, FixtureArticle } from './fixture-articles.ts';
import { repositoryRoot } from './resources.ts';

export interface HeldoutEvent extends ExpectedEvent {
  optional?: boolean;
}

export interface HeldoutArticle extends FixtureArticle {
  source: string;
  expected: HeldoutEvent[];
}

/**
 * The articles of one fixture file in `folder` (`file`, e.g. 'dev.json'), or of every .json file there in
 * name order when no file is given.
 */
export function readArticlesFrom(folder: string, file?: string): HeldoutArticle[] {
  const files =
    file === undefined
      ? readdirSync(folder)
          .filter((name) => name.endsWith('.json'))
          .sort()
      : [file];
  return files.flatMap((name) => {
    const data = JSON.parse(readFileSync(join(folder, name), 'utf8')) as { articles: HeldoutArticle[] };
    return data.articles;
  });
}

export function readHeldoutArticles(): HeldoutArticle[] {
  return readArticlesFrom(join(repositoryRoot, 'test', 'fixtures', 'heldout'));
}

/** Type, date window and place agree (fatalities and actors are scored apart). */
export function sameEvent(event: ConflictEvent, expected: HeldoutEvent): boolean {
  if (event.sub_event_type !== expected.sub_event_type) return false;
  const window = expected.date_window ?? [expected.date ?? '', expected.date ?? ''];
  if (event.date === null || event.date < window[0] || event.date > window[1]) return false;
  if (expected.near === null) return event.latitude === null;
  if (event.latitude === null || event.longitude === null) return false;
  const distance = distanceKm(event.latitude, event.longitude, expected.near[0], expected.near[1]);
  return distance <= (expected.radius_km ?? 25);
}

export interface FieldScore {
  right: number;
  total: number;
}

export interface HeldoutScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  fatalities: FieldScore;
  actors: FieldScore;
  problems: string[];
}

export function emptyScore(): HeldoutScore {
  return {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    fatalities: { right: 0, total: 0 },
    actors: { right: 0, total: 0 },
    problems: [],
  };
}

function describe(event: ConflictEvent): string {
  return `${event.sub_event_type} ${event.date} ${event.location ?? 'unlocated'} dead=${event.fatalities} ${event.actor1 ?? '-'}/${event.actor2 ?? '-'}`;
}

function scoreActors(event: ConflictEvent, expected: HeldoutEvent, score: HeldoutScore, id: string): void {
  const wanted = [expected.actor1, expected.actor2];
  const unordered = expected.sub_event_type === 'Armed clash';
  const got = [event.actor1, event.actor2];
  wanted.forEach((actor, index) => {
    if (actor === undefined) return;
    score.actors.total += 1;
    const right = unordered ? got.includes(actor) : got[index] === actor;
    if (right) score.actors.right += 1;
    else score.problems.push(`${id}: actor${index + 1} ${actor} wanted, got ${describe(event)}`);
  });
}

/** Adds one article's comparison to the running score. */
export function scoreArticle(
  article: HeldoutArticle,
  events: readonly ConflictEvent[],
  score: HeldoutScore,
): void {
  const used = new Set<ConflictEvent>();
  const ordered = [...article.expected].sort(
    (a, b) => Number(a.optional ?? false) - Number(b.optional ?? false),
  );
  for (const expected of ordered) {
    const found = events.find((event) => !used.has(event) && sameEvent(event, expected));
    if (found === undefined) {
      if (expected.optional !== true) {
        score.falseNegatives += 1;
        const got = events.map(describe).join('; ') || 'nothing';
        score.problems.push(
          `${article.id}: missed ${expected.sub_event_type} ${expected.date ?? expected.date_window?.join('..')}; got ${got}`,
        );
      }
      continue;
    }
    used.add(found);
    if (expected.optional === true) continue;
    score.truePositives += 1;
    if (expected.fatalities !== undefined) {
      score.fatalities.total += 1;
      if (found.fatalities === expected.fatalities) score.fatalities.right += 1;
      else
        score.problems.push(
          `${article.id}: fatalities ${expected.fatalities} wanted, got ${describe(found)}`,
        );
    }
    scoreActors(found, expected, score, article.id);
  }
  for (const event of events) {
    if (used.has(event)) continue;
    score.falsePositives += 1;
    score.problems.push(`${article.id}: spurious ${describe(event)} "${event.notes.slice(0, 90)}"`);
  }
}

export function ratios(score: HeldoutScore): { precision: number; recall: number; f1: number } {
  const precision = score.truePositives / Math.max(1, score.truePositives + score.falsePositives);
  const recall = score.truePositives / Math.max(1, score.truePositives + score.falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Scores `articles` with the events `eventsOf` gives for each (extracted once per article by the caller). */
export function scoreArticles(
  articles: readonly HeldoutArticle[],
  eventsOf: (article: HeldoutArticle) => readonly ConflictEvent[],
): HeldoutScore {
  const score = emptyScore();
  for (const article of articles) scoreArticle(article, eventsOf(article), score);
  return score;
}

function percentOf(right: number, total: number): string {
  return total === 0 ? 'n/a' : `${((100 * right) / total).toFixed(1)}%`;
}

/** One line: precision, recall, F1, the counts behind them, and fatality and actor agreement. */
export function describeScore(label: string, score: HeldoutScore): string {
  const { precision, recall, f1 } = ratios(score);
  const { truePositives: found, falsePositives: spurious, falseNegatives: missed } = score;
  const field = (name: string, value: FieldScore): string =>
    `${name} ${value.right}/${value.total} (${percentOf(value.right, value.total)})`;
  return [
    label,
    `precision ${percentOf(precision * 100, 100)}, recall ${percentOf(recall * 100, 100)}, F1 ${percentOf(f1 * 100, 100)}`,
    `(${found} found, ${spurious} spurious, ${missed} missed);`,
    `${field('fatalities right', score.fatalities)}, ${field('actors right', score.actors)}`,
  ].join(' ');
}
