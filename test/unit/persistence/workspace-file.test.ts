import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../../src/export/workspace-file';
import { parseWorkspace } from '../../../src/export/read-workspace';
import { textFingerprint } from '../../../src/library/text-fingerprint';
import type { ArticleRecord } from '../../../src/persistence/schema';
import type { EventCorrection } from '../../../src/corrections/correction-types';
import { article, event, extraction } from '../library/library-fixtures';

const TEXT = 'قصف مدفعي استهدف حي الهضبة في طرابلس أمس.';
const record: ArticleRecord = {
  id: 'a',
  article: article('a', TEXT),
  extraction: extraction('a', [event('e1', 'a')]),
  fingerprint: textFingerprint(TEXT),
  bundled: true,
  addedAt: 42,
};
const correction: EventCorrection = { kind: 'edit', event_id: 'e1', fields: { fatalities: 2 }, updatedAt: 7 };

describe('the workspace file', () => {
  it('reads back exactly what it wrote', () => {
    const text = JSON.stringify(buildWorkspace([record], [correction], new Date('2026-01-02T03:04:05Z')));
    expect(parseWorkspace(text)).toEqual({
      ok: true,
      records: [record],
      corrections: [correction],
      setAside: [],
    });
  });

  it('names its format and version', () => {
    expect(buildWorkspace([], [])).toMatchObject({ format: 'marsad-workspace', version: 1 });
  });

  it('refuses text that is not JSON', () => {
    expect(parseWorkspace('{oops')).toEqual({ ok: false, reason: 'not JSON' });
  });

  it('refuses a GeoJSON file', () => {
    expect(parseWorkspace('{"type":"FeatureCollection","features":[]}')).toMatchObject({ ok: false });
  });

  it('refuses a workspace from a newer Marsad', () => {
    const newer = { ...buildWorkspace([], []), version: 99 };
    expect(parseWorkspace(JSON.stringify(newer))).toMatchObject({ ok: false, reason: /newer/ });
  });

  it('sets aside an article with no text, naming it and the field, and reads the others', () => {
    const workspace = buildWorkspace([record], []);
    const broken = {
      ...workspace,
      articles: [{ ...workspace.articles[0], article: { id: 'b', title: 'x' } }, workspace.articles[0]],
    };
    const parsed = parseWorkspace(JSON.stringify(broken));
    expect(parsed.ok && parsed.records).toEqual([record]);
    expect(parsed.ok && parsed.setAside).toEqual([
      { record: 'article 1 (id b)', problem: expect.stringMatching(/^article\.lang: /) as string },
    ]);
  });

  it('recomputes fingerprints instead of trusting the file', () => {
    const workspace = buildWorkspace([{ ...record, fingerprint: 'forged' }], []);
    const parsed = parseWorkspace(JSON.stringify(workspace));
    expect(parsed.ok && parsed.records[0]?.fingerprint).toBe(textFingerprint(TEXT));
  });
});
