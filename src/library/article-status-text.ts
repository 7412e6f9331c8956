import type { ArticleStatus } from '../store/articles-slice';
import type { MessageKey } from '../ui/i18n';

/** One line of an article's status in the library: how many events, and what stood in the way. */
export interface StatusLine {
  text: string;
  level: 'events' | 'none' | 'warning' | 'error';
}

export function statusLines(status: ArticleStatus, text: (key: MessageKey) => string): StatusLine[] {
  const lines: StatusLine[] = [];
  if (status.eventCount === 0) lines.push({ text: text('noEventsFound'), level: 'none' });
  else if (status.eventCount === 1) lines.push({ text: text('oneEventFound'), level: 'events' });
  else
    lines.push({
      text: text('manyEventsFound').replace('{count}', String(status.eventCount)),
      level: 'events',
    });
  const seen = new Set<string>();
  for (const diagnostic of status.diagnostics) {
    if (diagnostic.severity === 'info' || seen.has(diagnostic.message)) continue;
    seen.add(diagnostic.message);
    lines.push({ text: diagnostic.message, level: diagnostic.severity });
  }
  return lines;
}
