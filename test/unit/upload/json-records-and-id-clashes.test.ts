import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { ingestFiles } from '../../../src/workers/ingest-job';
import type { UploadedFile } from '../../../src/workers/extraction-protocol';
import { UploadSession } from '../../../src/upload/upload-session';
import { uploadText } from '../../../src/upload/upload-text';
import { article, extraction, freshName, openTestLibrary } from '../library/library-fixtures';

function file(name: string, content: string | Uint8Array): UploadedFile {
  return { name, bytes: typeof content === 'string' ? strToU8(content) : content };
}

const STRIKE = 'An air strike hit a depot near Sirte on Monday, killing four guards, officials said.';
const CLASH = 'Clashes broke out in Zawiya on Friday between two armed groups; three fighters were killed.';
const SHELLING = 'Shells fell on homes in Ain Zara on Sunday, wounding six civilians, medics said.';

describe('JSON uploads are checked record by record by the workspace schema', () => {
  it('sets aside the record whose title is a number, names it and its field, and reads the others', async () => {
    const records = [
      { id: 'a', title: 'Strike near Sirte', text: STRIKE },
      { id: 'b', title: 42, text: CLASH },
      { id: 'c', headline: 'Shelling in Ain Zara', content: SHELLING, date: '12 March 2020' },
    ];
    const batch = await ingestFiles([file('news.json', JSON.stringify(records))]);
    expect(batch.articles.map((item) => item.id)).toEqual(['a', 'c']);
    const messages = batch.files[0]?.diagnostics.map((item) => item.message) ?? [];
    const problem = messages.find((message) => message.includes('set aside'));
    expect(problem).toMatch(
      /^news\.json, article 2 \(id b\): title: Invalid type: Expected string but received 42/,
    );
    expect(batch.files[0]?.diagnostics.find((item) => item.code === 'invalid-record')?.severity).toBe(
      'error',
    );
  });

  it('sets aside a JSON Lines record whose text is an object, by its line, and keeps the rest', async () => {
    const lines = [
      JSON.stringify({ id: 7, text: STRIKE }),
      JSON.stringify({ id: 'x', text: { body: CLASH } }),
      JSON.stringify({ body: SHELLING, outlet: 'Libya Observer', link: 'https://example.org/a' }),
    ].join('\n');
    const batch = await ingestFiles([file('feed.jsonl', lines)]);
    expect(batch.articles).toHaveLength(2);
    expect(batch.articles[0]?.id).toBe('7');
    expect(batch.articles[1]?.source).toBe('Libya Observer');
    const problem = batch.files[0]?.diagnostics.find((item) => item.code === 'invalid-record');
    expect(problem?.message).toMatch(/^feed\.jsonl, line 2 \(id x\): text: /);
  });

  it('checks the JSON files inside a zip too', async () => {
    const zip = zipSync({
      'archive/one.json': strToU8(JSON.stringify({ id: 'one', text: STRIKE })),
      'archive/two.json': strToU8(JSON.stringify({ id: 'two', text: CLASH, published: ['2020-01-01'] })),
    });
    const batch = await ingestFiles([file('archive.zip', zip)]);
    expect(batch.articles.map((item) => item.id)).toEqual(['one']);
    const problem = batch.files[0]?.diagnostics.find((item) => item.code === 'invalid-record');
    expect(problem?.message).toMatch(/two\.json \(id two\): published: /);
  });
});

describe('the review says when an uploaded id is already in the library with another text', () => {
  it('names the clash and the id the article will be stored under, as the library then stores it', async () => {
    const library = await openTestLibrary(freshName());
    await library.service.commit([
      { article: article('2', STRIKE), extraction: extraction('2', []) },
      { article: article('5', SHELLING), extraction: extraction('5', []) },
    ]);
    const uploaded = [
      { id: '2', title: 'Another story', text: CLASH },
      { id: '5', title: 'The same story again', text: SHELLING },
      { id: '9', title: 'Repeat of 2 under another id', text: STRIKE },
    ];
    const session = new UploadSession({
      ingest: (files) => ingestFiles(files),
      extract: async () => ({ extractions: [], cancelled: false, diagnostics: [] }),
      commit: async () => ({ added: [], updated: [], duplicates: [], failure: null }),
      describeFailure: () => '',
      notify: () => undefined,
      text: () => uploadText('en'),
      clashes: (articles) => library.service.clashesOf(articles),
    });
    const bytes = strToU8(JSON.stringify(uploaded));
    await session.chooseFiles([
      { name: 'export.json', size: bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer },
    ]);
    const state = session.getSnapshot();
    expect(state.phase).toBe('review');
    // Only id 2 clashes: 5 is the same text (a re-run), 9 repeats a stored text (not added at all).
    expect([...state.clashes]).toEqual([['2', '2~2']]);
    expect(uploadText('en')('idClashRow', { id: '2', storedAs: '2~2' })).toBe(
      'id 2 is already in the library with other text — kept both, this one as 2~2',
    );

    const read = state.articles.find((item) => item.id === '2');
    expect(read).toBeDefined();
    const result = await library.service.commit([{ article: read!, extraction: extraction('2', []) }]);
    expect(result.renamed).toEqual([{ id: '2', storedAs: '2~2' }]);
    expect(library.store.getState().articles['2']?.text).toBe(STRIKE);
    library.database.close();
  });
});
