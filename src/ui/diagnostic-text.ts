/**
 * The pipeline's messages (diagnostics) in the interface language. The pipeline writes them in English for the
 * CLI and the logs; the interface words them by their code. The Arabic says what happened and what to do, and
 * keeps what the user supplied: the file, entry or article the message is about and the words it quotes from
 * the text, each isolated (U+2068…U+2069) so that Latin names keep their order inside the Arabic sentence.
 * Technical details in English (a parser's error) are left to the English message.
 */
import type { Diagnostic } from '../pipeline/types';
import type { UiLanguage } from '../store/ui-slice';
import { isolate } from './message-format';

const ARABIC: Readonly<Record<string, string>> = {
  'extraction-failed': 'تعذّر استخراج الأحداث من هذه المقالة',
  'empty-text': 'لا نص مقالة فيه',
  'not-an-event': 'لم يُرمَّز حدثاً',
  'missing-date':
    'بلا تاريخ نشر، فلا تُحدَّد التواريخ النسبية («أمس»، أيام الأسبوع)؛ أما التواريخ المذكورة بسنتها فتُقرأ',
  'date-from-dateline':
    'بلا تاريخ نشر؛ تُحسب التواريخ النسبية من اليوم الذي يذكره سطر المكان أو التاريخ في أعلى النص',
  'unresolved-relative-date': 'لا يمكن تأريخ {quoted} دون تاريخ نشر؛ الأحداث التي تؤرّخها تبقى بلا تاريخ',
  'unsupported-format': 'نوع ملف غير مدعوم',
  unreadable: 'تعذّرت قراءة الملف',
  'malformed-json': 'ملف JSON غير سليم',
  'invalid-date': 'تاريخ النشر {quoted} ليس تاريخاً مقروءاً (سنة-شهر-يوم)',
  'not-an-article': 'ليس سجلَّ مقالة',
  'empty-file': 'الملف فارغ',
  'malformed-docx': 'ليس مستند ‎.docx سليماً (تُحفظ ملفات ‎.doc القديمة بصيغة ‎.docx أولاً)',
  'not-prose': 'فيه سلسلة طويلة من الحروف بلا مسافات: ليست نصاً (بيانات مرمّزة؟) ولا تُستخرج منها أحداث',
  'repetitive-text': 'تغلب كلمة {quoted} على النص: يبدو مولَّداً آلياً، والكلمات المكررة ليست أحداثاً منفصلة',
  'pdf-too-costly': 'قراءة ملف PDF هذا تتجاوز الحد المسموح؛ لم يُقرأ',
  'malformed-pdf': 'ليس ملف PDF سليماً',
  'pdf-truncated': 'قُرئت الصفحات الأولى فقط من ملف PDF',
  'pdf-no-text-layer':
    'ملف PDF بلا طبقة نص (يبدو ممسوحاً ضوئياً): مرّره على برنامج للتعرف الضوئي على الحروف ثم ارفعه من جديد',
  'too-many-columns': 'في أحد الصفوف أعمدة أكثر من المسموح؛ الأعمدة المتوقعة: {columns}',
  'missing-text-column': 'لا عمود {text} في سطر العناوين؛ الأعمدة المتوقعة: {columns}',
  'malformed-csv-row': 'صفوف أخرى غير سليمة',
  'duplicate-article': 'المقالة نفسها مكررة؛ تُرك الصف اللاحق',
  'malformed-zip': 'ليس أرشيف zip مقروءاً (تالف أو مقطوع أو مشفَّر)',
  'zip-too-large': 'يتجاوز الأرشيف الحد المسموح بعد فك الضغط؛ لم يُقرأ',
  'file-too-large': 'أكبر من الحد المسموح بعد فك الضغط؛ تُرك',
  'empty-zip': 'الأرشيف لا يحوي ملفات',
  'document-too-large': 'يتجاوز المستند الحد المسموح بعد فك الضغط (قنبلة ضغط؟)؛ لم يُقرأ',
  'date-from-metadata': 'أُخذ تاريخ النشر من البيانات الوصفية للملف',
  'invalid-sequences': 'في الملف تسلسلات بايت غير صالحة (هل هو مقطوع؟)؛ استُبدلت',
  'encoding-utf-16': 'لا علامة ترتيب بايت في الملف؛ قُرئ بترميز يونيكود ثنائي البايت',
  'binary-file': 'يبدو الملف ثنائياً (فيه بايتات تحكّم) وليس نصاً',
  'encoding-unsure':
    'الملف ليس بترميز يونيكود UTF-8 وصفحة ترميزه العربية غير مؤكدة: إن بدت الحروف خاطئة فاحفظه بترميز UTF-8 وارفعه من جديد',
  'encoding-guessed': 'الملف ليس بترميز UTF-8؛ خُمّن ترميزه، وقد تظهر بعض الحروف خاطئة',
  'worker-failed': 'تعطّلت عملية الاستخراج في الخلفية',
  cancelled: 'لم يُقرأ: أُلغي الرفع',
  'extractor-unavailable': 'تعذّر تحميل أداة الاستخراج',
  'no-articles': 'تعذّرت قراءة أي مقالة من الملف',
};

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
  const template = ARABIC[diagnostic.code];
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
