/** JSON (one article object or an array of them) and JSON Lines (one article per line). */
import type { Article, Diagnostic } from '../types.ts';
import { baseName, decodeText } from './article-fields.ts';
import { recordToArticle } from './article-record.ts';
import type { IngestFormat, IngestOptions, IngestResult } from './types.ts';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The record's problem as a diagnostic (it is then set aside), or null when `checkRecord` finds none. */
function setAside(
  record: unknown,
  fileName: string,
  where: string,
  options?: IngestOptions,
): Diagnostic | null {
  const problem = options?.checkRecord?.(record) ?? null;
  if (problem === null) return null;
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  const named = typeof id === 'string' || typeof id === 'number' ? ` (id ${String(id).slice(0, 80)})` : '';
  return {
    severity: 'error',
    code: 'invalid-record',
    message: `${where}${named}: ${problem}; set aside, the rest of the file is read`,
    file: fileName,
  };
}

/** Keeps ids unique within one file: a repeated id gets "#2", "#3"… (also used by the CLI's JSON Lines reader). */
export function uniqueId(id: string, seen: Set<string>): string {
  if (!seen.has(id)) {
    seen.add(id);
    return id;
  }
  let counter = 2;
  while (seen.has(`${id}#${counter}`)) counter++;
  const unique = `${id}#${counter}`;
  seen.add(unique);
  return unique;
}

function readJson(bytes: Uint8Array, fileName: string, options?: IngestOptions): IngestResult {
  const diagnostics: Diagnostic[] = [];
  const articles: Article[] = [];
  let value: unknown;
  try {
    value = JSON.parse(decodeText(bytes));
  } catch (error) {
    diagnostics.push({
      severity: 'error',
      code: 'malformed-json',
      message: `${fileName}: malformed JSON (${errorMessage(error)})`,
      file: fileName,
    });
    return { articles, diagnostics };
  }
  const base = baseName(fileName);
  const records = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { articles?: unknown }).articles)
      ? (value as { articles: unknown[] }).articles
      : null;
  const seen = new Set<string>();
  if (records === null) {
    const problem = setAside(value, fileName, fileName, options);
    if (problem) return { articles, diagnostics: [problem] };
    const result = recordToArticle(value, base, fileName, fileName, options);
    for (const diagnostic of result.diagnostics) diagnostics.push(diagnostic);
    if (result.article) articles.push(result.article);
    return { articles, diagnostics };
  }
  if (records.length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'empty-text',
      message: `${fileName}: the array holds no articles`,
      file: fileName,
    });
  }
  records.forEach((record, index) => {
    const problem = setAside(record, fileName, `${fileName}, article ${index + 1}`, options);
    if (problem) {
      diagnostics.push(problem);
      return;
    }
    const result = recordToArticle(
      record,
      `${base}#${index + 1}`,
      fileName,
      `${fileName}, article ${index + 1}`,
      options,
    );
    for (const diagnostic of result.diagnostics) diagnostics.push(diagnostic);
    if (result.article) articles.push({ ...result.article, id: uniqueId(result.article.id, seen) });
  });
  return { articles, diagnostics };
}

function readJsonLines(bytes: Uint8Array, fileName: string, options?: IngestOptions): IngestResult {
  const diagnostics: Diagnostic[] = [];
  const articles: Article[] = [];
  const base = baseName(fileName);
  const seen = new Set<string>();
  const lines = decodeText(bytes).split('\n');
  lines.forEach((line, index) => {
    if (line.trim().length === 0) return;
    const where = `${fileName}, line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      diagnostics.push({
        severity: 'error',
        code: 'malformed-json',
        message: `${where}: malformed JSON (${errorMessage(error)})`,
        file: fileName,
      });
      return;
    }
    const problem = setAside(value, fileName, where, options);
    if (problem) {
      diagnostics.push(problem);
      return;
    }
    const result = recordToArticle(value, `${base}#${index + 1}`, fileName, where, options);
    for (const diagnostic of result.diagnostics) diagnostics.push(diagnostic);
    if (result.article) articles.push({ ...result.article, id: uniqueId(result.article.id, seen) });
  });
  if (articles.length === 0 && diagnostics.length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'empty-text',
      message: `${fileName}: the file holds no articles`,
      file: fileName,
    });
  }
  return { articles, diagnostics };
}

export const jsonFormat: IngestFormat = { id: 'json', extensions: ['json'], read: readJson };
export const jsonLinesFormat: IngestFormat = {
  id: 'jsonl',
  extensions: ['jsonl', 'ndjson'],
  read: readJsonLines,
};
