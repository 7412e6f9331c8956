/**
 * Small helpers shared by the input formats: decoding bytes, naming articles after their file,
 * reading publication dates into ISO days and guessing the language.
 */
import { detectLanguage } from '../text/index.ts';
import type { Language } from '../types.ts';
import { decodeText as detectAndDecode } from './encoding.ts';

/**
 * The text of a file, its encoding detected (byte-order mark, UTF-8, Windows-1256, Latin-1), without a
 * byte-order mark. Undecodable bytes give '' (the formats then report the file as having no text).
 */
export function decodeText(bytes: Uint8Array): string {
  return detectAndDecode(bytes).text ?? '';
}

/** The file name without folders and without its last extension. */
export function baseName(fileName: string): string {
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  const name = fileName.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The lower-case extension of a file name ('' when it has none). */
export function extensionOf(fileName: string): string {
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  const name = fileName.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

/**
 * The ISO day (YYYY-MM-DD) of a date written as an ISO day, an ISO timestamp (the day as written,
 * without shifting time zones) or an RFC 2822 date; null when the value is not a readable date.
 */
export function toIsoDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(trimmed);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isValidDay(year, month, day) ? trimmed.slice(0, 10) : null;
  }
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(trimmed);
  if (slashed) {
    const [year, month, day] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
    if (!isValidDay(year, month, day)) return null;
    return `${slashed[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  if (trimmed.length > 64 || !/[a-z]{3}/i.test(trimmed) || !/\d{4}/.test(trimmed)) return null;
  const parsed = Date.parse(trimmed);
  if (Number.isNaN(parsed)) return null;
  return new Date(parsed).toISOString().slice(0, 10);
}

export function guessLanguage(text: string): Language {
  return detectLanguage(text.length > 4000 ? text.slice(0, 4000) : text);
}

export function isLanguage(value: unknown): value is Language {
  return value === 'ar' || value === 'en' || value === 'other';
}
