import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distanceKm } from '../../../src/pipeline/extract/distance.ts';
import type { Article, ConflictEvent } from '../../../src/pipeline/types.ts';
import { repositoryRoot } from './resources.ts';

export interface ExpectedEvent {
  sub_event_type: string;
  date?: string;
  date_window?: [string, string];
  near: [number, number] | null;
  radius_km?: number;
  fatalities?: number | null;
  actor1?: string;
  actor2?: string;
}

export interface FixtureArticle {
  id: string;
  lang: 'ar' | 'en';
  published: string;
  text: string;
  why?: string;
  expected: ExpectedEvent[];
}

const folder = join(repositoryRoot, 'test', 'fixtures', 'articles');

export function readFixtureArticles(): { file: string; article: FixtureArticle }[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const data = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { articles: FixtureArticle[] };
      return data.articles.map((article) => ({ file, article }));
    });
}

export function toArticle(fixture: FixtureArticle): Article {
  return {
    id: fixture.id,
    title: '',
    published: fixture.published,
    lang: fixture.lang,
    source: 'test fixture',
    text: fixture.text,
  };
}

/** Why an event does not fit what was expected, or null when it fits. */
export function mismatch(event: ConflictEvent, expected: ExpectedEvent): string | null {
  if (event.sub_event_type !== expected.sub_event_type) return `type ${event.sub_event_type}`;
  const window = expected.date_window ?? [expected.date ?? '', expected.date ?? ''];
  if (event.date === null || event.date < window[0] || event.date > window[1]) return `date ${event.date}`;
  if (expected.near === null) {
    if (event.latitude !== null) return `located at ${event.location} but should stay unlocated`;
  } else {
    if (event.latitude === null || event.longitude === null) return 'no place';
    const distance = distanceKm(event.latitude, event.longitude, expected.near[0], expected.near[1]);
    if (distance > (expected.radius_km ?? 25))
      return `place ${event.location} is ${Math.round(distance)} km away`;
  }
  if (expected.fatalities !== undefined && event.fatalities !== expected.fatalities)
    return `fatalities ${event.fatalities}`;
  if (expected.actor1 !== undefined && event.actor1 !== expected.actor1) return `actor1 ${event.actor1}`;
  if (expected.actor2 !== undefined && event.actor2 !== expected.actor2) return `actor2 ${event.actor2}`;
  return null;
}

function describeEvent(event: ConflictEvent): string {
  return `${event.sub_event_type} ${event.date} ${event.location ?? 'unlocated'} dead=${event.fatalities} ${event.actor1 ?? '-'}/${event.actor2 ?? '-'}`;
}

/** Problems found comparing the events of one article with the expected ones (empty when they agree). */
export function compareFixture(
  events: readonly ConflictEvent[],
  expected: readonly ExpectedEvent[],
): string[] {
  const problems: string[] = [];
  const used = new Set<ConflictEvent>();
  for (const wanted of expected) {
    const candidates = events.filter((event) => !used.has(event));
    const exact = candidates.find((event) => mismatch(event, wanted) === null);
    if (exact !== undefined) {
      used.add(exact);
      continue;
    }
    const reasons = candidates.map((event) => `${describeEvent(event)} (${mismatch(event, wanted)})`);
    problems.push(
      `missing ${wanted.sub_event_type} ${wanted.date ?? wanted.date_window?.join('..')}; got: ${reasons.join('; ') || 'nothing'}`,
    );
  }
  for (const event of events)
    if (!used.has(event)) problems.push(`unexpected ${describeEvent(event)}: "${event.notes.slice(0, 100)}"`);
  return problems;
}
