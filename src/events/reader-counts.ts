/**
 * Counted nouns in Arabic, as the grammar wants them after a number written in digits: one (تقرير واحد), two (the
 * dual, تقريران), 3–10 (the plural, 3 تقارير), 11–99 (the singular in the accusative, 11 تقريرًا), and hundreds or
 * thousands ending in 00–02 (the singular in the genitive, 100 تقرير).
 */
export interface ArabicNoun {
  one: string;
  /** The dual as subject (nominative). */
  two: string;
  /** The dual after a preposition or as object (genitive/accusative). */
  twoOblique: string;
  plural: string;
  accusative: string;
  genitive: string;
}

export const REPORT_NOUN: ArabicNoun = {
  one: 'تقرير واحد',
  two: 'تقريران',
  twoOblique: 'تقريرين',
  plural: 'تقارير',
  accusative: 'تقريرًا',
  genitive: 'تقرير',
};

export const INCIDENT_NOUN: ArabicNoun = {
  one: 'حادثة واحدة',
  two: 'حادثتان',
  twoOblique: 'حادثتين',
  plural: 'حوادث',
  accusative: 'حادثةً',
  genitive: 'حادثة',
};

export const ARTICLE_NOUN: ArabicNoun = {
  one: 'مقالة واحدة',
  two: 'مقالتان',
  twoOblique: 'مقالتين',
  plural: 'مقالات',
  accusative: 'مقالةً',
  genitive: 'مقالة',
};

/**
 * "3 تقارير", "تقريران", "11 تقريرًا"; `digits` writes the number (in the interface's digits); `oblique` for a count
 * after a preposition (عن حادثتين).
 */
export function arabicCount(
  count: number,
  noun: ArabicNoun,
  digits: (value: number) => string,
  oblique = false,
): string {
  if (count === 1) return noun.one;
  if (count === 2) return oblique ? noun.twoOblique : noun.two;
  const rest = count % 100;
  if (rest >= 3 && rest <= 10) return `${digits(count)} ${noun.plural}`;
  if (rest >= 11) return `${digits(count)} ${noun.accusative}`;
  return `${digits(count)} ${noun.genitive}`;
}

/** "بفارق يوم واحد", "بفارق يومين", "بفارق 3 أيام", "بفارق 12 يومًا" (after a preposition: genitive dual). */
export function arabicDaysApart(days: number, digits: (value: number) => string): string {
  if (days === 1) return 'بفارق يوم واحد';
  if (days === 2) return 'بفارق يومين';
  const rest = days % 100;
  if (rest >= 3 && rest <= 10) return `بفارق ${digits(days)} أيام`;
  if (rest >= 11) return `بفارق ${digits(days)} يومًا`;
  return `بفارق ${digits(days)} يوم`;
}
