import { describe, expect, it } from 'vitest';
import { doneText, uploadText } from '../../../src/upload/upload-text';

describe('the closing notice of an upload counts reports and incidents', () => {
  it('in English', () => {
    expect(doneText('en', 64, 111, 66)).toBe('Added 64 articles: 111 reports of 66 incidents.');
    expect(doneText('en', 1, 1, 1)).toBe('Added 1 article: 1 report of 1 incident.');
    expect(doneText('en', 2, 0, 0)).toBe('Added 2 articles; no events found.');
  });

  it('in Arabic, each noun in the form its number wants', () => {
    expect(doneText('ar', 64, 111, 66)).toBe('أُضيفت 64 مقالةً: 111 تقريرًا عن 66 حادثةً.');
    expect(doneText('ar', 2, 5, 2)).toBe('أُضيفت مقالتان: 5 تقارير عن حادثتين.');
    expect(doneText('ar', 1, 1, 1)).toBe('أُضيفت مقالة واحدة: تقرير واحد عن حادثة واحدة.');
  });

  it('is what the upload session asks for', () => {
    expect(uploadText('en')('done', { added: 3, reports: 7, incidents: 4 })).toBe(
      'Added 3 articles: 7 reports of 4 incidents.',
    );
  });
});
