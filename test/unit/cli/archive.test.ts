/**
 * `marsad extract` and `marsad merge` on archives, as built (test/unit/cli/built-cli.ts): standard input, folders
 * of mixed formats, bad records, shards merged back into the single run's output, help and exit codes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../../scripts/generate-corpus.ts';
import { reduceResources } from '../../../src/cli/data.ts';
import type { ArticleRecord } from '../../../src/cli/records.ts';
import { jsonEvent } from '../../../src/cli/reduce.ts';
import { mergeEvents } from '../../../src/pipeline/extract/merge-events.ts';
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
    const articles = generateCorpus({ count: 240, seed: 11 }).map((article) => JSON.stringify(article));
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
    // And the events of one merge over every report, as the app merges them (the merge before it was made to run
    // in bounded memory): the same, in the same order.
    const reports = perArticle.stdout
      .split('\n')
      .filter((line) => line !== '')
      .flatMap((line) => (JSON.parse(line) as ArticleRecord).events);
    const oneMerge = mergeEvents(reports, { places: reduceResources().places });
    expect(oneMerge.length).toBeLessThan(reports.length);
    expect(marsad(['merge', '--format', 'jsonl', ...records]).stdout).toBe(
      oneMerge.map((event) => `${JSON.stringify(jsonEvent(event))}\n`).join(''),
    );
    const output = JSON.parse(json.stdout) as { articles: unknown[]; events: JsonEvent[] };
    expect(output.articles).toHaveLength(articles.length);
    const strike = output.events.find((event) =>
      event.sources.some((source) => source.article_id === 'outlet-a'),
    );
    expect(new Set(strike?.sources.map((source) => source.article_id))).toEqual(
      new Set(['outlet-a', 'outlet-b']),
    );
  }, 600_000);
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

  it('merge reports a record whose event has no readable date by its line, and merges the others', () => {
    const record = (id: string, date: string) =>
      JSON.stringify({
        article: { id, title: '', published: null, lang: 'en', source: 'feed' },
        events: [
          {
            id: `${id}-1`,
            event_type: 'Battles',
            sub_event_type: 'Armed clash',
            date,
            time_precision: 1,
            location: 'Zawiya',
            place_id: null,
            admin1: null,
            latitude: 32.75,
            longitude: 12.72,
            geo_precision: 2,
            actor1: null,
            actor2: null,
            fatalities: 2,
            fatalities_high: null,
            injuries: null,
            notes: 'Clashes in Zawiya killed two.',
            confidence: 0.8,
            confidence_reasons: [],
            sources: [{ article_id: id, start: 0, end: 10 }],
          },
        ],
      });
    const run = marsad(
      ['merge', '--format', 'jsonl'],
      [record('a', '2021-02-30'), record('b', '2021-02-03')].join('\n') + '\n',
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('stdin, line 1: event a-1 has no readable date');
    expect(events(run.stdout)).toMatchObject([{ date: '2021-02-03', sources: [{ article_id: 'b' }] }]);
  }, 60_000);
});

describe('temporary files', () => {
  function spillFolders(root: string): string[] {
    return readdirSync(root).filter((name) => name.startsWith('marsad-merge-'));
  }

  it('are removed when the output cannot be written (exit 3)', () => {
    const temporary = mkdtempSync(join(tmpdir(), 'marsad-tmp-'));
    const articles = generateCorpus({ count: 40, seed: 5 }).map((article) => JSON.stringify(article));
    const input = join(folder, 'to-full.jsonl');
    writeFileSync(input, articles.join('\n') + '\n');
    const result = spawnSync(process.execPath, [buildCli(), 'extract', '--jobs', '1', input], {
      cwd: repositoryRoot,
      stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'],
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, TMPDIR: temporary },
    });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('ENOSPC');
    expect(spillFolders(temporary)).toEqual([]);
  }, 120_000);

  it('are removed when the run is stopped with SIGTERM (exit 143)', async () => {
    const temporary = mkdtempSync(join(tmpdir(), 'marsad-tmp-'));
    const perArticle = marsad(['extract', '--no-merge', '--jobs', '1', join(folder, 'to-full.jsonl')]);
    const child = spawn(process.execPath, [buildCli(), 'merge', '-'], {
      cwd: repositoryRoot,
      stdio: ['pipe', 'ignore', 'ignore'],
      env: { ...process.env, TMPDIR: temporary },
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // The records go in, standard input stays open: the merge waits with its reports spilled.
    child.stdin.write(perArticle.stdout);
    for (let waited = 0; spillFolders(temporary).length === 0 && waited < 30_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(spillFolders(temporary)).toHaveLength(1);
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(spillFolders(temporary)).toEqual([]);
  }, 120_000);
});
