import type { ArticleStatus } from '../store/articles-slice';
import type { Translate } from '../ui/i18n';
import type { UiLanguage } from '../store/ui-slice';
import { diagnosticText } from '../ui/diagnostic-text';

/** One line of an article's status in the library: how many events, and what stood in the way. */
export interface StatusLine {
  text: string;
  level: 'events' | 'none' | 'warning' | 'error';
}

export function statusLines(status: ArticleStatus, text: Translate, language: UiLanguage): StatusLine[] {
  const lines: StatusLine[] = [];
  if (status.eventCount === 0) lines.push({ text: text('noEventsFound'), level: 'none' });
  else lines.push({ text: text('manyEventsFound', { count: status.eventCount }), level: 'events' });
  const seen = new Set<string>();
  for (const diagnostic of status.diagnostics) {
    if (diagnostic.severity === 'info' || seen.has(diagnostic.message)) continue;
    seen.add(diagnostic.message);
    lines.push({ text: diagnosticText(diagnostic, language), level: diagnostic.severity });
  }
  return lines;
}
