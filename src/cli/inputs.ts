/**
 * The command line's inputs: files, folders (every readable file inside, in name order, hidden files left out) and
 * `-` (standard input). JSON Lines (.jsonl, .ndjson, and standard input that starts with a one-line object) is read
 * record by record as it streams, whatever its size; every other file is read whole, one at a time, by the app's
 * own readers (src/pipeline/ingest: txt, md, html, json, csv, docx, pdf, zip). Nothing here throws: a file or a
 * record that cannot be read is a diagnostic naming it (and its line), and reading goes on.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { extensionOf } from '../pipeline/ingest/article-fields.ts';
import { recordToArticle } from '../pipeline/ingest/article-record.ts';
import { acceptedExtensions, ingestAnyFile } from '../pipeline/ingest/formats/any-file.ts';
import { INGEST_LIMITS, type IngestLimits } from '../pipeline/ingest/formats/limits.ts';
import { textSanityWarnings } from '../pipeline/ingest/formats/text-sanity.ts';
import type { IngestOptions } from '../pipeline/ingest/types.ts';
import type { Article, Diagnostic } from '../pipeline/types.ts';
import { uniqueId } from '../pipeline/ingest/json-format.ts';

/**
 * The app's limits, but a file read whole may be as large as Node reads into memory at once (a JSON array of a
 * million articles): the command line is run on one's own archive, not on files a stranger sent. The inflation
 * budget of zips, Word documents and PDFs stays the app's.
 */
export const CLI_LIMITS: IngestLimits = { ...INGEST_LIMITS, maxFileBytes: 2 ** 31 - 1 };

const STREAMED_EXTENSIONS = new Set(['jsonl', 'ndjson']);

/** An input as given on the command line, expanded: a file path, or '-' for standard input. */
export interface InputFile {
  path: string;
  /** Size in bytes when known (for the progress estimate). */
  bytes: number | null;
}

export interface ExpandedInputs {
  files: InputFile[];
  problems: Diagnostic[];
  /** Files inside folders left out because no reader takes their type, by extension. */
  skippedTypes: Map<string, number>;
}

function problem(path: string, code: string, message: string): Diagnostic {
  return { severity: 'error', code, message: `${path}: ${message}`, file: path };
}

async function walk(folder: string, into: ExpandedInputs, accepted: ReadonlySet<string>): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    into.problems.push(problem(folder, 'unreadable', `cannot read the folder (${reason(error)})`));
    return;
  }
  const names = entries.map((entry) => entry.name).filter((name) => !name.startsWith('.'));
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = join(folder, name);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      into.problems.push(problem(path, 'unreadable', `cannot read (${reason(error)})`));
      continue;
    }
    if (info.isDirectory()) await walk(path, into, accepted);
    else if (info.isFile()) {
      const extension = extensionOf(name);
      if (accepted.has(extension)) into.files.push({ path, bytes: info.size });
      else into.skippedTypes.set(extension, (into.skippedTypes.get(extension) ?? 0) + 1);
    }
  }
}

/** The files to read, in order: each argument in turn, a folder's files in name order. */
export async function expandInputs(paths: readonly string[]): Promise<ExpandedInputs> {
  const expanded: ExpandedInputs = { files: [], problems: [], skippedTypes: new Map() };
  const accepted = new Set(['ndjson', ...acceptedExtensions()]);
  for (const path of paths) {
    if (path === '-') {
      expanded.files.push({ path, bytes: null });
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      expanded.problems.push(problem(path, 'unreadable', `cannot read ${path} (${reason(error)})`));
      continue;
    }
    if (info.isDirectory()) await walk(path, expanded, accepted);
    else expanded.files.push({ path, bytes: info.size });
  }
  return expanded;
}

