import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareWithGold, goldArticles, readGold } from '../extract/gold-matching.ts';
import { repositoryRoot } from '../extract/resources.ts';
import type { ConflictEvent } from '../../../src/pipeline/types.ts';

const tsx = join(repositoryRoot, 'node_modules', '.bin', 'tsx');
const cli = join(repositoryRoot, 'scripts', 'extract-cli.ts');

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tsx, [cli, ...args], { cwd: repositoryRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
});

describe('npm run extract', () => {
  it('finds the seven required gold events in the seed articles through the CLI', () => {
    const gold = readGold();
    const articles = goldArticles(gold);
    const file = join(folder, 'seeds.jsonl');
    writeFileSync(
      file,
      articles
        .map((article) =>
          JSON.stringify({ id: article.id, text: article.text, published: article.published }),
        )
        .join('\n'),
    );
    const result = runCli([file]);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as {
      articles: { id: string; published: string }[];
      events: ConflictEvent[];
    };
    expect(output.articles.map((article) => article.id)).toEqual(['A', 'B', 'C']);
    for (const article of articles) {
      const events = output.events.filter((event) =>
        event.sources.some((source) => source.article_id === article.id),
      );
      const report = compareWithGold(gold, article, events);
      expect(report.missing).toEqual([]);
      expect(report.wrongFatalities).toEqual([]);
      expect(report.nonEventsEmitted).toEqual([]);
    }
  }, 60_000);

  it('reads a text file with --published and prints CSV with ACLED columns', () => {
    const file = join(folder, 'zawiya.txt');
    writeFileSync(
      file,
      'Heavy clashes broke out in Zawiya on Monday between rival armed groups, killing three people, residents said.',
    );
    const result = runCli(['--published', '2023-05-23', '--format', 'csv', file]);
    expect(result.status).toBe(0);
    const [header, row] = result.stdout.split('\r\n');
    expect(
      header?.startsWith(
        '"event_id_cnty","event_date","year","time_precision","disorder_type","event_type","sub_event_type"',
      ),
    ).toBe(true);
    expect(row).toContain('2023-05-22');
    expect(row).toContain('Armed clash');
    // The source is the file name, never the local path it was read from.
    expect(row).toContain(',"zawiya.txt",');
    expect(result.stdout).not.toContain(folder);
  }, 60_000);

  it('prints located events as a GeoJSON FeatureCollection', () => {
    const file = join(folder, 'sirte.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 's1',
        text: 'An airstrike hit a camp in Sirte on Tuesday, killing four fighters.',
        published: '2020-03-04',
      }),
    );
    const result = runCli(['--format', 'geojson', file]);
    expect(result.status).toBe(0);
    const collection = JSON.parse(result.stdout) as {
      type: string;
      features: { geometry: { coordinates: number[] } }[];
    };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(1);
  }, 60_000);

  it('prints GeoJSON text sequences (RFC 8142) with --format geojsonseq, naming the outlet from the address', () => {
    const file = join(folder, 'tobruk.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 't1',
        text: 'A drone strike hit a farm near Tobruk on Friday, killing two people.',
        published: '2021-06-12',
        url: 'https://www.libyaobserver.ly/news/drone-strike-tobruk',
      }),
    );
    const result = runCli(['--format', 'geojsonseq', file]);
    expect(result.status).toBe(0);
    const records = result.stdout.split('\u001e').slice(1);
    expect(result.stdout.startsWith('\u001e')).toBe(true);
    expect(records).toHaveLength(1);
    expect(records[0]?.endsWith('\n')).toBe(true);
    const feature = JSON.parse(records[0] ?? '') as { type: string; properties: Record<string, unknown> };
    expect(feature.type).toBe('Feature');
    expect(feature.properties['source']).toBe('Libya Observer');
    expect(feature.properties['sources']).toMatchObject([
      {
        article_id: 't1',
        outlet: 'Libya Observer',
        url: 'https://www.libyaobserver.ly/news/drone-strike-tobruk',
      },
    ]);
  }, 60_000);

  it('names bad files on stderr and still processes the others', () => {
    const good = join(folder, 'good.md');
    const broken = join(folder, 'broken.json');
    const empty = join(folder, 'empty.json');
    writeFileSync(
      good,
      '# Shelling\n\nShells hit the Abu Salim district of Tripoli on Sunday, killing two civilians.',
    );
    writeFileSync(broken, '{"text": ');
    writeFileSync(empty, '{"id": "e", "text": ""}');
    const missing = join(folder, 'missing.txt');
    const result = runCli(['--published', '2019-04-21', good, broken, empty, missing]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('broken.json');
    expect(result.stderr).toContain('empty.json');
    expect(result.stderr).toContain('missing.txt');
    const output = JSON.parse(result.stdout) as { articles: { id: string }[]; events: ConflictEvent[] };
    expect(output.articles.map((article) => article.id)).toEqual([
      expect.stringMatching(/^good-[0-9a-f]{12}$/),
    ]);
    expect(output.events.map((event) => event.sub_event_type)).toEqual(['Shelling/artillery/missile attack']);
  }, 60_000);

  it('exits non-zero when nothing could be read', () => {
    const result = runCli([join(folder, 'nothing-here.txt')]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('nothing-here.txt');
  }, 60_000);

  it('rejects an unknown format with a usage line', () => {
    const result = runCli(['--format', 'xml', 'a.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage');
  }, 60_000);
});
