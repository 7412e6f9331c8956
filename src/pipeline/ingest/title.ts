/**
 * An article's title: from the document's own metadata when that holds a real title, else its first heading —
 * the first line that reads as a headline, never a navigation trail ("Home | World | Libya"), a date, a web
 * address, a page number or a site name alone. A site's name after the headline ("… | Example News") is cut.
 */

export const MAX_TITLE_LENGTH = 200;
/** Lines looked at for a heading before giving up (a page's top may hold a long menu). */
const MAX_LINES_LOOKED_AT = 40;
/** Separators of navigation trails and of a headline from its site's name. */
const TRAIL_SEPARATORS = /\s*(?:[|›»>•·]|\/(?=\s)|::)\s*/;
/** A web or file address (a browser prints the address as the title of a page without one: "about:blank"). */
const ADDRESS = /^(?:(?:https?|file|about|data|blob):|www\.)\S+$/i;
/** A line of digits, dashes, slashes, dots, colons and spaces only: a page number, a time, a numeric date. */
const ONLY_NUMBERS = /^[\d\s/.:,\u0660-\u0669-]+$/;
/** Titles that say nothing: the defaults of editors and generators. */
const PLACEHOLDER =
  /^(?:untitled(?: document)?|document\d*|new document|microsoft word\s*-.*|title|sans titre|بدون عنوان|مستند\d*)$/i;
const FILE_NAME_TITLE = /\.(?:docx?|pdf|html?|txt|rtf|odt)$/i;
/** Month names that may make a line a date (English, and the Arabic families the date reader knows). */
const DATE_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|updated|published)\b|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|نشر|تحديث/giu;

function words(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** A line made of three or more short parts between separators, or two very short ones: a menu or a trail. */
export function isNavigationLine(line: string): boolean {
  const parts = line.split(TRAIL_SEPARATORS).filter((part) => part.trim() !== '');
  if (parts.length < 2) return false;
  const longest = parts.reduce((largest, part) => Math.max(largest, words(part)), -Infinity);
  if (parts.length >= 3) return longest <= 4;
  return longest <= 2;
}

/** A line that is a date (with at most a word or two around it: "Published 26 July 2020", "الأحد 26 يوليو"). */
function isDateLine(line: string): boolean {
  if (!/\d/.test(line)) return false;
  if (ONLY_NUMBERS.test(line)) return true;
  const rest = line.replace(DATE_WORDS, ' ').replace(/[\d\s,./:،\u0660-\u0669-]+/g, ' ');
  return words(rest) <= 1 && words(line) <= 8;
}

/** Lines that cannot be a headline. */
function isNotHeadline(line: string): boolean {
  return (
    line.length < 3 ||
    ADDRESS.test(line) ||
    ONLY_NUMBERS.test(line) ||
    isNavigationLine(line) ||
    isDateLine(line) ||
    PLACEHOLDER.test(line)
  );
}

function shorten(title: string): string {
  return title.length <= MAX_TITLE_LENGTH ? title : title.slice(0, MAX_TITLE_LENGTH) + '…';
}

/**
 * A headline without the site's name after it: "Clashes in Zawiya kill three | Example News" gives the
 * headline, when the last part is short (four words at most) and the headline longer.
 */
export function withoutSiteName(title: string): string {
  const match = /^(.*\S)\s+(?:[|–—]|-|::)\s+([^|–—]+)$/.exec(title);
  if (!match) return title;
  const head = (match[1] as string).trim();
  const tail = (match[2] as string).trim();
  return words(tail) <= 4 && words(head) > words(tail) && words(head) >= 3 ? head : title;
}

/** A title from metadata, cleaned, or '' when it is a placeholder, a file name, an address or a menu. */
export function metadataTitle(raw: unknown, fileBaseName = ''): string {
  if (typeof raw !== 'string') return '';
  const title = withoutSiteName(raw.replace(/[\s\u00a0]+/g, ' ').trim());
  if (title === '' || isNotHeadline(title) || FILE_NAME_TITLE.test(title)) return '';
  if (fileBaseName !== '' && title.toLowerCase() === fileBaseName.toLowerCase()) return '';
  return shorten(title);
}

/** The first line of a text that reads as a headline ('' when none of the first lines does). */
export function firstHeading(text: string, markdown = false): string {
  let start = 0;
  let looked = 0;
  let fallback = '';
  while (start < text.length && looked < MAX_LINES_LOOKED_AT) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let line = text
      .slice(start, end)
      .replace(/[\s\u00a0]+/g, ' ')
      .trim();
    start = end + 1;
    if (markdown) line = line.replace(/^#{1,6}\s+/, '').trim();
    if (line === '') continue;
    looked++;
    if (!isNotHeadline(line)) return shorten(withoutSiteName(line));
    if (fallback === '' && !isNavigationLine(line)) fallback = line;
  }
  return shorten(fallback);
}
