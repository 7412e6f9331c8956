/**
 * CSV (and tab- or semicolon-separated) files: one article per row, columns title, text, published, url, source
 * (and the aliases the JSON reader accepts: content/body, date, headline, link, outlet). Parsed with papaparse;
 * the encoding is detected like any text file. A table with absurdly many columns is refused before parsing,
 * so a hostile file cannot make the parser build millions of fields.
 */
import Papa from 'papaparse';
import type { Article, Diagnostic } from '../../types.ts';
import { baseName } from '../article-fields.ts';
import { RECORD_FIELDS, recordToArticle } from '../article-record.ts';
import { decodeText } from '../encoding.ts';
import type { IngestFormat, IngestOptions, IngestResult } from '../types.ts';
import { contentId } from './content-id.ts';

/** More columns than any article table needs; beyond this a file is refused as malformed or hostile. */
export const MAX_CSV_COLUMNS = 200;
/** A header in lower case → the field name the article reader looks up. */
const FIELD_BY_LOWER_CASE = new Map(RECORD_FIELDS.map((field) => [field.toLowerCase(), field]));
const TEXT_COLUMNS = ['text', 'content', 'body', 'article', 'full_text'];
/** Row-level parse problems reported one by one before they are summarised. */
const MAX_ROW_MESSAGES = 5;

/**
 * The largest number of fields in any record, counting every separator a CSV may use outside quotes.
 * One pass over the text; stops as soon as the limit is passed.
 */
export function widestRecord(text: string, limit: number): number {
  let widest = 0;
  let fields = 1;
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x22) quoted = !quoted;
    else if (quoted) continue;
    else if (code === 0x2c || code === 0x3b || code === 0x09 || code === 0x7c) {
      fields++;
      if (fields > limit) return fields;
    } else if (code === 0x0a) {
      if (fields > widest) widest = fields;
      fields = 1;
    }
  }
  return Math.max(widest, fields);
}

function describeRow(row: number | undefined): string {
  // papaparse counts data rows from 0 after the header; people count lines from 1 with the header as line 1.
  return row === undefined ? 'somewhere' : `row ${row + 1}`;
}

function readCsv(bytes: Uint8Array, fileName: string, options?: IngestOptions): IngestResult {
  const decoded = decodeText(bytes, fileName);
  const diagnostics: Diagnostic[] = decoded.diagnostics.map((diagnostic) => ({
    ...diagnostic,
    message: `${fileName}: ${diagnostic.message}`,
  }));
  const articles: Article[] = [];
  const text = decoded.text;
  if (text === null) return { articles, diagnostics };
  if (text.trim().length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'empty-text',
      message: `${fileName}: the file has no text`,
      file: fileName,
    });
    return { articles, diagnostics };
  }
  const widest = widestRecord(text, MAX_CSV_COLUMNS);
  if (widest > MAX_CSV_COLUMNS) {
    diagnostics.push({
      severity: 'error',
      code: 'too-many-columns',
      message: `${fileName}: a row has more than ${MAX_CSV_COLUMNS} columns; expected the columns title, text, published, url, source`,
      file: fileName,
    });
    return { articles, diagnostics };
  }

  const parsed = Papa.parse<Record<string, string | undefined>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    // Headers in any case: "Text", "TITLE", and the camel-case names of scraper exports ("publishedAt").
    transformHeader: (header) => {
      const lower = header.trim().toLowerCase();
      return FIELD_BY_LOWER_CASE.get(lower) ?? lower;
    },
  });
  const columns = parsed.meta.fields ?? [];
  if (!columns.some((column) => TEXT_COLUMNS.includes(column))) {
    diagnostics.push({
      severity: 'error',
      code: 'missing-text-column',
      message: `${fileName}: no "text" column in the header (found: ${columns.slice(0, 10).join(', ') || 'nothing'}); expected title, text, published, url, source`,
      file: fileName,
    });
    return { articles, diagnostics };
  }

  const problems = parsed.errors.filter((error) => error.code !== 'UndetectableDelimiter');
  for (const error of problems.slice(0, MAX_ROW_MESSAGES)) {
    const unclosed = error.code === 'MissingQuotes' || error.code === 'InvalidQuotes';
    diagnostics.push({
      severity: 'warning',
      code: unclosed ? 'malformed-csv-quotes' : 'malformed-csv-row',
      message: unclosed
        ? `${fileName}, ${describeRow(error.row)}: a quote is never closed; the rest of the file may have been read as one field`
        : `${fileName}, ${describeRow(error.row)}: ${error.message}`,
      file: fileName,
    });
  }
  if (problems.length > MAX_ROW_MESSAGES) {
    diagnostics.push({
      severity: 'warning',
      code: 'malformed-csv-row',
      message: `${fileName}: ${problems.length - MAX_ROW_MESSAGES} more rows are malformed`,
      file: fileName,
    });
  }

  const base = baseName(fileName);
  const seen = new Set<string>();
  parsed.data.forEach((row, index) => {
    const where = `${fileName}, row ${index + 1}`;
    const result = recordToArticle(row, '', fileName, where, options);
    for (const diagnostic of result.diagnostics) diagnostics.push(diagnostic);
    if (!result.article) return;
    const article = result.article;
    if (article.id === '') article.id = contentId(base, `${article.title}\n${article.text}`);
    if (seen.has(article.id)) {
      diagnostics.push({
        severity: 'warning',
        code: 'duplicate-article',
        message: `${where}: the same article (id ${article.id}) appears twice; the later row was skipped`,
        file: fileName,
        article_id: article.id,
      });
      return;
    }
    seen.add(article.id);
    articles.push(article);
  });
  if (articles.length === 0 && !diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    diagnostics.push({
      severity: 'error',
      code: 'empty-text',
      message: `${fileName}: no row holds an article`,
      file: fileName,
    });
  }
  return { articles, diagnostics };
}

export const csvFormat: IngestFormat = { id: 'csv', extensions: ['csv', 'tsv'], read: readCsv };
