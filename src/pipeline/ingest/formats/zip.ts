/**
 * Zip archives of any other format. Entries are listed from the central directory first and refused
 * before inflating when the archive declares too many entries or too many uncompressed bytes (zip bombs);
 * an entry that lies about its size is cut at the declared size by the inflater, so memory stays bounded.
 */
import { unzipSync, zipSync } from 'fflate';
import type { Article, Diagnostic } from '../../types.ts';
import type { IngestOptions, IngestResult } from '../types.ts';
import { formatBytes, INGEST_LIMITS, type IngestLimits } from './limits.ts';

export interface ZipEntry {
  /** The path inside the archive. */
  name: string;
  bytes: Uint8Array;
}

/** What one archive (and the archives inside it) may still spend: shared by nested zips. */
export interface ZipBudget {
  entries: number;
  uncompressedBytes: number;
}

export function freshZipBudget(limits: IngestLimits = INGEST_LIMITS): ZipBudget {
  return { entries: limits.maxZipEntries, uncompressedBytes: limits.maxZipUncompressedBytes };
}

class ZipLimitExceeded extends Error {}

/** Folders, macOS resource forks and hidden files are not articles. */
function isIgnored(name: string): boolean {
  if (name.endsWith('/')) return true;
  if (name.startsWith('__MACOSX/')) return true;
  const last = name.slice(name.lastIndexOf('/') + 1);
  return last.startsWith('.');
}

/**
 * The entries of an archive, within the budget. Never throws: a damaged archive, one over the limits or one
 * with an entry larger than a single file may be, comes back as diagnostics naming the archive.
 */
export function unzipEntries(
  bytes: Uint8Array,
  fileName: string,
  budget: ZipBudget = freshZipBudget(),
  limits: IngestLimits = INGEST_LIMITS,
  /** Keep hidden entries too (an Office document's `_rels/.rels` is one of its parts). */
  everyEntry = false,
): { entries: ZipEntry[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const oversized: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (everyEntry ? file.name.endsWith('/') : isIgnored(file.name)) return false;
        budget.entries--;
        if (budget.entries < 0) {
          throw new ZipLimitExceeded(
            `${fileName}: the archive holds more than ${limits.maxZipEntries.toLocaleString('en')} files; nothing was read from it`,
          );
        }
        if (file.originalSize > limits.maxFileBytes) {
          oversized.push(file.name);
          return false;
        }
        budget.uncompressedBytes -= file.originalSize;
        if (budget.uncompressedBytes < 0) {
          throw new ZipLimitExceeded(
            `${fileName}: the archive unpacks to more than ${formatBytes(limits.maxZipUncompressedBytes)} (a zip bomb?); nothing was read from it`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ZipLimitExceeded) {
      diagnostics.push({ severity: 'error', code: 'zip-too-large', message: error.message, file: fileName });
    } else {
      diagnostics.push({
        severity: 'error',
        code: 'malformed-zip',
        message: `${fileName}: not a readable zip archive (damaged, truncated or encrypted)`,
        file: fileName,
      });
    }
    return { entries: [], diagnostics };
  }
  for (const name of oversized) {
    diagnostics.push({
      severity: 'error',
      code: 'file-too-large',
      message: `${fileName}/${name}: larger than ${formatBytes(limits.maxFileBytes)} once unpacked; skipped`,
      file: `${fileName}/${name}`,
    });
  }
  const entries = Object.entries(files).map(([name, entryBytes]) => ({ name, bytes: entryBytes }));
  if (entries.length === 0 && oversized.length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'empty-zip',
      message: `${fileName}: the archive holds no files`,
      file: fileName,
    });
  }
  return { entries, diagnostics };
}

export type EntryReader = (
  bytes: Uint8Array,
  fileName: string,
  options?: IngestOptions,
) => Promise<IngestResult>;

/**
 * Reads every entry of an archive with `readEntry` (which dispatches on the entry's own extension), naming each
 * as `archive.zip/path/in/archive.txt` in messages. One bad entry does not stop the others.
 */
export async function readZip(
  bytes: Uint8Array,
  fileName: string,
  readEntry: EntryReader,
  options?: IngestOptions,
  budget: ZipBudget = freshZipBudget(),
  limits: IngestLimits = INGEST_LIMITS,
): Promise<IngestResult> {
  const { entries, diagnostics } = unzipEntries(bytes, fileName, budget, limits);
  const articles: Article[] = [];
  for (const entry of entries) {
    const result = await readEntry(entry.bytes, `${fileName}/${entry.name}`, options);
    // One by one: an entry may hold a million articles, too many to spread into one call.
    for (const article of result.articles) articles.push(article);
    for (const diagnostic of result.diagnostics) diagnostics.push(diagnostic);
  }
  return { articles, diagnostics };
}

/**
 * An Office document (a zip of XML parts) unpacked within the upload's inflation budget and packed again without
 * compression, so that the reader that follows inflates nothing a bomb could blow up: an entry that lies about its
 * size is cut at its declared size, and a part larger than a file may be refuses the whole document. Returns the
 * repacked bytes, or null with a diagnostic naming the file.
 */
export function repackWithinBudget(
  bytes: Uint8Array,
  fileName: string,
  kind: string,
  budget: ZipBudget = freshZipBudget(),
  limits: IngestLimits = INGEST_LIMITS,
): { bytes: Uint8Array | null; diagnostics: Diagnostic[] } {
  const { entries, diagnostics } = unzipEntries(bytes, fileName, budget, limits, true);
  const oversized = diagnostics.filter((item) => item.code === 'file-too-large');
  if (oversized.length > 0) {
    return {
      bytes: null,
      diagnostics: [
        {
          severity: 'error',
          code: 'document-too-large',
          message: `${fileName}: the ${kind} unpacks to more than ${formatBytes(limits.maxFileBytes)} (a zip bomb?); it was not read`,
          file: fileName,
        },
      ],
    };
  }
  const tooLarge = diagnostics.find((item) => item.code === 'zip-too-large');
  if (tooLarge) {
    const message = tooLarge.message.replace('the archive', `the ${kind}`);
    return { bytes: null, diagnostics: [{ ...tooLarge, code: 'document-too-large', message }] };
  }
  if (entries.length === 0) return { bytes: null, diagnostics };
  const parts: Record<string, Uint8Array> = {};
  for (const entry of entries) parts[entry.name] = entry.bytes;
  return { bytes: zipSync(parts, { level: 0 }), diagnostics: [] };
}
