/**
 * The upload dialog's labels and messages, in English and Arabic. Kept beside the upload code; placeholders
 * such as {count} are filled by `fill`.
 */
import type { UiLanguage } from '../store/ui-slice';
import { formatDay, formatNumber } from '../events/event-labels';
import { dayFromIso } from '../store/days';
import { formatMessage, isolate } from '../ui/message-format';
import { diagnosticText } from '../ui/diagnostic-text';
import { formatBytes } from '../pipeline/ingest/formats/limits';
import { formatBytes as formatStorageBytes } from '../library/storage-status';
import { ARTICLE_NOUN, arabicCount, INCIDENT_NOUN, REPORT_NOUN } from '../events/reader-counts';

const TEXT = {
  uploadArticles: { en: 'Upload articles', ar: 'رفع مقالات' },
  pasteArticle: { en: 'Paste an article', ar: 'لصق مقال' },
  dropHere: { en: 'Drop files to add their articles', ar: 'أفلت الملفات لإضافة مقالاتها' },
  dialogTitle: { en: 'Add articles', ar: 'إضافة مقالات' },
  limits: {
    en: 'Formats: {formats}. Up to {file} per file and {batch} per upload; zip archives up to {zip} unpacked and {entries} files.',
    ar: 'الصيغ: {formats}. حتى {file} للملف و{batch} للرفعة الواحدة؛ وملفات zip حتى {zip} بعد فك الضغط و{entries, plural, one {ملف واحد} two {ملفين} few {# ملفات} many {# ملفًا} other {# ملف}}.',
  },
  readingFiles: { en: 'Reading files…', ar: 'جارٍ قراءة الملفات…' },
  filesProgress: {
    en: '{done} of {total, plural, one {# file} other {# files}} read',
    ar: 'قُرئ {done} من {total, plural, two {# ملفين} few {# ملفات} many {# ملفًا} other {# ملف}}',
  },
  articlesInFile: {
    en: '{count, plural, one {# article} other {# articles}}',
    ar: '{count, plural, zero {لا مقالات} one {مقال واحد} two {مقالان} few {# مقالات} many {# مقالًا} other {# مقال}}',
  },
  articlesInFileOne: { en: 'one article', ar: 'مقال واحد' },
  undatedInFile: {
    en: '{count} without a publication date',
    ar: '{count, plural, one {مقال واحد} two {مقالان} few {# مقالات} many {# مقالًا} other {# مقال}} بلا تاريخ نشر',
  },
  notRead: { en: 'not read', ar: 'لم يُقرأ' },
  batchDate: { en: 'Publication date for every article without one', ar: 'تاريخ النشر لكل مقال بلا تاريخ' },
  applyDate: {
    en: 'Apply to {count, plural, one {# article} other {# articles}} without a date',
    ar: 'تطبيق على {count, plural, one {مقال واحد} two {مقالين} few {# مقالات} many {# مقالًا} other {# مقال}} بلا تاريخ',
  },
  applyDateOne: { en: 'Apply to 1 article without a date', ar: 'تطبيق على مقال واحد بلا تاريخ' },
  articleDate: { en: 'Publication date of “{title}”', ar: 'تاريخ نشر «{title}»' },
  articleDateShort: { en: 'Publication date', ar: 'تاريخ النشر' },
  dateFromFile: { en: 'from the file', ar: 'من الملف' },
  idClashRow: {
    en: 'id {id} is already in the library with other text — kept both, this one as {storedAs}',
    ar: 'المعرّف {id} مستعمل في المكتبة لنص آخر — يُحتفظ بالاثنين، وهذا باسم {storedAs}',
  },
  dateSetByYou: { en: 'set by you', ar: 'حدّدته أنت' },
  dateMissing: { en: 'no date: relative dates stay unknown', ar: 'بلا تاريخ: تبقى التواريخ النسبية مجهولة' },
  fromDateline: { en: 'suggested from the dateline: {date}', ar: 'مقترح من سطر المكان والمصدر: {date}' },
  fromDateLine: {
    en: 'suggested from the date at the top: {date}',
    ar: 'مقترح من التاريخ في أعلى النص: {date}',
  },
  fromText: { en: 'suggested from a date in the text: {date}', ar: 'مقترح من تاريخ ورد في النص: {date}' },
  suggestionApplied: { en: 'Publication date {phrase}.', ar: 'تاريخ النشر {phrase}.' },
  day: { en: '{iso}', ar: '{iso}' },
  showMoreArticles: {
    en: 'Show {count, plural, one {# more article} other {# more articles}}',
    ar: 'عرض {count, plural, one {مقال آخر} two {مقالين آخرين} few {# مقالات أخرى} many {# مقالًا آخر} other {# مقال آخر}}',
  },
  undatedHint: {
    en: 'Without a date, relative dates ("yesterday", weekdays) cannot be resolved and events are marked "date unknown".',
    ar: 'دون تاريخ لا يمكن تحديد التواريخ النسبية ("أمس"، أيام الأسبوع) وتُعلَّم الأحداث بأنها "تاريخها غير معروف".',
  },
  addArticles: {
    en: 'Add {count, plural, one {# article} other {# articles}}',
    ar: 'إضافة {count, plural, one {مقال واحد} two {مقالين} few {# مقالات} many {# مقالًا} other {# مقال}}',
  },
  addArticlesOne: { en: 'Add 1 article', ar: 'إضافة مقال واحد' },
  cancel: { en: 'Cancel', ar: 'إلغاء' },
  close: { en: 'Close', ar: 'إغلاق' },
  extracting: { en: 'Extracting events', ar: 'استخراج الأحداث' },
  extractProgress: {
    en: '{done} of {total, plural, one {# article} other {# articles}} · {events, plural, one {# event} other {# events}} found',
    ar: '{done} من {total, plural, two {# مقالين} few {# مقالات} many {# مقالًا} other {# مقال}} · {events, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}',
  },
  pasteTitle: { en: 'Title (optional)', ar: 'العنوان (اختياري)' },
  pasteText: { en: 'Article text', ar: 'نص المقال' },
  pastePublished: { en: 'Publication date (optional)', ar: 'تاريخ النشر (اختياري)' },
  pasteSource: { en: 'Source (optional)', ar: 'المصدر (اختياري)' },
  readPasted: { en: 'Read article', ar: 'قراءة المقال' },
  pastedSource: { en: 'pasted', ar: 'ملصوق' },
  pasteEmpty: { en: 'Paste the text of an article first.', ar: 'الصق نص المقال أولاً.' },
  // {added}, {reports} and {incidents} are counted phrases ("3 articles", "٣ مقالات"): see `countedPhrase`.
  done: {
    en: 'Added {added}: {reports} of {incidents}.',
    ar: 'أُضيفت {added}: {reports} عن {incidents}.',
  },
  doneNone: {
    en: 'Added {added}; no events found.',
    ar: 'أُضيفت {added}؛ لم يُعثر على أحداث.',
  },
  stopping: {
    en: 'Cancelled: extraction stopped; the articles already saved stay in the library.',
    ar: 'أُلغي: توقف الاستخراج؛ تبقى المقالات المحفوظة من قبل في المكتبة.',
  },
  cancelled: {
    en: 'Cancelled: {added} of {total, plural, one {# article} other {# articles}} were added before stopping; the rest were not.',
    ar: 'أُلغي: أضيف {added} من {total, plural, two {# مقالين} few {# مقالات} many {# مقالًا} other {# مقال}} قبل التوقف، ولم يُضف الباقي.',
  },
  duplicates: {
    en: '{count, plural, one {# article was} other {# articles were}} already in the library and {count, plural, one {was} other {were}} not added again.',
    ar: '{count, plural, one {مقال واحد} two {مقالان} few {# مقالات} many {# مقالًا} other {# مقال}} في المكتبة من قبل، فلم {count, plural, one {يُضف} two {يُضافا} few {تُضف} other {تُضف}} مرة أخرى.',
  },
  duplicatesOne: {
    en: 'One article was already in the library and was not added again.',
    ar: 'مقال واحد موجود في المكتبة من قبل ولم يُضف مرة أخرى.',
  },
  nothingRead: {
    en: 'No article could be read from these files.',
    ar: 'تعذرت قراءة أي مقال من هذه الملفات.',
  },
  moreProblems: {
    en: '{count, plural, one {# more problem is} other {# more problems are}} listed in the upload dialog.',
    ar: '{count, plural, one {مشكلة أخرى مذكورة} two {مشكلتان أخريان مذكورتان} few {# مشكلات أخرى مذكورة} many {# مشكلةً أخرى مذكورة} other {# مشكلة أخرى مذكورة}} في نافذة الرفع.',
  },
  tooLarge: {
    en: '{name}: the file is {size}; the limit is {limit} per file. It was not read.',
    ar: '{name}: حجم الملف {size} والحد {limit} للملف الواحد. لم يُقرأ.',
  },
  batchTooLarge: {
    en: '{name}: the files chosen together pass {limit}; add this one in another upload.',
    ar: '{name}: مجموع الملفات المختارة يتجاوز {limit}؛ أضف هذا الملف في رفعة أخرى.',
  },
  /** A problem the pipeline reported (see src/ui/diagnostic-text.ts), given as {code} and {message}. */
  diagnostic: { en: '{message}', ar: '{message}' },
  /** A size in bytes, given as {bytes}. */
  size: { en: '{bytes}', ar: '{bytes}' },
  unreadable: {
    en: '{name}: the browser could not read the file ({reason}).',
    ar: '{name}: تعذر على المتصفح قراءة الملف ({reason}).',
  },
} satisfies Record<string, Record<UiLanguage, string>>;

