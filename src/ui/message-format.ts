/**
 * One message format for the interface: ICU-style placeholders and plurals, read by a few lines over
 * `Intl.PluralRules` instead of a library (FormatJS would add its parser to the first load).
 *
 *   '{count, plural, one {# article} other {# articles}}'
 *   '{count, plural, one {مقالة واحدة} two {مقالتان} few {# مقالات} many {# مقالةً} other {# مقالة}}'
 *
 * `{name}` is replaced by the value (numbers written in the interface's digits); in a plural, `=N` matches an
 * exact number first, then the language's category (Arabic has zero, one, two, few, many and other), then
 * `other`; `#` is the number. A placeholder without a value is left as written.
 */
import type { UiLanguage } from '../store/ui-slice';

/**
 * The locale of every number and plural in the interface: Libyan Arabic with Western digits (CLDR's default
 * numbering for ar-LY, pinned with -u-nu-latn), and British English.
 */
export const NUMBER_LOCALES: Record<UiLanguage, string> = { ar: 'ar-LY-u-nu-latn', en: 'en-GB' };

const numberFormats = new Map<UiLanguage, Intl.NumberFormat>();
const pluralRules = new Map<UiLanguage, Intl.PluralRules>();

/** A number as the interface writes it (Western digits in both languages). */
export function formatNumber(value: number, language: UiLanguage): string {
  let formatter = numberFormats.get(language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(NUMBER_LOCALES[language]);
    numberFormats.set(language, formatter);
  }
  return formatter.format(value);
}

/** The plural category of a count in the language ('zero', 'one', 'two', 'few', 'many', 'other'). */
export function pluralCategory(count: number, language: UiLanguage): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(NUMBER_LOCALES[language]);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/**
 * Text the user supplied (a file name, a title, a word quoted from an article) set apart inside a sentence of the
 * interface: a first-strong isolate (U+2068 … U+2069), so a Latin name keeps its own order in an Arabic line and
 * an Arabic one in an English line.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

export type MessageValues = Readonly<Record<string, string | number>>;

/** Index of the brace that closes the one opened at `open`. */
function closingBrace(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    const char = template[i];
    if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The branches of a plural: `one {…} =0 {…} other {…}` as selector → text. */
function branches(body: string): Map<string, string> {
  const found = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const close = closingBrace(body, open);
    if (close < 0) break;
    found.set(body.slice(i, open).trim(), body.slice(open + 1, close));
    i = close + 1;
  }
  return found;
}

function plural(
  body: string,
  value: string | number | undefined,
  language: UiLanguage,
  values: MessageValues,
): string | null {
  const count = typeof value === 'number' ? value : Number(value);
  if (value === undefined || !Number.isFinite(count)) return null;
  const options = branches(body);
  const chosen =
    options.get(`=${count}`) ?? options.get(pluralCategory(count, language)) ?? options.get('other') ?? '';
  const written = typeof value === 'number' ? formatNumber(value, language) : String(value);
  return formatMessage(chosen.replace(/#/g, written), values, language);
}

/** Fills a message: placeholders, and plurals chosen by the language's plural rules. */
export function formatMessage(template: string, values: MessageValues, language: UiLanguage): string {
  if (!template.includes('{')) return template;
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = closingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    const inner = template.slice(open + 1, close);
    const [name = '', kind, ...rest] = inner.split(',');
    const key = name.trim();
    const value = values[key];
    let filled: string | null = null;
    if (kind === undefined) {
      if (value !== undefined) filled = typeof value === 'number' ? formatNumber(value, language) : value;
    } else if (kind.trim() === 'plural') {
      filled = plural(rest.join(','), value, language, values);
    }
    out += filled ?? template.slice(open, close + 1);
    i = close + 1;
  }
  return out + template.slice(i);
}
