/**
 * Datelines: the place and source that open a news story before its first sentence.
 *
 *   طرابلس - «الجزيرة»:          بنغازي (ليبيا) - أ ف ب:        القاهرة - وكالات:
 *   طرابلس «الجزيره»:  (normalised: the tatweel dash is gone)
 *   TRIPOLI (Reuters) -          TRIPOLI, Libya (AP) —          WASHINGTON —
 *
 * Two shapes are accepted within the first characters of a line:
 * - a few words with a dash or a bracketed source, then a colon;
 * - a few words with a bracketed source (or all in capitals), then a dash; or one or two words,
 *   then a long dash (— or –).
 * The result is the end of the dateline (after its colon or dash), or -1.
 */

const SEARCH_LIMIT = 80;
const MAX_WORDS = 7;

function isDash(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 45 || code === 0x2013 || code === 0x2014 || code === 0x2012 || code === 0x2015) return true;
  // A tatweel standing alone between spaces is used as a dash in Arabic copy ("طرابلس ـ").
  if (code === 0x0640) {
    const before = text.charCodeAt(index - 1);
    const after = text.charCodeAt(index + 1);
    return before === 32 || after === 32 || before === 0xa0 || after === 0xa0;
  }
  return false;
}

function closingFor(code: number): number {
  switch (code) {
    case 40:
      return 41; // ( )
    case 0xab:
      return 0xbb; // « »
    case 34:
      return 34; // " "
    case 0x201c:
      return 0x201d; // “ ”
    default:
      return -1;
  }
}

function hasLowerCaseLetter(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) return true;
  }
  return false;
}

function hasUpperCaseLetter(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

export function findDateline(text: string, start: number, end: number): number {
  const limit = Math.min(end, start + SEARCH_LIMIT);
  let words = 0;
  let inWord = false;
  let sawDash = false;
  let sawBracket = false;
  let firstDashEnd = -1;
  let firstDashWords = 0;
  let bracketBeforeFirstDash = false;
  for (let index = start; index < limit; index++) {
    const code = text.charCodeAt(index);
    const closing = closingFor(code);
    if (closing >= 0) {
      const close = text.indexOf(String.fromCharCode(closing), index + 1);
      if (close < 0 || close >= limit) return -1;
      sawBracket = true;
      words++;
      inWord = false;
      index = close;
      continue;
    }
    if (code === 58) {
      // word(s) [dash|bracket] ... ':'
      return words > 0 && words <= MAX_WORDS && (sawDash || sawBracket) ? index + 1 : -1;
    }
    if (isDash(text, index)) {
      if (words === 0) return -1;
      if (!sawDash) {
        firstDashEnd = index + 1;
        firstDashWords = words;
        bracketBeforeFirstDash = sawBracket;
      }
      sawDash = true;
      inWord = false;
      continue;
    }
    if (code === 46 || code === 33 || code === 63 || code === 0x061f || code === 0x060c || code === 59) break;
    const space = code === 32 || code === 0xa0 || code === 9;
    if (!space && code !== 44 && code !== 47 && !inWord) words++;
    inWord = !space && code !== 44 && code !== 47;
    if (words > MAX_WORDS) break;
  }
  if (firstDashEnd < 0 || firstDashWords > 5) return -1;
  if (bracketBeforeFirstDash) return firstDashEnd;
  // "WASHINGTON —": the place in capitals (original text), or one or two words then a long dash.
  const placeEnd = firstDashEnd - 1;
  const dash = text.charCodeAt(placeEnd);
  if (firstDashWords <= 2 && (dash === 0x2014 || dash === 0x2013) && text.charCodeAt(placeEnd - 1) === 32) {
    return firstDashEnd;
  }
  if (
    firstDashWords <= 3 &&
    hasUpperCaseLetter(text, start, placeEnd) &&
    !hasLowerCaseLetter(text, start, placeEnd)
  ) {
    return firstDashEnd;
  }
  return -1;
}
