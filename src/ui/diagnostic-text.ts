/**
 * The pipeline's messages (diagnostics) in the interface language. The pipeline writes them in English for the
 * CLI and the logs; the interface words them by their code. The Arabic says what happened and what to do, and
 * keeps what the user supplied: the file, entry or article the message is about and the words it quotes from
 * the text, each isolated (U+2068…U+2069) so that Latin names keep their order inside the Arabic sentence.
 * Technical details in English (a parser's error) are left to the English message. The Arabic wording arrives
 * with the Arabic names (a lazy chunk), so the first load of the page carries none of it.
 */
import type { Diagnostic } from '../pipeline/types';
import type { UiLanguage } from '../store/ui-slice';
import { isolate } from './message-format';

/** The Arabic wording by code, once loaded with the Arabic names (null before: the English message shows). */
let arabic: Readonly<Record<string, string>> | null = null;

/** Called by the loader of the Arabic names (src/ui/names.ts) with the table of diagnostic-arabic.ts. */
export function setArabicDiagnostics(table: Readonly<Record<string, string>>): void {
  arabic = table;
}

/** The CSV columns Marsad reads, named as the file's header must name them. */
const CSV_COLUMNS = ['title', 'text', 'published', 'url', 'source'];

/** What the English message is about: the file, entry or article before its first ': ' (none for 'The file …'). */
function subjectOf(message: string): string | null {
  const colon = message.indexOf(': ');
  if (colon <= 0 || /^The /.test(message)) return null;
  return message.slice(0, colon);
}

/** A diagnostic as the user reads it in the interface language. */
export function diagnosticText(
  diagnostic: Pick<Diagnostic, 'code' | 'message'>,
  language: UiLanguage,
): string {
  const template = arabic?.[diagnostic.code];
  if (language === 'en' || template === undefined) return diagnostic.message;
  const subject = subjectOf(diagnostic.message);
  const quotedParts = [...diagnostic.message.matchAll(/"([^"]{1,80})"/g)]
    .map((match) => match[1] ?? '')
    .filter((part) => !(subject ?? '').includes(part));
  const quoted = quotedParts.length > 0 ? quotedParts.map((part) => `«${isolate(part)}»`).join('، ') : '';
  const body = template
    .replace('{quoted}', quoted)
    .replace('{columns}', isolate(CSV_COLUMNS.join(', ')))
    .replace('{text}', isolate('text'))
    .replace(/ {2,}/g, ' ');
  return subject === null ? body : `${isolate(subject)}: ${body}`;
}
