import { describe, expect, it } from 'vitest';
import type { CommitResult } from '../../../src/library/library-service';
import type { Article, ArticleExtraction } from '../../../src/pipeline/types';
import { UploadSession, type UploadDependencies } from '../../../src/upload/upload-session';
import { uploadText } from '../../../src/upload/upload-text';
import type { IngestBatch, UploadedFile } from '../../../src/workers/extraction-protocol';
import type { ExtractOptions, ExtractResult } from '../../../src/workers/extraction-client';

function article(id: string, published: string | null = null): Article {
  return { id, title: id, published, lang: 'en', source: 'test', text: `Clashes in ${id}.` };
}

function extraction(id: string, events = 1): ArticleExtraction {
  return {
    article_id: id,
    events: Array.from({ length: events }, () => ({}) as ArticleExtraction['events'][number]),
    summaries: [],
    diagnostics: [],
  };
}

function chosen(name: string, text = 'x', size?: number) {
  const bytes = new TextEncoder().encode(text);
  return { name, size: size ?? bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer };
}

interface Harness {
  session: UploadSession;
  notices: { level: string; text: string }[];
  committed: string[][];
  ingested: UploadedFile[][];
  extracted: Article[][];
}

function harness(
  batch: IngestBatch,
  options: { commit?: (ids: string[]) => CommitResult; cancelAfterBatches?: number; batchSize?: number } = {},
): Harness {
  const notices: Harness['notices'] = [];
  const committed: string[][] = [];
  const ingested: UploadedFile[][] = [];
  const extracted: Article[][] = [];
  const dependencies: UploadDependencies = {
    ingest: async (files) => {
      ingested.push(files);
      return batch;
    },
    extract: async (articles, extractOptions: ExtractOptions): Promise<ExtractResult> => {
      extracted.push([...articles]);
      const size = options.batchSize ?? 2;
      const result: ExtractResult = { extractions: [], cancelled: false, diagnostics: [] };
      for (let start = 0; start < articles.length; start += size) {
        if (extractOptions.signal?.aborted) return { ...result, cancelled: true };
        const batchExtractions = articles.slice(start, start + size).map((item) => extraction(item.id));
        result.extractions.push(...batchExtractions);
        await extractOptions.onBatch?.(
          batchExtractions.map((item) => ({
            article: articles.find((a) => a.id === item.article_id)!,
            extraction: item,
          })),
        );
        if (options.cancelAfterBatches !== undefined && committed.length >= options.cancelAfterBatches) {
          session.cancel();
        }
      }
      return result;
    },
    commit: async (entries) => {
      const ids = entries.map((entry) => entry.article.id);
      const result = options.commit?.(ids) ?? { added: ids, updated: [], duplicates: [], failure: null };
      if (!result.failure) committed.push(ids);
      return result;
    },
    describeFailure: (failure) => `storage failed: ${failure.kind}`,
    notify: (level, text) => notices.push({ level, text }),
    text: () => uploadText('en'),
  };
  const session = new UploadSession(dependencies);
  return { session, notices, committed, ingested, extracted };
}

const report = (name: string, ids: string[], undated = 0) => ({
  name,
  size: 10,
  articleIds: ids,
  undated,
  diagnostics: [],
});

