/** Fills `{name}` slots in a sentence template; a slot with no value is left out with its surrounding space. */
export function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template
    .replace(/\{(\w+)\}/g, (_match, name: string) => slots[name] ?? '')
    .replace(/ {2,}/g, ' ')
    .replace(/ ([،,.])/g, '$1')
    .trim();
}

/** Upper-cases the first letter (English sentences that start with a slot). */
export function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** False when a sentence names a year (literally or as a `{year2019}` slot) after the given one. */
export function fitsYear(sentence: string, year: number): boolean {
  for (const match of sentence.matchAll(/(?:year)?(\d{4})/g)) {
    const named = Number(match[1]);
    if (named >= 2000 && named > year) return false;
  }
  return true;
}
