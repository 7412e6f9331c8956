/**
 * Language of an article: Arabic, English or other, from the letters it is written in and, for Latin
 * text, from the most frequent function words of English and of the other languages of the region's
 * press (French, Italian, Spanish, German). Persian and Urdu, also written in Arabic script, are told
 * apart from Arabic by the letters Arabic does not use. One pass, no regular expressions.
 */

import type { Language } from '../types.ts';

const ENGLISH_WORDS = new Set(
  (
    'the of and to in a is was were said that for on with by at from it its has have had this which are ' +
    'be been an as killed near after their they who not will would'
  ).split(' '),
);

const OTHER_LATIN_WORDS = new Set(
  // French
  (
    'le la les des du et est une dans pour sur par qui au aux avec ont sont été selon ' +
    // Italian
    'il di che della delle degli nel sono stato gli ' +
    // Spanish
    'el los las del en por con que según fue han ' +
    // German
    'der die das und ist nicht mit den von zu wurde auf'
  ).split(' '),
);

function isArabicScript(code: number): boolean {
  return (
    (code >= 0x0620 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    (code >= 0x06fa && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08c9) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

/** Letters Persian and Urdu use all the time and Arabic hardly ever: پ چ ژ گ ی ک ۀ ے ٹ ڈ ڑ. */
function isPersianOrUrduLetter(code: number): boolean {
  return (
    code === 0x067e ||
    code === 0x0686 ||
    code === 0x0698 ||
    code === 0x06af ||
    code === 0x06cc ||
    code === 0x06a9 ||
    code === 0x06c0 ||
    code === 0x06d2 ||
    code === 0x0679 ||
    code === 0x0688 ||
    code === 0x0691
  );
}

function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

function isOtherLetter(code: number): boolean {
  return (
    (code >= 0x0370 && code <= 0x03ff) || // Greek
    (code >= 0x0400 && code <= 0x04ff) || // Cyrillic
    (code >= 0x0590 && code <= 0x05ff) || // Hebrew
    (code >= 0x2d30 && code <= 0x2d7f) || // Tifinagh (Amazigh)
    (code >= 0x4e00 && code <= 0x9fff) || // CJK
    (code >= 0x0900 && code <= 0x0dff) // Indic scripts
  );
}

export function detectLanguage(text: string): Language {
  if (typeof text !== 'string') return 'other';
  let arabic = 0;
  let persian = 0;
  let latin = 0;
  let other = 0;
  let englishWords = 0;
  let otherLatinWords = 0;
  let wordStart = -1;
  const length = text.length;
  for (let index = 0; index <= length; index++) {
    const code = index < length ? text.charCodeAt(index) : 32;
    if (isLatinLetter(code)) {
      latin++;
      if (wordStart < 0) wordStart = index;
      continue;
    }
    if (wordStart >= 0) {
      if (index - wordStart <= 7) {
        const word = text.slice(wordStart, index).toLowerCase();
        if (ENGLISH_WORDS.has(word)) englishWords++;
        else if (OTHER_LATIN_WORDS.has(word)) otherLatinWords++;
      }
      wordStart = -1;
    }
    if (isArabicScript(code)) {
      arabic++;
      if (isPersianOrUrduLetter(code)) persian++;
    } else if (isOtherLetter(code)) other++;
  }
  const letters = arabic + latin + other;
  if (letters === 0) return 'other';
  if (arabic >= latin && arabic >= other) {
    // Arabic copy typed on a Persian keyboard has a few ی and ک; Persian has them everywhere.
    return persian > arabic * 0.04 ? 'other' : 'ar';
  }
  if (latin >= other) return otherLatinWords > englishWords ? 'other' : 'en';
  return 'other';
}