describe('an upload from choice to library', () => {
  it('reads the files, shows them for review and commits the events batch by batch', async () => {
    const h = harness({
      files: [report('a.json', ['a', 'b', 'c'])],
      articles: [article('a', '2019-01-01'), article('b', '2019-01-01'), article('c', '2019-01-02')],
    });
    await h.session.chooseFiles([chosen('a.json')]);
    expect(h.session.getSnapshot().phase).toBe('review');
    await h.session.start();
    expect(h.committed).toEqual([['a', 'b'], ['c']]);
    expect(h.session.getSnapshot().phase).toBe('idle');
    expect(h.notices.at(-1)).toEqual({ level: 'info', text: 'Added 3 articles: 3 reports of 3 incidents.' });
  });

  it('names an article read without a title (a CSV row, a JSON record) by the first heading of its text', async () => {
    const untitled = (id: string, text: string): Article => ({ ...article(id), title: ' ', text });
    const h = harness({
      files: [report('rows.csv', ['a', 'b'])],
      articles: [
        untitled('a', 'Home | World | Libya\nDrone strike near Gharyan\n\nA drone hit a truck near Gharyan.'),
        untitled('b', 'اشتباكات في الزاوية\n\nاندلعت اشتباكات مسلحة في الزاوية مساء الأحد.'),
      ],
    });
    await h.session.chooseFiles([chosen('rows.csv')]);
    expect(h.session.getSnapshot().articles.map((item) => item.title)).toEqual([
      'Drone strike near Gharyan',
      'اشتباكات في الزاوية',
    ]);
    await h.session.start();
    expect(h.extracted.flat().map((item) => item.title)).toEqual([
      'Drone strike near Gharyan',
      'اشتباكات في الزاوية',
    ]);
  });

  it("gives every article its own date: set by the person, else its file's, else the one suggested", async () => {
    const h = harness({
      files: [
        {
          ...report('bundle.zip', ['a', 'b', 'c', 'd'], 3),
          dateSuggestions: [{ articleId: 'b', date: '2020-07-26', from: 'dateline' as const }],
        },
      ],
      articles: [article('a'), article('b'), article('c', '2019-04-10'), article('d')],
    });
    await h.session.chooseFiles([chosen('bundle.zip')]);
    h.session.setArticleDate('a', '2019-05-01');
    expect(h.session.undatedCount()).toBe(1);
    await h.session.start();
    expect(h.extracted[0]?.map((item) => item.published)).toEqual([
      '2019-05-01',
      '2020-07-26',
      '2019-04-10',
      null,
    ]);
  });

  it('applies one date to the articles that lack one, leaving suggested and own dates alone', async () => {
    const h = harness({
      files: [
        {
          ...report('bundle.zip', ['a', 'b', 'c', 'd'], 3),
          dateSuggestions: [{ articleId: 'b', date: '2020-07-26', from: 'text' as const }],
        },
      ],
      articles: [article('a'), article('b'), article('c', '2019-04-10'), article('d')],
    });
    await h.session.chooseFiles([chosen('bundle.zip')]);
    expect(h.session.applyDateToUndated('2021-01-02')).toBe(2);
    expect(h.session.undatedCount()).toBe(0);
    await h.session.start();
    expect(h.extracted[0]?.map((item) => item.published)).toEqual([
      '2021-01-02',
      '2020-07-26',
      '2019-04-10',
      '2021-01-02',
    ]);
  });

  it('lets the person clear a suggested date', async () => {
    const h = harness({
      files: [
        {
          ...report('a.txt', ['a'], 1),
          dateSuggestions: [{ articleId: 'a', date: '2020-07-26', from: 'text' as const }],
        },
      ],
      articles: [article('a')],
    });
    await h.session.chooseFiles([chosen('a.txt')]);
    h.session.setArticleDate('a', '');
    await h.session.start();
    expect(h.extracted[0]?.[0]?.published).toBeNull();
  });

  it('leaves the date unknown when none is given', async () => {
    const h = harness({ files: [report('a.txt', ['a'], 1)], articles: [article('a')] });
    await h.session.chooseFiles([chosen('a.txt')]);
    await h.session.start();
    expect(h.extracted[0]?.[0]?.published).toBeNull();
  });

  it('refuses a file over the size limit before reading it, naming the file and the limit', async () => {
    const h = harness({ files: [report('small.txt', ['a'])], articles: [article('a')] });
    await h.session.chooseFiles([chosen('huge.txt', 'x', 30 * 1024 * 1024), chosen('small.txt')]);
    expect(h.ingested[0]?.map((file) => file.name)).toEqual(['small.txt']);
    expect(h.notices[0]?.text).toBe(
      'huge.txt: the file is 30 MB; the limit is 25 MB per file. It was not read.',
    );
    expect(h.session.getSnapshot().rows.map((row) => [row.name, row.refused])).toEqual([
      ['huge.txt', true],
      ['small.txt', false],
    ]);
  });

  it('shows every problem the worker found as a notice naming the file', async () => {
    const problem = {
      severity: 'error' as const,
      code: 'malformed-json',
      message: 'bad.json: malformed JSON',
      file: 'bad.json',
    };
    const h = harness({
      files: [{ ...report('bad.json', []), diagnostics: [problem] }, report('good.txt', ['a'])],
      articles: [article('a')],
    });
    await h.session.chooseFiles([chosen('bad.json'), chosen('good.txt')]);
    expect(h.notices).toContainEqual({ level: 'error', text: 'bad.json: malformed JSON' });
    expect(h.session.getSnapshot().articles).toHaveLength(1);
  });

  it('stops after the batch in progress when cancelled, keeping what was committed', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const h = harness(
      { files: [report('a.jsonl', ids)], articles: ids.map((id) => article(id)) },
      { cancelAfterBatches: 1 },
    );
    await h.session.chooseFiles([chosen('a.jsonl')]);
    await h.session.start();
    expect(h.committed).toEqual([['a', 'b']]);
    expect(h.notices.at(-1)?.text).toMatch(/^Cancelled: 2 of 6 articles were added/);
  });

  it('stops and says so when the library cannot store a batch', async () => {
    const h = harness(
      { files: [report('a.jsonl', ['a', 'b', 'c'])], articles: ['a', 'b', 'c'].map((id) => article(id)) },
      {
        commit: () => ({
          added: [],
          updated: [],
          duplicates: [],
          failure: { kind: 'quota', detail: 'full' },
        }),
      },
    );
    await h.session.chooseFiles([chosen('a.jsonl')]);
    await h.session.start();
    expect(h.notices).toContainEqual({ level: 'error', text: 'storage failed: quota' });
    expect(h.notices.some((notice) => notice.text.startsWith('Added'))).toBe(false);
  });

  it('tells how many articles were already in the library', async () => {
    const h = harness(
      { files: [report('a.jsonl', ['a', 'b'])], articles: [article('a'), article('b')] },
      {
        commit: (ids) => ({
          added: ids.slice(1),
          updated: [],
          duplicates: [{ id: 'a', existingId: 'x' }],
          failure: null,
        }),
      },
    );
    await h.session.chooseFiles([chosen('a.jsonl')]);
    await h.session.start();
    expect(h.notices).toContainEqual({
      level: 'info',
      text: 'One article was already in the library and was not added again.',
    });
  });

  it('reads a pasted article with its title, date and source like a file, and adds it in one step', async () => {
    const h = harness({ files: [report('pasted.json', ['p'])], articles: [article('p', '2019-02-03')] });
    await h.session.paste({
      text: 'Clashes in Zawiya.',
      title: 'Zawiya',
      published: '2019-02-03',
      source: 'Al Wasat',
    });
    const sent = h.ingested[0]?.[0];
    expect(JSON.parse(new TextDecoder().decode(sent?.bytes))).toEqual({
      text: 'Clashes in Zawiya.',
      title: 'Zawiya',
      source: 'Al Wasat',
      published: '2019-02-03',
    });
    // No review to confirm: the pasted article is extracted and added at once.
    expect(h.committed).toEqual([['p']]);
    expect(h.session.getSnapshot().phase).toBe('idle');
    expect(h.notices.at(-1)?.text).toMatch(/^Added 1 article/);
  });

  it('names a pasted article after its first heading, never after an internal file name', async () => {
    const problem = {
      severity: 'warning' as const,
      code: 'not-prose',
      message: 'pasted.json: holds a long run',
      file: 'pasted.json',
    };
    const h = harness({ files: [{ ...report('pasted.json', []), diagnostics: [problem] }], articles: [] });
    await h.session.paste({
      text: 'Home | World | Libya\nRockets hit Mitiga airport\nRockets fell on the airport on Monday.',
      title: '',
      published: '',
      source: '',
    });
    const sent = JSON.parse(new TextDecoder().decode(h.ingested[0]?.[0]?.bytes)) as { title: string };
    expect(sent.title).toBe('Rockets hit Mitiga airport');
    const rows = h.session.getSnapshot().rows;
    expect(rows.map((row) => row.name)).toEqual(['Rockets hit Mitiga airport']);
    expect(rows[0]?.diagnostics[0]?.message).toBe('Rockets hit Mitiga airport: holds a long run');
  });

  it('gives a pasted article without a date the day its dateline suggests, and says so', async () => {
    const h = harness({
      files: [
        {
          ...report('pasted.json', ['p'], 1),
          dateSuggestions: [{ articleId: 'p', date: '2020-07-26', from: 'dateline' as const }],
        },
      ],
      articles: [article('p')],
    });
    await h.session.paste({
      text: 'TRIPOLI, July 26, 2020 - Clashes.',
      title: '',
      published: '',
      source: '',
    });
    expect(h.extracted[0]?.[0]?.published).toBe('2020-07-26');
    expect(h.notices.map((notice) => notice.text)).toContain(
      'Publication date suggested from the dateline: 26 Jul 2020.',
    );
  });

  it('asks for text when the paste box is empty', async () => {
    const h = harness({ files: [], articles: [] });
    await h.session.paste({ text: '  ', title: '', published: '', source: '' });
    expect(h.ingested).toEqual([]);
    expect(h.notices[0]?.text).toBe('Paste the text of an article first.');
  });
});
