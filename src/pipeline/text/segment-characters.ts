/** Character tests shared by the sentence and clause splitters (on original or normalised text). */

export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f;
}

export function isTerminator(code: number): boolean {
  // . ! ? ؟ … and the Arabic full stop ۔
  return code === 46 || code === 33 || code === 63 || code === 0x061f || code === 0x2026 || code === 0x06d4;
}

export function isClosing(code: number): boolean {
  // " ' ) ] » ” ’
  return (
    code === 34 ||
    code === 39 ||
    code === 41 ||
    code === 93 ||
    code === 0xbb ||
    code === 0x201d ||
    code === 0x2019
  );
}

export function isDigit(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)
  );
}

export function isLatinLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

export function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return [start, end];
}
