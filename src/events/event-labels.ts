import { format } from 'date-fns';
import { ar, enGB } from 'date-fns/locale';
import type { ConflictEvent, SubEventType, TimePrecision } from '../pipeline/types';
import { dayFromIso, isoFromDay, type DayNumber } from '../store/days';
import type { UiLanguage } from '../store/ui-slice';
import { formatNumber } from '../ui/message-format';

/** Sub-event types as the interface names them (ACLED's English names, and Arabic). */
const TYPE_LABELS: Record<SubEventType, Record<UiLanguage, string>> = {
  'Air/drone strike': { en: 'Air/drone strike', ar: 'غارة جوية أو بمسيّرة' },
  'Shelling/artillery/missile attack': { en: 'Shelling/artillery/missile', ar: 'قصف مدفعي أو صاروخي' },
  'Remote explosive/landmine/IED': { en: 'Explosive/landmine/IED', ar: 'عبوة ناسفة أو لغم' },
  'Suicide bomb': { en: 'Suicide bomb', ar: 'تفجير انتحاري' },
  'Armed clash': { en: 'Armed clash', ar: 'اشتباك مسلح' },
  'Government regains territory': { en: 'Government regains territory', ar: 'استعادة الحكومة لأرض' },
  'Non-state actor overtakes territory': {
    en: 'Non-state actor takes territory',
    ar: 'سيطرة جماعة مسلحة على أرض',
  },
};

const PRECISION_LABELS: Record<TimePrecision, Record<UiLanguage, string>> = {
  1: { en: 'day', ar: 'يوم' },
  2: { en: 'week', ar: 'أسبوع' },
  3: { en: 'month', ar: 'شهر' },
};

export function typeLabel(type: SubEventType, language: UiLanguage): string {
  return TYPE_LABELS[type][language];
}

export function precisionLabel(precision: TimePrecision, language: UiLanguage): string {
  return PRECISION_LABELS[precision][language];
}

function locale(language: UiLanguage) {
  return language === 'ar' ? ar : enGB;
}

/** A day as people read it: "24 Sep 2019" / "24 سبتمبر 2019" (date-fns' Arabic locale). */
export function formatDay(day: DayNumber, language: UiLanguage): string {
  return format(new Date(`${isoFromDay(day)}T12:00:00Z`), 'd MMM yyyy', { locale: locale(language) });
}

/** An article's publication day as the interface writes its dates (English keeps the ISO day); null if none. */
export function publishedText(published: string | null | undefined, language: UiLanguage): string | null {
  if (!published) return null;
  const day = language === 'ar' ? dayFromIso(published.slice(0, 10)) : null;
  return day === null ? published : formatDay(day, language);
}

/** An event's date with its precision: "24 Sep 2019", "week to 2 Oct 2019", "month to 2 Oct 2019". */
export function formatEventDate(event: ConflictEvent, language: UiLanguage, undated: string): string {
  const day = dayFromIso(event.date);
  if (day === null) return undated;
  const text = formatDay(day, language);
  if (event.time_precision === 1) return text;
  const span = precisionLabel(event.time_precision, language);
  return language === 'ar' ? `${span} حتى ${text}` : `${span} to ${text}`;
}

/** Numbers in the interface's locale (ar-LY and en-GB, Western digits in both): see message-format.ts. */
export { formatNumber };

/** "11", "10–14", or "?" when unknown. */
export function formatFatalities(event: ConflictEvent, language: UiLanguage): string {
  if (event.fatalities === null) return '?';
  const low = formatNumber(event.fatalities, language);
  if (event.fatalities_high === null || event.fatalities_high === event.fatalities) return low;
  return `${low}–${formatNumber(event.fatalities_high, language)}`;
}

/** How many distinct articles report the event. */
export function sourceCount(event: ConflictEvent): number {
  return new Set(event.sources.map((source) => source.article_id)).size;
}
