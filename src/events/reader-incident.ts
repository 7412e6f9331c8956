import type { ArticleExtraction, ConflictEvent, IncidentSummary, SourceSpan } from '../pipeline/types';
import type { UiLanguage } from '../store/ui-slice';
import { NEARBY_KM } from '../pipeline/extract/incident-compatibility';
import { formatNumber } from './event-labels';
import { arabicCount, arabicDaysApart, REPORT_NOUN } from './reader-counts';
import { placeName } from '../ui/names';
import { isolate } from '../ui/message-format';

const PLACE_PHRASES: Record<IncidentSummary['place'], Record<UiLanguage, string>> = {
  'same-place': { en: 'same place', ar: 'المكان نفسه' },
  contained: { en: 'one place within the other', ar: 'أماكن متداخلة' },
  nearby: { en: 'places within {km} km', ar: 'أماكن متقاربة في حدود {km} كم' },
  unlocated: { en: 'not every report names a place', ar: 'بعض التقارير لا تذكر مكاناً' },
  apart: { en: 'different places', ar: 'أماكن مختلفة' },
};

function dayPhrase(days: number, language: UiLanguage): string {
  const digits = (value: number) => formatNumber(value, language);
  if (language === 'ar') return days === 0 ? 'في اليوم نفسه' : arabicDaysApart(days, digits);
  if (days === 0) return 'same day';
  return days === 1 ? 'dates 1 day apart' : `dates ${days} days apart`;
}

/**
 * Why several reports are shown as one event: "One incident: same place (Abu Salim), same day, 3 reports" /
 * "حادثة واحدة: المكان نفسه (أبو سليم)، في اليوم نفسه، 3 تقارير".
 */
export function describeIncident(
  incident: IncidentSummary,
  language: UiLanguage,
  names: Parameters<typeof placeName>[3] = null,
): string {
  const shown = incident.place_name === null ? null : placeName(incident.place_name, null, language, names);
  const name = shown === null ? '' : ` (${shown.supplied ? isolate(shown.text) : shown.text})`;
  const phrase = PLACE_PHRASES[incident.place][language].replace('{km}', formatNumber(NEARBY_KM, language));
  const place = `${phrase}${incident.place === 'unlocated' ? '' : name}`;
  const days = dayPhrase(incident.day_span, language);
  if (language === 'ar') {
    const reports = arabicCount(incident.reports, REPORT_NOUN, (value) => formatNumber(value, language));
    const byUser = incident.by_user ? '، دُمجت يدوياً' : '';
    return `حادثة واحدة: ${place}، ${days}، ${reports}${byUser}`;
  }
  const reports = incident.reports === 1 ? '1 report' : `${incident.reports} reports`;
  return `One incident: ${place}, ${days}, ${reports}${incident.by_user ? ', merged by you' : ''}`;
}

/** One source's own account of the incident: its date, place and toll as that article's event gives them. */
export interface ReportAccount {
  articleId: string;
  event: ConflictEvent;
}

function overlaps(a: SourceSpan, b: SourceSpan): boolean {
  return a.article_id === b.article_id && a.start < b.end && b.start < a.end;
}

/**
 * For a merged event, each source article's own event (the machine's, before the merge), found by its evidence
 * span; articles whose extraction is not at hand are left out.
 */
export function reportAccounts(
  event: ConflictEvent,
  extractionOf: (articleId: string) => ArticleExtraction | undefined,
): ReportAccount[] {
  const accounts: ReportAccount[] = [];
  const seen = new Set<string>();
  for (const source of event.sources) {
    if (seen.has(source.article_id)) continue;
    const own = extractionOf(source.article_id)?.events.find((candidate) =>
      candidate.sources.some((span) => overlaps(span, source)),
    );
    if (!own) continue;
    seen.add(source.article_id);
    accounts.push({ articleId: source.article_id, event: own });
  }
  return accounts;
}