export type InputItem =
  | { kind: 'article'; article: Article }
  | { kind: 'diagnostic'; diagnostic: Diagnostic }
  /** Progress: this many more bytes of the input have been read. */
  | { kind: 'bytes'; bytes: number };

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * JSON Lines, record by record: the same reading as the app's JSON Lines format (article-record.ts), without
 * holding the file. `name` is the file name without folders (an article's source when it names none), `where` the
 * path shown in messages.
 */
async function* readJsonLines(
  lines: AsyncIterable<string>,
  name: string,
  where: string,
  options: IngestOptions,
): AsyncGenerator<InputItem> {
  const base = name.replace(/\.[^.]*$/, '') || name;
  const seen = new Set<string>();
  let number = 0;
  let read = 0;
  for await (const raw of lines) {
    number += 1;
    const line = number === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    yield { kind: 'bytes', bytes: Buffer.byteLength(raw, 'utf8') + 1 };
    if (line.trim().length === 0) continue;
    const at = `${where}, line ${number}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield {
        kind: 'diagnostic',
        diagnostic: {
          severity: 'error',
          code: 'malformed-json',
          message: `${at}: malformed JSON (${reason(error)})`,
          file: where,
        },
      };
      continue;
    }
    const result = recordToArticle(value, `${base}#${number}`, name, at, options);
    for (const diagnostic of result.diagnostics) yield { kind: 'diagnostic', diagnostic };
    if (result.article === null) continue;
    const article = { ...result.article, id: uniqueId(result.article.id, seen) };
    read += 1;
    for (const diagnostic of textSanityWarnings(article, name)) yield { kind: 'diagnostic', diagnostic };
    yield { kind: 'article', article };
  }
  if (read === 0 && number > 0) {
    yield {
      kind: 'diagnostic',
      diagnostic: {
        severity: 'error',
        code: 'empty-text',
        message: `${where}: the file holds no articles`,
        file: where,
      },
    };
  }
}

async function* readWhole(
  bytes: Uint8Array,
  name: string,
  where: string,
  options: IngestOptions,
): AsyncGenerator<InputItem> {
  yield { kind: 'bytes', bytes: bytes.length };
  // A plain Uint8Array over the same memory: pdf.js refuses Node's Buffer.
  const plain = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = await ingestAnyFile(plain, name, options, CLI_LIMITS);
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.severity === 'info') continue;
    // Messages name the file as given on the command line (stderr only: outputs name files without folders).
    const message = diagnostic.message.includes(where)
      ? diagnostic.message
      : diagnostic.message.startsWith(name)
        ? where + diagnostic.message.slice(name.length)
        : `${where}: ${diagnostic.message}`;
    yield { kind: 'diagnostic', diagnostic: { ...diagnostic, message } };
  }
  for (const article of result.articles) yield { kind: 'article', article };
}

/** The chunks already taken off a stream, then the rest of it. */
async function* chunksOf(head: readonly Buffer[], iterator: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield* head;
  for (;;) {
    const next = await iterator.next();
    if (next.done === true) return;
    yield next.value;
  }
}

/**
 * Standard input: JSON Lines when its first line is a whole JSON object (read as it streams); otherwise read whole
 * and recognised as the app recognises a file without an extension (HTML, JSON, else plain text).
 */
async function* readStandardInput(options: IngestOptions): AsyncGenerator<InputItem> {
  const stdin = process.stdin;
  const head: Buffer[] = [];
  let seen = '';
  const iterator = stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  while (!seen.includes('\n')) {
    const next = await iterator.next();
    if (next.done === true) break;
    head.push(next.value);
    seen += next.value.toString('utf8');
    if (seen.length > 1 << 20) break;
  }
  const firstLine = (seen.split('\n', 1)[0] ?? '').replace(/^\uFEFF/, '').trim();
  if (firstLine.startsWith('{') && firstLine.endsWith('}')) {
    const input = Readable.from(chunksOf(head, iterator));
    yield* readJsonLines(createInterface({ input, crlfDelay: Infinity }), 'stdin', 'stdin', options);
    return;
  }
  const whole: Buffer[] = [];
  for await (const chunk of chunksOf(head, iterator)) whole.push(chunk);
  yield* readWhole(Buffer.concat(whole), 'stdin', 'stdin', options);
}

/** Every article of every input, in order, with the problems met on the way. */
export async function* readInputs(
  files: readonly InputFile[],
  options: IngestOptions,
): AsyncGenerator<InputItem> {
  for (const file of files) {
    if (file.path === '-') {
      yield* readStandardInput(options);
      continue;
    }
    const name = basename(file.path);
    if (STREAMED_EXTENSIONS.has(extensionOf(name))) {
      const stream = createReadStream(file.path);
      const failed = new Promise<Error>((resolve) => stream.once('error', resolve));
      try {
        yield* readJsonLines(
          createInterface({ input: stream, crlfDelay: Infinity }),
          name,
          file.path,
          options,
        );
      } catch (error) {
        const cause = await Promise.race([failed, Promise.resolve(error)]);
        yield {
          kind: 'diagnostic',
          diagnostic: problem(file.path, 'unreadable', `could not be read (${reason(cause)})`),
        };
      } finally {
        stream.destroy();
      }
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file.path);
    } catch (error) {
      yield {
        kind: 'diagnostic',
        diagnostic: problem(file.path, 'unreadable', `cannot read ${file.path} (${reason(error)})`),
      };
      continue;
    }
    yield* readWhole(bytes, name, file.path, options);
  }
}
