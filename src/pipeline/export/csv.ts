/**
 * Events as an ACLED CSV: ACLED's 31 columns in ACLED's order (acled-columns.ts), Marsad's after them, one row per
 * event (acled-record.ts). RFC 4180 quoting and CRLF line ends; text cells that a spreadsheet would run as a
 * formula are prefixed with an apostrophe.
 */
import {
  articleMap,
  eventToRecord,
  exportColumns,
  type CellValue,
  type ExportContext,
} from './acled-record.ts';
import type { ConflictEvent } from '../types.ts';

export { ACLED_COLUMNS, MARSAD_COLUMNS } from './acled-columns.ts';

/** The byte order mark that makes Excel read the file as UTF-8 (Arabic otherwise comes out garbled). */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

function cell(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (value === '') return '';
  const safe = FORMULA_START.has(value[0] as string) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text: header line first, CRLF line ends as RFC 4180 asks, a BOM first when `bom` is set. */
export function eventsToCsv(
  events: readonly ConflictEvent[],
  context: ExportContext = {},
  options: { bom?: boolean } = {},
): string {
  const columns = exportColumns(context);
  const articles = articleMap(context);
  const now = context.now ?? new Date();
  const lines = [columns.join(',')];
  for (const event of events) {
    const record = eventToRecord(event, articles, { ...context, now });
    lines.push(columns.map((column) => cell(record[column])).join(','));
  }
  return (options.bom === true ? UTF8_BOM : '') + lines.join('\r\n') + '\r\n';
}
