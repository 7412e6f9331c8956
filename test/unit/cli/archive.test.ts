/**
 * `marsad extract` and `marsad merge` on archives, as built (test/unit/cli/built-cli.ts): standard input, folders
 * of mixed formats, bad records, shards merged back into the single run's output, help and exit codes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../../scripts/generate-corpus.ts';
import { repositoryRoot } from '../extract/resources.ts';
import { buildCli, marsad } from './built-cli.ts';

interface JsonEvent {
  sub_event_type: string;
  date: string | null;
  location: string | null;
  fatalities: number | null;
  sources: { article_id: string }[];
}

function events(jsonl: string): JsonEvent[] {
  return jsonl
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as JsonEvent);
}

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'marsad-archive-'));
  buildCli();
}, 180_000);

describe('marsad extract on standard input', () => {
  it('reads JSON Lines from -, record by record, reports a bad line by its number and codes the others', () => {
    const lines = [
      JSON.stringify({
        id: 'zawiya-1',
        text: 'Heavy clashes broke out in Zawiya on Monday between rival armed groups, killing three people.',
        published: '2023-05-23',
      }),
      '{"id": "broken", "text": "Shells fell on',
      JSON.stringify({
        id: 'sirte-1',
        text: 'قصفت طائرة مسيرة موقعا في سرت يوم الثلاثاء ما أسفر عن مقتل أربعة مسلحين.',
        published: '2020-03-04',
      }),
      JSON.stringify({ id: 'no-text', title: 'An article without a body' }),
    ];
    const run = marsad(['extract', '--jobs', '2', '--format', 'jsonl', '-'], lines.join('\n') + '\n');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('stdin, line 2: malformed JSON');
    expect(run.stderr).toContain('stdin, line 4: the article has no text');
    const found = events(run.stdout);
    expect(found).toMatchObject([
      {
        sub_event_type: 'Air/drone strike',
        date: '2020-03-03',
        location: 'Sirte',
        fatalities: 4,
        sources: [{ article_id: 'sirte-1' }],
      },
      {
        sub_event_type: 'Armed clash',
        date: '2023-05-22',
        location: 'Zawiya',
        fatalities: 3,
        sources: [{ article_id: 'zawiya-1' }],
      },
    ]);
    // The summary at the end counts the problems by kind.
    expect(run.stderr).toMatch(/problems: .*malformed-json/);
  }, 120_000);
});

describe('marsad extract on a folder', () => {
  it('reads every format the app reads (txt, html, csv, json, jsonl, docx, pdf, zip) from a folder, in name order', () => {
    const uploads = join(repositoryRoot, 'test', 'fixtures', 'uploads');
    const mixed = join(folder, 'mixed');
    mkdirSync(join(mixed, 'nested'), { recursive: true });
    for (const name of readdirSync(uploads)) {
      if (name.endsWith('.ts')) continue;
      // Half the files one folder down: folders are read recursively.
      copyFileSync(join(uploads, name), join(mixed, name < 'm' ? name : join('nested', name)));
    }
    writeFileSync(join(mixed, 'notes.png'), 'not an image reader');
    const run = marsad(['extract', '--jobs', '2', mixed]);
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as { articles: { id: string }[]; events: JsonEvent[] };
    const places = output.events.map((event) => `${event.sub_event_type} @ ${event.location}`).sort();
    expect(places).toEqual([
      'Air/drone strike @ Gharyan', // .txt
      'Air/drone strike @ Misrata airport', // .html
      'Air/drone strike @ Ubari', // .pdf
      'Armed clash @ Ajdabiya', // .csv
      'Armed clash @ Derna', // .docx
      'Armed clash @ Zawiya', // .json
      'Remote explosive/landmine/IED @ Benghazi', // .zip
      'Shelling/artillery/missile attack @ Sirte', // Windows-1256 .txt
      'Shelling/artillery/missile attack @ Tarhuna', // .jsonl
    ]);
    // Articles in the order of the files' names, the top folder's before the nested folder's.
    const ids = output.articles.map((article) => article.id);
    const at = (prefix: string) => ids.findIndex((id) => id.startsWith(prefix));
    expect(at('derna')).toBeGreaterThanOrEqual(0);
    expect(at('derna')).toBeLessThan(at('gharyan'));
    expect(at('gharyan')).toBeLessThan(at('misrata'));
    expect(run.stderr).toContain('of type .png');
  }, 120_000);

  it('reports a bad record in the middle of a JSON Lines file by file and line, and keeps those after it', () => {
    const file = join(folder, 'feed.jsonl');
    const good = (id: string, place: string) =>
      JSON.stringify({
        id,
        text: `An airstrike hit a camp in ${place} on Tuesday, killing two fighters.`,
        published: '2019-06-05',
      });
    writeFileSync(
      file,
      [good('a', 'Sirte'), good('b', 'Gharyan'), '[1, 2, 3]', '{not json', good('c', 'Tobruk')].join('\n'),
    );
    const run = marsad(['extract', '--jobs', '1', '--format', 'jsonl', file]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${file}, line 3: expected an article object`);
    expect(run.stderr).toContain(`${file}, line 4: malformed JSON`);
    expect(
      events(run.stdout)
        .map((event) => event.location)
        .sort(),
    ).toEqual(['Gharyan', 'Sirte', 'Tobruk']);
  }, 120_000);
});

describe('sharding: extract --no-merge on each shard, then merge', () => {
  it('gives exactly the single run, byte for byte, with an incident reported in two shards merged into one event', () => {
    const articles = generateCorpus({ count: 60, seed: 11 }).map((article) => JSON.stringify(article));
    // Two outlets report the same strike; the reports end up in the first and the last shard. Records carry their
    // id and outlet (an archive's records do): a record without them is named after its file, which differs by shard.
    articles.splice(
      3,
      0,
      JSON.stringify({
        id: 'outlet-a',
        text: 'A drone strike hit a warehouse in Misrata on Tuesday, killing three guards.',
        published: '2020-07-08',
        source: 'Libya Observer',
        url: 'https://www.libyaobserver.ly/news/warehouse-strike',
      }),
    );
    articles.push(
      JSON.stringify({
        id: 'outlet-b',
        text: 'Three guards were killed when a drone struck a warehouse in Misrata on Tuesday, officials said.',
        published: '2020-07-08',
        source: 'Libya Herald',
        url: 'https://www.libyaherald.com/2020/07/warehouse',
      }),
    );
    const whole = join(folder, 'archive.jsonl');
    writeFileSync(whole, articles.join('\n') + '\n');
    const shards = [0, 1, 2].map((index) => {
      const size = Math.ceil(articles.length / 3);
      const path = join(folder, `shard-${index}.jsonl`);
      writeFileSync(path, articles.slice(index * size, (index + 1) * size).join('\n') + '\n');
      return path;
    });

    const single = marsad(['extract', '--jobs', '2', '--format', 'csv', whole]);
    expect(single.status).toBe(0);
    const records = shards.map((shard, index) => {
      const run = marsad(['extract', '--no-merge', '--jobs', String(1 + (index % 2)), shard]);
      expect(run.status).toBe(0);
      const path = join(folder, `records-${index}.jsonl`);
      writeFileSync(path, run.stdout);
      return path;
    });
    const merged = marsad(['merge', '--format', 'csv', ...records]);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(single.stdout);
    const rows = single.stdout
      .split('\r\n')
      .filter((row) => row.includes('Misrata') && row.includes('guards'));
    expect(rows).toHaveLength(1);

    // The JSON output too: the shards' records merged, and extract --no-merge | merge through a pipe.
    const json = marsad(['extract', '--jobs', '2', whole]);
    expect(json.status).toBe(0);
    expect(marsad(['merge', ...records]).stdout).toBe(json.stdout);
    const perArticle = marsad(['extract', '--no-merge', '--jobs', '2', whole]);
    expect(marsad(['merge', '-'], perArticle.stdout).stdout).toBe(json.stdout);
    const output = JSON.parse(json.stdout) as { articles: unknown[]; events: JsonEvent[] };
    expect(output.articles).toHaveLength(articles.length);
    const strike = output.events.find((event) =>
      event.sources.some((source) => source.article_id === 'outlet-a'),
    );
    expect(new Set(strike?.sources.map((source) => source.article_id))).toEqual(
      new Set(['outlet-a', 'outlet-b']),
    );
  }, 300_000);
});

describe('help and exit codes', () => {
  it('prints help on stdout and exits 0', () => {
    for (const args of [['--help'], ['extract', '--help'], ['merge', '-h']]) {
      const run = marsad(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Usage: marsad/);
      expect(run.stdout).toContain('Exit codes');
      expect(run.stderr).toBe('');
    }
  }, 60_000);

  it('exits 2 on a wrong command line, naming the problem on stderr', () => {
    const cases: [string[], string][] = [
      [['extract', '--colour', 'x.jsonl'], "Unknown option '--colour'"],
      [['extract', '--format', 'xml', 'x.jsonl'], '--format must be one of'],
      [['extract', '--jobs', '0', 'x.jsonl'], '--jobs must be a whole number'],
      [['extract'], 'no input'],
      [['extract', '--no-merge', '--format', 'csv', 'x.jsonl'], '--no-merge writes JSON Lines records'],
      [['transform'], 'unknown command "transform"'],
    ];
    for (const [args, message] of cases) {
      const run = marsad(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe('');
    }
  }, 60_000);

  it('exits 1 when nothing could be read, and merge refuses what is not a record', () => {
    const nothing = marsad(['extract', join(folder, 'missing.jsonl')]);
    expect(nothing.status).toBe(1);
    expect(nothing.stderr).toContain('missing.jsonl');
    const notRecords = marsad(['merge'], '{"id": "x", "text": "an article, not a record"}\n');
    expect(notRecords.status).toBe(1);
    expect(notRecords.stderr).toContain('stdin, line 1: the record has no "article" with an "id"');
  }, 60_000);
});