export type UploadTextKey = keyof typeof TEXT;

export type UploadText = (key: UploadTextKey, values?: Record<string, string | number>) => string;

/** Fills {placeholders} in a message. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * The message for `key`; when the count it is given (`count`, or `added` for the closing message) is 1 and a
 * `…One` variant exists, that variant (so the interface says "one article", not "1 articles").
 */
const ENGLISH_NOUNS = {
  added: ['article', 'articles'],
  reports: ['report', 'reports'],
  incidents: ['incident', 'incidents'],
} as const;

const ARABIC_NOUNS = { added: ARTICLE_NOUN, reports: REPORT_NOUN, incidents: INCIDENT_NOUN } as const;

/** "3 reports", "1 incident" / "٣ تقارير", "حادثة واحدة": a count with its noun in the form the number wants. */
export function countedPhrase(
  language: UiLanguage,
  noun: keyof typeof ENGLISH_NOUNS,
  count: number,
  oblique = false,
): string {
  if (language === 'ar')
    return arabicCount(count, ARABIC_NOUNS[noun], (value) => formatNumber(value, 'ar'), oblique);
  const [one, many] = ENGLISH_NOUNS[noun];
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The closing message of an upload: how many articles were added, how many reports (events found in them) and how
 * many incidents those reports are once reports of the same incident are merged.
 */
export function doneText(language: UiLanguage, added: number, reports: number, incidents: number): string {
  const values = {
    added: countedPhrase(language, 'added', added),
    reports: countedPhrase(language, 'reports', reports),
    // After "of" / "عن": the Arabic dual takes its oblique form.
    incidents: countedPhrase(language, 'incidents', incidents, true),
  };
  return fill(TEXT[reports === 0 ? 'doneNone' : 'done'][language], values);
}

/** Values the user supplied (file names, titles), isolated so that they keep their order in either direction. */
const SUPPLIED = ['name', 'title'];

export function uploadText(language: UiLanguage): UploadText {
  return (key, values) => {
    if (key === 'day') {
      const day = dayFromIso(String(values?.['iso'] ?? ''));
      return day === null ? String(values?.['iso'] ?? '') : formatDay(day, language);
    }
    if (key === 'size') {
      // English keeps the pipeline's wording ("228 bytes", "25 MB"); Arabic the locale's units, Western digits.
      const bytes = Number(values?.['bytes'] ?? 0);
      return language === 'ar' ? formatStorageBytes(bytes, language) : formatBytes(bytes);
    }
    if (key === 'diagnostic') {
      return diagnosticText(
        { code: String(values?.['code'] ?? ''), message: String(values?.['message'] ?? '') },
        language,
      );
    }
    if ((key === 'done' || key === 'doneNone') && values) {
      const count = (name: string) => Number(values[name] ?? 0);
      return doneText(language, count('added'), count('reports'), count('incidents'));
    }
    const count = values?.['count'] ?? values?.['added'];
    const singular = `${key}One`;
    const chosen: UploadTextKey = count === 1 && singular in TEXT ? (singular as UploadTextKey) : key;
    const filled: Record<string, string | number> = { ...values };
    for (const name of language === 'ar' ? SUPPLIED : []) {
      const value = filled[name];
      if (typeof value === 'string') filled[name] = isolate(value);
    }
    return formatMessage(TEXT[chosen][language], filled, language);
  };
}
