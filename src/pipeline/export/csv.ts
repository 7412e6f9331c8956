/**
 * Events as an ACLED CSV: ACLED's 31 columns in ACLED's order (acled-columns.ts), Marsad's after them, one row per
 * event (acled-record.ts). Every field quoted (RFC 4180) and CRLF line ends; text cells that a spreadsheet would
 * run as a formula are prefixed with an apostrophe, in every column.
 */
import { articleMap, eventToRecord, exportColumns, type ExportContext } from './acled-record.ts';
import type { ConflictEvent } from '../types.ts';

export { ACLED_COLUMNS, MARSAD_COLUMNS } from './acled-columns.ts';

/** The byte order mark that makes Excel read the file as UTF-8 (Arabic otherwise comes out garbled). */
export const UTF8_BOM = '\uFEFF';

/**
 * A text a spreadsheet could read as a formula or a DDE call: one that starts, after any spaces or NULs (which some
 * readers drop), with = + - @ (or their full-width forms) or ; (a field separator in semicolon locales), or that
 * starts with a tab, a carriage return or a NUL.
 */
const FORMULA_START = /^(?:[\s\0]*[=+\-@;\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r\0])/;

/**
 * One cell, always quoted (so a separator, quote or line break inside it stays in it, whichever separator the
 * reader assumes). Numbers are written as numbers; every text whatever its column is defused with a leading
 * apostrophe when a spreadsheet could run it; a value of any other shape (from a malformed import) as its text.
 */
function cell(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'boolean') text = String(value);
  else text = JSON.stringify(value) ?? '';
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
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
  const lines = [columns.map(cell).join(',')];
  for (const event of events) {
    const record = eventToRecord(event, articles, { ...context, now });
    lines.push(columns.map((column) => cell(record[column])).join(','));
  }
  return (options.bom === true ? UTF8_BOM : '') + lines.join('\r\n') + '\r\n';
}
