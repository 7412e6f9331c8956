import { useCallback } from 'react';
import { useMarsad } from '../store/store-context';
import type { UiLanguage } from '../store/ui-slice';
import { formatMessage, type MessageValues } from './message-format';

/** Every visible label, in English and Arabic. Add a key to both languages at once (the type enforces it). */
const MESSAGES = {
  appName: { en: 'Marsad', ar: 'مرصد' },
  tagline: {
    en: 'Strikes and clashes in Libya, from the news',
    ar: 'الغارات والاشتباكات في ليبيا من الأخبار',
  },
  map: { en: 'Map', ar: 'الخريطة' },
  library: { en: 'Library', ar: 'المكتبة' },
  articles: { en: 'Articles', ar: 'المقالات' },
  bundledSample: { en: 'sample', ar: 'عيّنة' },
  arabicArticle: { en: 'AR', ar: 'عربية' },
  englishArticle: { en: 'EN', ar: 'إنجليزية' },
  publishedUnknown: { en: 'date unknown', ar: 'التاريخ غير معروف' },
  eventsFound: { en: 'events', ar: 'أحداث' },
  language: { en: 'Language', ar: 'اللغة' },
  switchLanguage: { en: 'العربية', ar: 'English' },
  dismiss: { en: 'Dismiss', ar: 'إغلاق' },
  noArticles: { en: 'No articles yet.', ar: 'لا مقالات بعد.' },
  // Library, persistence, corrections and export (src/library, src/corrections, src/export).
  openingLibrary: { en: 'Opening the library…', ar: 'جارٍ فتح المكتبة…' },
  articleCount: {
    en: '{count, plural, one {# article} other {# articles}}',
    ar: '{count, plural, zero {لا مقالات} one {مقالة واحدة} two {مقالتان} few {# مقالات} many {# مقالةً} other {# مقالة}}',
  },
  rerunArticle: { en: 'Re-run', ar: 'إعادة التحليل' },
  deleteArticle: { en: 'Delete', ar: 'حذف' },
  confirmDelete: { en: 'Delete for good?', ar: 'حذف نهائياً؟' },
  noEventsFound: { en: 'no events found', ar: 'لم يُعثر على أحداث' },
  oneEventFound: { en: '1 event', ar: 'حدث واحد' },
  manyEventsFound: {
    en: '{count, plural, one {# event} other {# events}}',
    ar: '{count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}',
  },
  rerunDone: {
    en: 'Extracted again: {count, plural, one {# event} other {# events}}.',
    ar: 'أُعيد التحليل: {count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}.',
  },
  storageQuota: {
    en: 'The browser’s storage is full: the last batch was not saved. Everything saved before is kept. Export the workspace or delete articles to make room.',
    ar: 'مساحة التخزين في المتصفح ممتلئة: لم تُحفظ الدفعة الأخيرة. كل ما حُفظ سابقاً باقٍ. صدّر مساحة العمل أو احذف مقالات لإفساح المجال.',
  },
  storageUnavailable: {
    en: 'This browser does not let Marsad store data: nothing will be kept after this tab is closed. Export the workspace to keep your work.',
    ar: 'لا يسمح هذا المتصفح لمرصد بتخزين البيانات: لن يُحفظ شيء بعد إغلاق هذه النافذة. صدّر مساحة العمل لحفظ عملك.',
  },
  storageFailed: {
    en: 'Saving failed ({detail}); nothing of this step was stored. Everything saved before is kept.',
    ar: 'فشل الحفظ ({detail})؛ لم يُخزَّن شيء من هذه الخطوة. كل ما حُفظ سابقاً باقٍ.',
  },
  newerVersionOpened: {
    en: 'A newer version of Marsad was opened in another tab: reload this tab to keep working.',
    ar: 'فُتح إصدار أحدث من مرصد في نافذة أخرى: أعد تحميل هذه النافذة لمتابعة العمل.',
  },
  workspace: { en: 'Workspace', ar: 'مساحة العمل' },
  exportCsv: { en: 'Events CSV', ar: 'الأحداث CSV' },
  exportGeoJson: { en: 'Events GeoJSON', ar: 'الأحداث GeoJSON' },
  exportGeoJsonSeq: { en: 'Events GeoJSONSeq', ar: 'الأحداث GeoJSONSeq' },
  // Reference datasets (src/reference).
  importReference: { en: 'Compare with ACLED/UCDP', ar: 'مقارنة مع ACLED/UCDP' },
  referencePanel: { en: 'Reference comparison', ar: 'المقارنة بالمرجع' },
  referenceTitle: { en: 'Reference: {dataset} ({file})', ar: 'المرجع: {dataset} ({file})' },
  referenceReading: { en: 'Reading the reference', ar: 'جارٍ قراءة المرجع' },
  referenceRefused: {
    en: 'This file cannot be compared: {reason}.',
    ar: 'لا يمكن مقارنة هذا الملف: {reason}.',
  },
  referenceSummary: {
    en: 'Reference events in the timeline window: {events}. Rows of types Marsad does not code, left out: {skipped}.',
    ar: 'الأحداث المرجعية في نافذة الخط الزمني: {events}. صفوف من أنواع لا يرمّزها مرصد، استُبعدت: {skipped}.',
  },
  inBoth: { en: 'In both ({count})', ar: 'في الاثنين ({count})' },
  onlyMarsad: { en: 'Only in Marsad ({count})', ar: 'في مرصد فقط ({count})' },
  onlyReference: { en: 'Only in the reference ({count})', ar: 'في المرجع فقط ({count})' },
  exportList: { en: 'Export CSV', ar: 'تصدير CSV' },
  moreInList: { en: '… and {count} more (in the export)', ar: '… و{count} غيرها (في الملف المصدَّر)' },
  closeReference: { en: 'Remove reference', ar: 'إزالة المرجع' },
  sideBySide: { en: 'Side by side', ar: 'جنباً إلى جنب' },
  marsadColumn: { en: 'Marsad', ar: 'مرصد' },
  referenceColumn: { en: 'Reference', ar: 'المرجع' },
  fieldDate: { en: 'Date', ar: 'التاريخ' },
  fieldType: { en: 'Type', ar: 'النوع' },
  fieldPlace: { en: 'Place', ar: 'المكان' },
  fieldActors: { en: 'Actors', ar: 'الأطراف' },
  fieldFatalities: { en: 'Fatalities', ar: 'القتلى' },
  fieldNotes: { en: 'Notes', ar: 'ملاحظات' },
  exportWorkspace: { en: 'Export workspace', ar: 'تصدير مساحة العمل' },
  importWorkspace: { en: 'Import workspace', ar: 'استيراد مساحة العمل' },
  clearLibrary: { en: 'Clear library', ar: 'إفراغ المكتبة' },
  confirmClear: {
    en: 'Remove every article, event and correction from this browser? Export the workspace first to keep a copy.',
    ar: 'حذف كل المقالات والأحداث والتصحيحات من هذا المتصفح؟ صدّر مساحة العمل أولاً للاحتفاظ بنسخة.',
  },
  importing: { en: 'Importing', ar: 'جارٍ الاستيراد' },
  importDone: {
    en: 'Imported {added, plural, one {# article} other {# articles}} ({updated} updated, {duplicates} already there) and {corrections, plural, one {# correction} other {# corrections}}.',
    ar: 'استُوردت {added, plural, zero {0 مقالة} one {مقالة واحدة} two {مقالتان} few {# مقالات} many {# مقالةً} other {# مقالة}} ({updated} محدّثة، {duplicates} موجودة سابقاً) و{corrections, plural, zero {0 تصحيح} one {تصحيح واحد} two {تصحيحان} few {# تصحيحات} many {# تصحيحًا} other {# تصحيح}}.',
  },
  importRefused: { en: 'This file cannot be imported: {reason}', ar: 'لا يمكن استيراد هذا الملف: {reason}' },
  importSetAside: {
    en: '{count, plural, one {# record of this file was} other {# records of this file were}} set aside (not imported): {details}',
    ar: 'نُحّي {count, plural, one {سجل واحد} two {سجلان} few {# سجلات} many {# سجلًا} other {# سجل}} من هذا الملف (لم يُستورد): {details}',
  },
  idClash: {
    en: '{count, plural, one {# article had} other {# articles had}} the id of another article already in the library; both are kept, the new ones under new ids: {ids}',
    ar: 'حمل {count} من المقالات معرّف مقالة أخرى موجودة في المكتبة؛ أُبقي على الاثنتين، والجديدة بمعرّفات جديدة: {ids}',
  },
  unreadableArticles: {
    en: '{count, plural, one {# stored article} other {# stored articles}} could not be read in full ({ids}: {reason}). They stay stored; the rest of the library is shown.',
    ar: 'تعذّرت قراءة {count} من المقالات المحفوظة كاملةً ({ids}: {reason}). تبقى محفوظة، وتُعرض بقية المكتبة.',
  },
  panelFailed: {
    en: 'This panel ran into an error and was closed. The rest of Marsad works; your data is safe.',
    ar: 'واجهت هذه اللوحة خطأً فأُغلقت. بقية مرصد تعمل وبياناتك محفوظة.',
  },
  retryPanel: { en: 'Try again', ar: 'أعد المحاولة' },
  correctEvent: { en: 'Correct this event', ar: 'تصحيح هذا الحدث' },
  notAnEvent: { en: 'Not an event', ar: 'ليس حدثاً' },
  addEventFromSelection: { en: 'Add event from selected text', ar: 'إضافة حدث من النص المحدد' },
  selectTextFirst: {
    en: 'Select the sentence in the open article first, then add the event.',
    ar: 'حدّد الجملة في المقالة المفتوحة أولاً، ثم أضف الحدث.',
  },
  editEvent: { en: 'Edit event', ar: 'تحرير الحدث' },
  eventKind: { en: 'Type', ar: 'النوع' },
  eventDate: { en: 'Date', ar: 'التاريخ' },
  precisionDay: { en: 'day', ar: 'اليوم' },
  precisionWeek: { en: 'week', ar: 'الأسبوع' },
  precisionMonth: { en: 'month', ar: 'الشهر' },
  place: { en: 'Place', ar: 'المكان' },
  placePrecision: { en: 'Place precision', ar: 'دقة المكان' },
  placeItself: { en: 'the place itself', ar: 'المكان نفسه' },
  placeNear: { en: 'near the place', ar: 'قرب المكان' },
  placeRegion: { en: 'region only', ar: 'المنطقة فقط' },
  searchPlace: { en: 'Search the gazetteer', ar: 'ابحث في المعجم الجغرافي' },
  pickOnMap: { en: 'Click the map', ar: 'انقر على الخريطة' },
  clickMapNow: { en: 'Click the map where it happened…', ar: 'انقر على الخريطة حيث وقع…' },
  actor1: { en: 'Attacker (actor 1)', ar: 'المهاجم (الطرف 1)' },
  actor2: { en: 'Target (actor 2)', ar: 'المستهدَف (الطرف 2)' },
  fatalitiesHigh: { en: 'Killed (high)', ar: 'القتلى (الحد الأعلى)' },
  unknownCount: { en: 'unknown', ar: 'غير معروف' },
  saveCorrection: { en: 'Save correction', ar: 'حفظ التصحيح' },
  restoreMachine: { en: 'Undo my corrections', ar: 'تراجع عن تصحيحاتي' },
  cancel: { en: 'Cancel', ar: 'إلغاء' },
  correctedMark: { en: 'corrected', ar: 'مصحَّح' },
  // One incident from several reports (src/events/reader-incident.ts, src/corrections/IncidentActions.tsx).
  incidentReports: { en: 'Each source’s own account', ar: 'رواية كل مصدر' },
  splitIncident: { en: 'Split into its reports', ar: 'فصله إلى تقاريره' },
  mergeWith: { en: 'Merge with…', ar: 'دمجه مع…' },
  mergeWithLabel: {
    en: 'Event to merge with (pick or type its id)',
    ar: 'الحدث المراد الدمج معه (اختره أو اكتب معرّفه)',
  },
  mergeConfirm: { en: 'Merge', ar: 'دمج' },
  mergeTypesDiffer: {
    en: 'Only events of the same type can be merged: this one is “{this}”, the other “{other}”. Correct the type first.',
    ar: 'لا يُدمج إلا حدثان من النوع نفسه: هذا «{this}» والآخر «{other}». صحّح النوع أولاً.',
  },
  mergeNotFound: { en: 'No event has the id “{id}”.', ar: 'لا يوجد حدث بالمعرّف «{id}».' },
  mergeSelf: { en: 'Pick another event to merge with.', ar: 'اختر حدثاً آخر للدمج معه.' },
  pickEventOnMap: { en: 'Pick it on the map', ar: 'اختره على الخريطة' },
  pickEventBanner: {
    en: 'Click the event to merge with on the map (Esc to cancel)',
    ar: 'انقر على الخريطة على الحدث المراد الدمج معه (Esc للإلغاء)',
  },
  noPlace: { en: 'no place', ar: 'بلا مكان' },
  killed: { en: 'Killed', ar: 'القتلى' },
  dateExactness: { en: 'Date precision', ar: 'دقة التاريخ' },
  // Map, timeline, list, reader and filters (issue 8).
  mapCanvas: {
    en: 'Pan and zoom: drag, scroll or use the arrow keys',
    ar: 'التحريك والتكبير: اسحب أو مرّر أو استخدم الأسهم',
  },
  mapSources: { en: 'Map data sources', ar: 'مصادر بيانات الخريطة' },
  unlocated: { en: 'no place', ar: 'بلا مكان' },
  fatalities: { en: 'Killed', ar: 'القتلى' },
  datePrecision: { en: 'Date precision', ar: 'دقة التاريخ' },
  legend: { en: 'Legend', ar: 'دليل الخريطة' },
  exactPlace: { en: 'At the place', ar: 'في المكان نفسه' },
  nearPlace: { en: 'Near a place', ar: 'قرب مكان' },
  regionOnly: { en: 'Region only (approximate)', ar: 'المنطقة فقط (تقريبي)' },
  sizeByFatalities: { en: 'Size: fatalities', ar: 'الحجم: عدد القتلى' },
  fitToEvents: { en: 'Fit map to events', ar: 'ملاءمة الخريطة للأحداث' },
  goToPlace: { en: 'Go to place', ar: 'انتقل إلى مكان' },
  saveMapImage: { en: 'Save as image', ar: 'احفظ صورة' },
  unlocatedEvents: {
    en: '{count, plural, one {# event} other {# events}} without a place (not on the map)',
    ar: '{count, plural, one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}} بلا مكان (خارج الخريطة)',
  },
  undated: { en: 'date unknown', ar: 'التاريخ غير معروف' },
  timeline: { en: 'Timeline', ar: 'الخط الزمني' },
  startDate: { en: 'Start date', ar: 'تاريخ البداية' },
  endDate: { en: 'End date', ar: 'تاريخ النهاية' },
  play: { en: 'Play', ar: 'تشغيل' },
  pause: { en: 'Pause', ar: 'إيقاف مؤقت' },
  speed: { en: 'Speed', ar: 'السرعة' },
  daysPerSecond: {
    en: '{days, plural, one {# day/s} other {# days/s}}',
    ar: '{days, plural, one {يوم/ث} two {يومان/ث} few {# أيام/ث} many {# يومًا/ث} other {# يوم/ث}}',
  },
  backWeek: { en: 'Back one week', ar: 'أسبوع إلى الوراء' },
  backDay: { en: 'Back one day', ar: 'يوم إلى الوراء' },
  forwardDay: { en: 'Forward one day', ar: 'يوم إلى الأمام' },
  forwardWeek: { en: 'Forward one week', ar: 'أسبوع إلى الأمام' },
  wholeSpan: { en: 'Whole span', ar: 'كامل المدة' },
  imprecise: { en: 'week or month precision', ar: 'بدقة أسبوع أو شهر' },
  events: { en: 'Events', ar: 'الأحداث' },
  shownOf: {
    en: '{shown} of {total, plural, one {# event} other {# events}} shown',
    ar: 'يُعرض {shown} من {total, plural, two {# حدثين} few {# أحداث} many {# حدثًا} other {# حدث}}',
  },
  noEventsShown: {
    en: 'No events in this window and these filters.',
    ar: 'لا أحداث ضمن هذه الفترة والمرشحات.',
  },
  sources: { en: 'Sources', ar: 'المصادر' },
  filters: { en: 'Filters', ar: 'المرشحات' },
  eventTypes: { en: 'Event types', ar: 'أنواع الأحداث' },
  actors: { en: 'Actors', ar: 'الأطراف' },
  minFatalities: { en: 'Minimum fatalities', ar: 'أدنى عدد للقتلى' },
  searchNotes: {
    en: 'Search notes, places, actors and types',
    ar: 'ابحث في النصوص والأماكن والأطراف والأنواع',
  },
  clearFilters: { en: 'Clear filters', ar: 'مسح المرشحات' },
  // The analyst's view (issue 17): search and review filters, totals (the lazy panels' words: analyst-text.ts).
  reviewFilters: { en: 'Review', ar: 'المراجعة' },
  minConfidence: { en: 'Minimum confidence', ar: 'أدنى درجة ثقة' },
  anyConfidence: { en: 'Any', ar: 'أي درجة' },
  byArticle: { en: 'Reported by', ar: 'المقالة المصدر' },
  allArticles: { en: 'Any article', ar: 'أي مقالة' },
  reviewAll: { en: 'All events', ar: 'كل الأحداث' },
  reviewCorrected: { en: 'Corrected', ar: 'المصحَّحة' },
  reviewMachine: { en: 'Machine only', ar: 'الآلية فقط' },
  totals: { en: 'Totals', ar: 'المجاميع' },
  reader: { en: 'Reader', ar: 'القارئ' },
  readerEmpty: {
    en: 'Select an event to read the sentence it came from.',
    ar: 'اختر حدثًا لقراءة الجملة التي استُخرج منها.',
  },
  sourceArticle: { en: 'Source', ar: 'المصدر' },
  articleMissing: { en: 'This article is no longer in the library.', ar: 'لم يعد هذا المقال في المكتبة.' },
  marks: { en: 'Marked: place, date, actors, numbers', ar: 'المعلَّم: المكان والتاريخ والأطراف والأعداد' },
  // Layout and keyboard (issue 16): skip links, the phone's views, names of scrolling boxes and landmarks.
  skipLinks: { en: 'Skip to', ar: 'انتقل إلى' },
  skipToMap: { en: 'Skip to the map', ar: 'انتقل إلى الخريطة' },
  skipToList: { en: 'Skip to the event list', ar: 'انتقل إلى قائمة الأحداث' },
  skipToReader: { en: 'Skip to the reader', ar: 'انتقل إلى القارئ' },
  views: { en: 'Views', ar: 'طرق العرض' },
  articleText: { en: 'Text of the article', ar: 'نص المقالة المفتوحة' },
  evidence: { en: 'Evidence', ar: 'الدليل' },
  sidebarPanels: { en: 'Articles and filters', ar: 'المقالات والمرشحات' },
  evidencePanels: { en: 'Events and reader', ar: 'الأحداث والقارئ' },
  // The offline copy of the app and the storage it keeps (src/pwa, src/library/StorageStatus.tsx).
  offlineReady: {
    en: 'Works offline: Marsad is saved on this device and opens without a network.',
    ar: 'يعمل دون اتصال: حُفظ مرصد على هذا الجهاز ويفتح دون شبكة.',
  },
  updateReady: { en: 'A new version of Marsad is ready.', ar: 'نسخة جديدة من مرصد جاهزة.' },
  reloadToUpdate: { en: 'Reload to update', ar: 'أعد التحميل للتحديث' },
  updating: { en: 'Updating Marsad…', ar: 'جارٍ تحديث مرصد…' },
  updatedInAnotherTab: {
    en: 'Marsad was updated in another tab; this page still runs the old version.',
    ar: 'حُدِّث مرصد في نافذة أخرى؛ ما زالت هذه الصفحة تعمل بالنسخة القديمة.',
  },
  storageOnDevice: { en: 'Storage on this device', ar: 'التخزين على هذا الجهاز' },
  storageUsage: { en: '{used} used, {available} available', ar: 'المستخدَم {used}، والمتاح {available}' },
  storageKept: {
    en: 'Kept: the browser will not clear the library to free space.',
    ar: 'محفوظة: لن يمسح المتصفح المكتبة لتوفير المساحة.',
  },
  storageNotKept: {
    en: 'Not protected: the browser may clear the library when space runs low.',
    ar: 'غير محمية: قد يمسح المتصفح المكتبة عند نقص المساحة.',
  },
  storageKeepAsk: { en: 'Keep the library', ar: 'احفظ المكتبة' },
  storageKeepDeclined: {
    en: 'The browser declined to protect the library (installing Marsad or bookmarking it often helps).',
    ar: 'رفض المتصفح حماية المكتبة (يساعد غالباً تثبيت مرصد أو إضافته إلى المفضلة).',
  },
  storageExportCopy: { en: 'Save a copy (workspace file)', ar: 'احفظ نسخة (ملف مساحة العمل)' },
  storageExportFirst: {
    en: 'Before clearing the library or the browser’s data, export the workspace: it is the only copy.',
    ar: 'قبل مسح المكتبة أو بيانات المتصفح، صدّر مساحة العمل: فهي النسخة الوحيدة.',
  },
} satisfies Record<string, Record<UiLanguage, string>>;

export type MessageKey = keyof typeof MESSAGES;

export { formatMessage, formatNumber, type MessageValues } from './message-format';

/**
 * The message for `key` in the language, its placeholders and plurals filled from `values` (ICU style, see
 * message-format.ts); a placeholder without a value is left as written.
 */
export function translate(language: UiLanguage, key: MessageKey, values: MessageValues = {}): string {
  return formatMessage(MESSAGES[key][language], values, language);
}

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** The translation function for the current interface language. */
export function useText(): Translate {
  const language = useMarsad((state) => state.language);
  return useCallback(
    (key: MessageKey, values?: MessageValues) => translate(language, key, values),
    [language],
  );
}

/** The language the browser prefers, if it is one the interface speaks. */
export function preferredLanguage(languages: readonly string[]): UiLanguage {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ar') return 'ar';
    if (base === 'en') return 'en';
  }
  return 'en';
}
