import type { UiLanguage } from '../store/ui-slice';
import { formatMessage, type MessageValues } from '../ui/message-format';

/**
 * The words of the map's lazy tools (the choice of events at one point, "go to place", the image export), in
 * English and Arabic. Kept with those tools' code rather than in i18n.ts so the first view does not carry them.
 */
const MESSAGES = {
  eventsHere: {
    en: '{count, plural, one {# event} other {# events}} here: choose one',
    ar: '{count, plural, two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}} هنا: اختر واحداً',
  },
  closeList: { en: 'Close', ar: 'إغلاق' },
  placeSearch: { en: 'Place name', ar: 'اسم المكان' },
  placeSearchHint: {
    en: 'A town, district or site, in Arabic or Latin letters',
    ar: 'مدينة أو منطقة أو موقع، بالحروف العربية أو اللاتينية',
  },
  noPlaceFound: {
    en: 'No place of that name in the gazetteer.',
    ar: 'لا مكان بهذا الاسم في المعجم الجغرافي.',
  },
  placesFound: {
    en: '{count, plural, one {# place} other {# places}} found',
    ar: '{count, plural, zero {لا أماكن} one {مكان واحد} two {مكانان} few {# أماكن} many {# مكانًا} other {# مكان}}',
  },
  loadingPlaces: { en: 'Loading the gazetteer…', ar: 'جارٍ تحميل المعجم الجغرافي…' },
  kind_city: { en: 'city', ar: 'مدينة' },
  kind_town: { en: 'town', ar: 'بلدة' },
  kind_village: { en: 'village', ar: 'قرية' },
  kind_neighbourhood: { en: 'neighbourhood', ar: 'حي' },
  kind_base: { en: 'base', ar: 'قاعدة' },
  kind_oil_facility: { en: 'oil facility', ar: 'منشأة نفطية' },
  kind_crossing: { en: 'crossing', ar: 'منفذ' },
  kind_landmark: { en: 'landmark', ar: 'معلم' },
  kind_wadi: { en: 'wadi', ar: 'وادٍ' },
  kind_district: { en: 'district', ar: 'شعبية' },
  kind_region: { en: 'region', ar: 'إقليم' },
  // The legend's words again (i18n.ts has them for the first view; importing them here would split that view).
  exactPlace: { en: 'At the place', ar: 'في المكان نفسه' },
  nearPlace: { en: 'Near a place', ar: 'قرب مكان' },
  regionOnly: { en: 'Region only (approximate)', ar: 'المنطقة فقط (تقريبي)' },
  sizeByFatalities: { en: 'Size: fatalities', ar: 'الحجم: عدد القتلى' },
  exportTitle: { en: 'Marsad: conflict events in Libya', ar: 'مرصد: أحداث النزاع في ليبيا' },
  exportShown: {
    en: '{shown} of {total} events shown · {start} – {end}',
    ar: 'الأحداث المعروضة: {shown} من {total} · {start} – {end}',
  },
  exportShownAll: { en: '{shown} of {total} events shown', ar: 'الأحداث المعروضة: {shown} من {total}' },
  exportSources: { en: 'Basemap: Natural Earth · GeoNames', ar: 'الخريطة الأساس: Natural Earth · GeoNames' },
  exportFailed: { en: 'The map could not be saved as an image.', ar: 'تعذّر حفظ الخريطة صورةً.' },
} satisfies Record<string, Record<UiLanguage, string>>;

export type MapToolsKey = keyof typeof MESSAGES;

/** The map tools' message for `key` in the language, its placeholders filled from `values`. */
export function mapToolsText(language: UiLanguage, key: MapToolsKey, values: MessageValues = {}): string {
  return formatMessage(MESSAGES[key][language], values, language);
}
