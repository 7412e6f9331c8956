/**
 * The text of a PDF rebuilt from the positions of its text pieces, so that a PDF gives the same article as the
 * same text typed into a .txt: pieces on one baseline make one line (with a space where the gap between them
 * is a word space), lines make paragraphs (a new paragraph where the line spacing opens up, the font size
 * changes, or a short line ends a sentence), a word hyphenated at the line end is joined again, a paragraph
 * cut by a page break is continued, and running headers, footers and page numbers are dropped.
 */

/** One text piece as pdf.js gives it (str, dir, transform, width, height). */
export interface PdfTextPiece {
  str: string;
  dir?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

interface Piece {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  rightToLeft: boolean;
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  rightToLeft: boolean;
}

/** Pieces whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE = 0.4;
/** A gap wider than this share of the font size between two pieces is a word space. */
const WORD_GAP = 0.15;
/** A line gap this much wider than the usual one opens a paragraph. */
const PARAGRAPH_GAP = 1.3;
/** A line narrower than this share of the page's full lines that ends a sentence ends its paragraph. */
const SHORT_LINE = 0.8;
/** A line narrower than this ends its paragraph even without a full stop (a title, a byline, a dateline). */
const VERY_SHORT_LINE = 0.7;
/** The narrowest gap between two columns, in ems of the body text. */
const GUTTER_EMS = 1;
/** At most this many pieces (a headline, a header) may cross the gap between two columns. */
const MAX_SPANNING = 3;
/** Points by which the line starts of one column may differ. */
const MARGIN_TOLERANCE = 2;
/** The share of a column's lines that start at its margin. */
const ALIGNED_SHARE = 0.7;
/** Each of two columns holds at least this share of the page's text. */
const COLUMN_SHARE = 0.25;
/** How many lines at the top and the bottom of a page may be a running header or footer. */
const RUNNING_LINES = 2;
/** The share of the page height at its top and bottom where a printer puts its header and footer. */
const MARGIN_BAND = 0.06;
/** A web address alone on a line at a page's edge (the footer of a printed web page). */
const ADDRESS = /^(https?:\/\/|www\.)\S+(\s+[0-9]+\s*\/\s*[0-9]+)?$/i;

const SENTENCE_END = /[.!?؟…:"”»')]$/;
/**
 * Characters a right-to-left line draws mirrored (Unicode's Bidi_Mirrored pairs that news text uses): a PDF holds
 * the glyph drawn, so read back in logical order "(GNA)" comes out as ")GNA(" unless each is swapped again.
 */
const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};
const MIRRORABLE = /[()[\]{}<>«»‹›]/g;
/** A letter or digit that sets a left-to-right run (Latin names, abbreviations, numbers). */
const LEFT_TO_RIGHT = /[\p{L}\p{N}]/u;
const PAGE_NUMBER =
  /^[\s\-–—|]*((page|p\.|pp\.|صفحة|الصفحة|ص)\s*)?[0-9٠-٩]+(\s*(of|\/|من)\s*[0-9٠-٩]+)?[\s\-–—|]*$/i;
const ARABIC_LETTER = /[\u0600-\u06ff]/;
/** Arabic presentation forms (the shaped glyphs some PDFs map their text to): read as the letters they show. */
const PRESENTATION_FORMS = /[\ufb50-\ufdff\ufe70-\ufeff]+/g;
/** A word broken at the line end by a hyphen, continued in lower case on the next line. */
const HYPHEN_AT_END = /[A-Za-z]-$/;
const LOWER_START = /^[a-z]/;

function toPiece(item: PdfTextPiece): Piece | null {
  if (typeof item.str !== 'string' || item.str.trim().length === 0) return null;
  const transform = item.transform ?? [1, 0, 0, 1, 0, 0];
  const x0 = transform[4] ?? 0;
  const y = transform[5] ?? 0;
  const size = Math.abs(Math.hypot(transform[2] ?? 0, transform[3] ?? 0)) || item.height || 10;
  const text = item.str.replace(PRESENTATION_FORMS, (forms) => forms.normalize('NFKC'));
  const rightToLeft = item.dir === 'rtl' || (item.dir !== 'ltr' && ARABIC_LETTER.test(text));
  return { text, x0, x1: x0 + (item.width ?? 0), y, size, rightToLeft };
}

/** The lines of one page, top to bottom (column by column when the page is set in two columns). */
function linesOf(items: readonly PdfTextPiece[]): Line[] {
  const pieces = items.map(toPiece).filter((piece): piece is Piece => piece !== null);
  const gutter = findGutter(pieces);
  const rightToLeft = pieces.filter((piece) => piece.rightToLeft).length * 2 > pieces.length;
  if (gutter === null) return lineUp(pieces, rightToLeft);
  // Two columns: what spans the gutter (a headline) first, then each column top to bottom, in reading order.
  const spanning = pieces.filter((piece) => piece.x0 < gutter && piece.x1 > gutter);
  const left = pieces.filter((piece) => piece.x1 <= gutter);
  const right = pieces.filter((piece) => piece.x0 >= gutter);
  const [first, second] = rightToLeft ? [right, left] : [left, right];
  return [...lineUp(spanning, rightToLeft), ...lineUp(first, rightToLeft), ...lineUp(second, rightToLeft)];
}

/**
 * The x of a gap that runs down the middle of the page between two columns of text, or null: no piece of
 * body text crosses it (a headline may), and each side holds a good share of the text.
 */
function findGutter(pieces: readonly Piece[]): number | null {
  if (pieces.length < 8) return null;
  let left = Infinity;
  let right = -Infinity;
  for (const piece of pieces) {
    left = Math.min(left, piece.x0);
    right = Math.max(right, piece.x1);
  }
  const width = right - left;
  const total = pieces.reduce((sum, piece) => sum + piece.text.length, 0);
  const rightToLeft = pieces.filter((piece) => piece.rightToLeft).length * 2 > pieces.length;
  // A gutter is a gap of about an em at least: a line set glyph by glyph (as Chromium prints Arabic) has a tiny
  // gap between every two letters, which no column break is.
  const sizes = pieces.map((piece) => piece.size).sort((a, b) => a - b);
  const band = (GUTTER_EMS * (sizes[Math.floor(sizes.length / 2)] ?? 10)) / 2;
  for (let step = 0; step <= 20; step++) {
    // From the middle outwards, both ways.
    const offset = (Math.ceil(step / 2) * (step % 2 === 0 ? 1 : -1) * width) / 60;
    const x = left + width / 2 + offset;
    let crossing = 0;
    let before = 0;
    for (const piece of pieces) {
      if (piece.x0 < x + band && piece.x1 > x - band) crossing++;
      if (piece.x1 <= x) before += piece.text.length;
    }
    if (crossing > MAX_SPANNING || before <= COLUMN_SHARE * total || total - before <= COLUMN_SHARE * total)
      continue;
    // The second column in reading order starts its lines at one margin: the left edge of the right-hand
    // column, or the right edge of the left-hand one in Arabic. A line broken into pieces by wide spaces does not.
    const starts = new Map<number, number>();
    for (const piece of pieces) {
      if (rightToLeft ? piece.x1 > x : piece.x0 < x) continue;
      const row = Math.round(piece.y);
      const edge = rightToLeft ? piece.x1 : piece.x0;
      const seen = starts.get(row);
      starts.set(row, seen === undefined ? edge : rightToLeft ? Math.max(seen, edge) : Math.min(seen, edge));
    }
    if (aligned([...starts.values()])) return x;
  }
  return null;
}

/** Most of these positions (of four or more rows) lie at one margin. */
function aligned(positions: readonly number[]): boolean {
  if (positions.length < 4) return false;
  let best = 0;
  for (const position of positions) {
    const near = positions.filter((other) => Math.abs(other - position) <= MARGIN_TOLERANCE).length;
    best = Math.max(best, near);
  }
  return best >= ALIGNED_SHARE * positions.length;
}

/** Pieces grouped into lines by their baselines, top to bottom, each line read in its own direction. */
function lineUp(unsorted: readonly Piece[], pageRightToLeft: boolean): Line[] {
  const pieces = [...unsorted];
  pieces.sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const groups: Piece[][] = [];
  for (const piece of pieces) {
    const current = groups[groups.length - 1];
    const first = current?.[0];
    if (current !== undefined && first !== undefined && Math.abs(first.y - piece.y) <= SAME_LINE * first.size)
      current.push(piece);
    else groups.push([piece]);
  }
  return groups.map((group) => {
    const rightToLeft = group.filter((piece) => piece.rightToLeft).length * 2 > group.length;
    group.sort((a, b) => (rightToLeft ? b.x1 - a.x1 : a.x0 - b.x0));
    let text = '';
    let previous: Piece | null = null;
    group.forEach((piece, index) => {
      if (previous !== null) {
        const gap = rightToLeft ? previous.x0 - piece.x1 : piece.x0 - previous.x1;
        if (gap > WORD_GAP * piece.size && !/\s$/.test(text) && !/^\s/.test(piece.text)) text += ' ';
      }
      text += rightToLeft ? logicalText(group, index) : piece.text;
      previous = piece;
    });
    // A line of Latin words or numbers alone in an Arabic page is still set in the page's direction: its
    // punctuation at the edges is the Arabic flow's (a sentence's last word wrapped alone: ".UN OCHA").
    if (!rightToLeft && pageRightToLeft && !group.some((piece) => piece.rightToLeft))
      text = leftToRightInArabic(text.trim());
    const size = group.reduce((largest, piece) => Math.max(largest, piece.size), -Infinity);
    return {
      text: text.replace(/\s+/g, ' ').trim(),
      x0: group.reduce((least, piece) => Math.min(least, piece.x0), Infinity),
      x1: group.reduce((largest, piece) => Math.max(largest, piece.x1), -Infinity),
      y: group[0]?.y ?? 0,
      size,
      rightToLeft,
    };
  });
}

function mirrored(text: string): string {
  return text.replace(MIRRORABLE, (character) => MIRRORED[character] ?? character);
}

function isLeftToRight(piece: Piece | undefined): boolean {
  return piece !== undefined && !piece.rightToLeft && LEFT_TO_RIGHT.test(piece.text);
}

/** Numbers as one run: digits joined by the separators a number holds ("2020/05/03", "9:30", "1,200", "2.5"). */
const NUMBER_RUN = /[0-9\u0660-\u0669]+(?:[.,:/\u066b\u066c][0-9\u0660-\u0669]+)*/g;
const LETTER = /\p{L}/u;
/** Punctuation and signs at the start and at the end of a left-to-right piece. */
const EDGES = /^([^\p{L}\p{N}\s]*)(.*?)([^\p{L}\p{N}\s]*)$/su;

/** Right-to-left punctuation stored as drawn, read back: reversed, each mirrored character swapped. */
function readBack(neutral: string): string {
  return mirrored([...neutral].reverse().join(''));
}

/**
 * The text of the piece at `index` of a right-to-left line (pieces sorted right to left) in logical order. What
 * the right-to-left flow drew is stored as drawn, so it is read back reversed with its brackets and guillemets
 * swapped (drawn mirrored): pdf.js reverses a piece of Arabic but does not swap them ("(GNA)" came out ")GNA(");
 * punctuation alone is reversed and swapped; punctuation at the edges of a Latin piece belongs to the Arabic flow
 * around it (".UN OCHA" is "UN OCHA."); in Arabic text numbers joined by a dash or a sign are set right to left
 * run by run ("12-10" is "10-12", "%25" is "25%"), each number left to right. Punctuation between two Latin
 * pieces belongs to their run ("GNA / UN") and stays as it is.
 */
function logicalText(group: readonly Piece[], index: number): string {
  const piece = group[index] as Piece;
  if (piece.rightToLeft) return mirrored(piece.text);
  if (LEFT_TO_RIGHT.test(piece.text)) return leftToRightInArabic(piece.text);
  if (isLeftToRight(group[index - 1]) && isLeftToRight(group[index + 1])) return piece.text;
  return readBack(piece.text);
}

/** Latin words or numbers, stored as drawn inside Arabic text, in writing order (see `logicalText`). */
function leftToRightInArabic(text: string): string {
  if (LETTER.test(text)) {
    const [, leading = '', core = '', trailing = ''] = EDGES.exec(text) ?? [];
    return readBack(trailing) + core + readBack(leading);
  }
  const runs: string[] = [];
  let last = 0;
  for (const number of text.matchAll(NUMBER_RUN)) {
    if (number.index > last) runs.push(readBack(text.slice(last, number.index)));
    runs.push(number[0]);
    last = number.index + number[0].length;
  }
  if (last < text.length) runs.push(readBack(text.slice(last)));
  return runs.reverse().join('');
}

function runningKey(text: string): string {
  return text
    .replace(/[0-9٠-٩]+/g, '#')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Drops page numbers and the header and footer lines that repeat at the top or bottom of the pages. */
function dropRunningLines(pages: Line[][], heights: readonly (number | undefined)[]): Line[][] {
  // The highest and the lowest lines of the page (in two columns they are not the first and last read).
  const edges = (lines: Line[]): Line[] => {
    const byHeight = [...lines].sort((a, b) => b.y - a.y);
    return [
      ...byHeight.slice(0, RUNNING_LINES),
      ...byHeight.slice(Math.max(RUNNING_LINES, byHeight.length - RUNNING_LINES)),
    ];
  };
  const seen = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edges(lines).map((line) => runningKey(line.text))))
      seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const bodySize = median(pages.flat().map((line) => line.size));
  return pages.map((lines, index) => {
    const edge = new Set(edges(lines));
    const height = heights[index];
    // A browser's print header and footer: small type in the page's outer margin (date, title, address, "1/3").
    const inMargin = (line: Line): boolean =>
      height !== undefined &&
      line.size < 0.9 * bodySize &&
      (line.y > (1 - MARGIN_BAND) * height || line.y < MARGIN_BAND * height);
    return lines.filter(
      (line) =>
        !edge.has(line) ||
        !(
          PAGE_NUMBER.test(line.text) ||
          ADDRESS.test(line.text) ||
          inMargin(line) ||
          (pages.length > 1 && (seen.get(runningKey(line.text)) ?? 0) > 1)
        ),
    );
  });
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** The paragraphs of one page, each a list of lines. */
function paragraphsOf(lines: Line[]): Line[][] {
  const gaps: number[] = [];
  for (let index = 1; index < lines.length; index++) {
    const gap = (lines[index - 1] as Line).y - (lines[index] as Line).y;
    if (gap > 0) gaps.push(gap);
  }
  const usualGap = median(gaps);
  // The width of a full line of body text (a headline across two columns is no measure of a column's lines).
  const bodySize = median(lines.map((line) => line.size));
  const body = lines.filter((line) => Math.abs(line.size - bodySize) <= 0.1 * bodySize);
  const widest = Math.max(1, ...body.map((line) => line.x1 - line.x0));
  const paragraphs: Line[][] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    const current = paragraphs[paragraphs.length - 1];
    let opens = current === undefined || previous === null;
    if (!opens && previous !== null) {
      const gap = previous.y - line.y;
      const sizeChanged = Math.abs(previous.size - line.size) > 0.15 * Math.max(previous.size, line.size);
      const width = previous.x1 - previous.x0;
      const shortEnd =
        width < VERY_SHORT_LINE * widest || (width < SHORT_LINE * widest && SENTENCE_END.test(previous.text));
      // Back up the page: the next column; a sentence ended at the foot of the last one ends its paragraph.
      const newColumn = gap < 0 && SENTENCE_END.test(previous.text);
      // Lines in a larger type (a headline set over two lines) are spaced wider in proportion.
      const scale = Math.max(1, Math.min(previous.size, line.size) / bodySize);
      opens =
        sizeChanged || (usualGap > 0 && gap > PARAGRAPH_GAP * usualGap * scale) || shortEnd || newColumn;
    }
    if (opens || current === undefined) paragraphs.push([line]);
    else current.push(line);
    previous = line;
  }
  return paragraphs;
}

