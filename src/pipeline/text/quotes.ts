/**
 * Where a text is inside quotation marks: «…» (nesting), “…” and straight "…". An unclosed quote
 * ends at the end of its paragraph, so one stray mark cannot swallow the rest of an article.
 */

export interface QuotedRange {
  start: number;
  end: number;
}

function close(ranges: QuotedRange[], start: number, end: number): void {
  if (start >= 0 && end > start) ranges.push({ start, end });
}

/** Quoted ranges of `text`, from the opening mark to just after the closing one, in order. */
export function quotedRanges(text: string): QuotedRange[] {
  const ranges: QuotedRange[] = [];
  if (typeof text !== 'string') return ranges;
  // Most texts quote nothing: one native search for each mark settles them.
  if (text.indexOf('"') < 0 && text.indexOf('\u00ab') < 0 && text.indexOf('\u201c') < 0) return ranges;
  let guillemetDepth = 0;
  let guillemetStart = -1;
  let curlyStart = -1;
  let straightStart = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0xab) {
      if (guillemetDepth++ === 0) guillemetStart = index;
    } else if (code === 0xbb) {
      if (guillemetDepth > 0 && --guillemetDepth === 0) close(ranges, guillemetStart, index + 1);
    } else if (code === 0x201c) {
      if (curlyStart < 0) curlyStart = index;
    } else if (code === 0x201d) {
      if (curlyStart >= 0) close(ranges, curlyStart, index + 1);
      curlyStart = -1;
    } else if (code === 34) {
      if (straightStart < 0) straightStart = index;
      else {
        close(ranges, straightStart, index + 1);
        straightStart = -1;
      }
    } else if (code === 10 && index + 1 < text.length && text.charCodeAt(index + 1) === 10) {
      // A paragraph break closes whatever is still open.
      if (guillemetDepth > 0) close(ranges, guillemetStart, index);
      if (curlyStart >= 0) close(ranges, curlyStart, index);
      if (straightStart >= 0) close(ranges, straightStart, index);
      guillemetDepth = 0;
      curlyStart = -1;
      straightStart = -1;
    }
  }
  if (guillemetDepth > 0) close(ranges, guillemetStart, text.length);
  if (curlyStart >= 0) close(ranges, curlyStart, text.length);
  if (straightStart >= 0) close(ranges, straightStart, text.length);
  return ranges.sort((a, b) => a.start - b.start);
}

/** Whether [start, end) lies inside one of the quoted ranges. */
export function isInside(ranges: readonly QuotedRange[], start: number, end: number): boolean {
  return ranges.some((range) => range.start <= start && range.end >= end);
}
