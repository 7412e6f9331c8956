import { describe, expect, it } from 'vitest';
import { acceptedExtensions } from '../../../src/pipeline/ingest/formats/any-file';
import type { Article } from '../../../src/pipeline/types';
import { UPLOAD_EXTENSIONS } from '../../../src/upload/limits-text';
import { extractAll } from '../../../src/workers/extract-job';
import { ingestFiles } from '../../../src/workers/ingest-job';
import { INGEST_LIMITS } from '../../../src/pipeline/ingest/formats/limits';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const article = (id: string): Article => ({
  id,
  title: id,
  published: null,
  lang: 'en',
  source: 's',
  text: id,
});

describe('reading a batch of files in the worker', () => {
  it('reports per file what was read and how many articles lack a date', async () => {
    const batch = await ingestFiles([
      file(
        'a.json',
        '[{"text":"Clashes in Zawiya.","published":"2019-01-02"},{"text":"Shelling in Sirte."}]',
      ),
      file('b.json', '{"text": '),
    ]);
    expect(batch.articles).toHaveLength(2);
    expect(batch.files[0]).toMatchObject({ name: 'a.json', undated: 1 });
    expect(batch.files[0]?.articleIds).toHaveLength(2);
    expect(batch.files[1]?.articleIds).toEqual([]);
    expect(batch.files[1]?.diagnostics[0]?.file).toBe('b.json');
  });

  it('keeps two different articles with the same id apart and drops an exact repeat', async () => {
    const batch = await ingestFiles([
      file('one/news.txt', 'Clashes in Zawiya.'),
      file('two/news.txt', 'Shelling in Sirte.'),
      file('three/news.txt', 'Clashes in Zawiya.'),
    ]);
    expect(batch.articles.map((item) => item.text)).toEqual(['Clashes in Zawiya.', 'Shelling in Sirte.']);
    expect(new Set(batch.articles.map((item) => item.id)).size).toBe(2);
  });

  it('stops reading files once the batch passes its size limit', async () => {
    const limits = { ...INGEST_LIMITS, maxBatchBytes: 30 };
    const batch = await ingestFiles(
      [file('a.txt', 'Clashes in Zawiya.'), file('b.txt', 'Shelling in Sirte.')],
      {
        limits,
      },
    );
    expect(batch.articles).toHaveLength(1);
    expect(batch.files[1]?.diagnostics[0]?.code).toBe('batch-too-large');
  });

  it('says when a file gave no article at all', async () => {
    const batch = await ingestFiles([file('a.jsonl', '\n\n')]);
    expect(batch.files[0]?.diagnostics[0]?.severity).toBe('error');
  });

  it('reports progress after each file', async () => {
    const seen: number[] = [];
    await ingestFiles([file('a.txt', 'x y'), file('b.txt', 'z w')], {
      onProgress: (p) => seen.push(p.filesDone),
    });
    expect(seen).toEqual([1, 2]);
  });
});

describe('extracting in the worker', () => {
  it('turns an extractor failure into a diagnostic for that article and goes on', async () => {
    const result = await extractAll([article('a'), article('b')], (item) => {
      if (item.id === 'a') throw new Error('boom');
      return { article_id: item.id, events: [], summaries: [], diagnostics: [] };
    });
    expect(result.extractions.map((item) => item.article_id)).toEqual(['a', 'b']);
    expect(result.extractions[0]?.diagnostics[0]).toMatchObject({
      code: 'extraction-failed',
      article_id: 'a',
    });
  });

  it('stops between articles once cancelled', async () => {
    let calls = 0;
    const result = await extractAll(
      [article('a'), article('b'), article('c')],
      (item) => {
        calls++;
        return { article_id: item.id, events: [], summaries: [], diagnostics: [] };
      },
      { isCancelled: () => calls >= 2 },
    );
    expect(result.cancelled).toBe(true);
    expect(result.extractions).toHaveLength(2);
  });
});

describe('the upload dialog', () => {
  it('lists exactly the extensions the ingest registry reads', () => {
    expect([...UPLOAD_EXTENSIONS].sort()).toEqual([...acceptedExtensions()].sort());
  });
});