/** The lines of a paragraph as one string: joined by a space, or glued where a word was hyphenated. */
function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (HYPHEN_AT_END.test(text) && LOWER_START.test(line)) text = text.slice(0, -1) + line;
    else text += ' ' + line;
  }
  return text;
}

/**
 * The article text of a PDF from the text pieces of its pages (and the pages' heights, when known, to
 * recognise a printer's margin notes): paragraphs separated by a blank line.
 */
export function pdfPagesText(
  pages: readonly (readonly PdfTextPiece[])[],
  heights: readonly (number | undefined)[] = [],
): string {
  const cleaned = dropRunningLines(pages.map(linesOf), heights);
  const paragraphs: string[][] = [];
  cleaned.forEach((lines, pageIndex) => {
    paragraphsOf(lines).forEach((paragraph, index) => {
      const texts = paragraph.map((line) => line.text);
      const last = paragraphs[paragraphs.length - 1];
      // A paragraph cut by the page break goes on at the top of the next page.
      const continues =
        index === 0 && pageIndex > 0 && last !== undefined && !SENTENCE_END.test(last[last.length - 1] ?? '');
      if (continues && last !== undefined) for (const text of texts) last.push(text);
      else paragraphs.push(texts);
    });
  });
  return paragraphs
    .map(joinLines)
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}
