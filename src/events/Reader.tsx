import { useEffect, useRef, useState } from 'react';
import type { Article, ConflictEvent } from '../pipeline/types';
import { useMarsad } from '../store/store-context';
import { useText } from '../ui/i18n';
import { selectSelectedEvent } from '../store/selectors/event-selectors';
import { formatEventDate, formatFatalities, publishedText, typeLabel } from './event-labels';
import { ActorPair, PlaceName } from '../ui/Name';
import { useNameTables } from '../ui/names';
import { segmentText } from './reader-segments';
import { describeIncident, reportAccounts } from './reader-incident';
import { useLibraryService } from '../library/use-library-service';
import './reader.css';

function ArticleText({
  article,
  event,
  label,
}: {
  article: Article;
  event: ConflictEvent | null;
  label: string;
}) {
  const body = useRef<HTMLDivElement>(null);
  const evidence = event?.sources.filter((source) => source.article_id === article.id) ?? [];
  const highlights = event?.highlights.filter((mark) => mark.article_id === article.id) ?? [];
  const segments = segmentText(article.text.length, evidence, highlights);
  const firstEvidence = evidence[0]?.start ?? -1;

  // The evidence sentence at the top of the text (a line of context above it), the text alone scrolled: the
  // first thing read is the sentence the event came from, not the title or lead above it.
  useEffect(() => {
    const container = body.current;
    const mark = container?.querySelector('.evidence');
    if (!container || !mark) return;
    const above = mark.getBoundingClientRect().top - container.getBoundingClientRect().top;
    container.scrollTop = Math.max(0, container.scrollTop + above - 0.6 * lineHeight(container));
    // Where the text does not scroll on its own (a layout that lets the page scroll), the page brings it in.
    const box = mark.getBoundingClientRect();
    const frame = container.getBoundingClientRect();
    if (box.height > 0 && (box.top < frame.top || box.top > frame.bottom)) {
      mark.scrollIntoView({ block: 'nearest', behavior: 'auto' });
    }
  }, [article.id, event?.id, firstEvidence]);

  const rtl = article.lang === 'ar';
  return (
    <div
      ref={body}
      className="reader-text"
      translate="no"
      // Scrolls on its own: reachable by keyboard (arrow keys scroll it) and named for screen readers.
      tabIndex={0}
      role="region"
      aria-label={label}
      dir={rtl ? 'rtl' : 'auto'}
      lang={rtl ? 'ar' : article.lang === 'en' ? 'en' : undefined}
    >
      {segments.map((segment) => {
        const content = article.text.slice(segment.start, segment.end);
        const className = segment.kinds.map((kind) => `mark-${kind}`).join(' ');
        const inner = className ? (
          <span className={className} data-kind={segment.kinds.join(' ')}>
            {content}
          </span>
        ) : (
          content
        );
        return segment.evidence ? (
          <mark key={segment.start} className="evidence">
            {inner}
          </mark>
        ) : (
          <span key={segment.start}>{inner}</span>
        );
      })}
    </div>
  );
}

function lineHeight(element: HTMLElement): number {
  return Number.parseFloat(getComputedStyle(element).lineHeight) || 24;
}

/**
 * The reader: for the selected event, each source article (one tab per article) with the evidence sentence
 * highlighted and scrolled into view, and the matched place, date, actors and numbers marked. Without a
 * selection it shows the article opened from the library.
 */
export function Reader() {
  const text = useText();
  const language = useMarsad((state) => state.language);
  const event = useMarsad(selectSelectedEvent);
  const names = useNameTables();
  const articles = useMarsad((state) => state.articles);
  const openArticleId = useMarsad((state) => state.openArticleId);
  const [tab, setTab] = useState(0);
  const [tabEventId, setTabEventId] = useState<string | null>(null);
  if ((event?.id ?? null) !== tabEventId) {
    setTabEventId(event?.id ?? null);
    setTab(0);
  }

  const articleIds = event
    ? [...new Set(event.sources.map((source) => source.article_id))]
    : openArticleId
      ? [openArticleId]
      : [];
  const currentId = articleIds[Math.min(tab, articleIds.length - 1)];
  const article = currentId ? articles[currentId] : undefined;
  const service = useLibraryService();
  const accounts = event?.incident && service ? reportAccounts(event, (id) => service.extractionOf(id)) : [];

  return (
    <section className="panel reader" aria-label={text('reader')} id="marsad-reader" tabIndex={-1}>
      <h2>{text('reader')}</h2>
      {event ? (
        <p className="reader-event">
          <strong>{typeLabel(event.sub_event_type, language)}</strong> ·{' '}
          {formatEventDate(event, language, text('undated'))} ·{' '}
          <PlaceName location={event.location} placeId={event.place_id} fallback={text('unlocated')} /> ·{' '}
          {event.actor1 || event.actor2 ? (
            <>
              <ActorPair actors={[event.actor1, event.actor2]} /> ·{' '}
            </>
          ) : null}
          {text('fatalities')}: {formatFatalities(event, language)}
        </p>
      ) : null}
      {event?.incident ? (
        <div className="reader-incident">
          <p>{describeIncident(event.incident, language, names)}</p>
          {accounts.length > 0 ? (
            <ul aria-label={text('incidentReports')}>
              {accounts.map((account) => (
                <li key={account.articleId}>
                  <button
                    type="button"
                    aria-pressed={account.articleId === currentId}
                    onClick={() => setTab(Math.max(0, articleIds.indexOf(account.articleId)))}
                  >
                    <bdi translate="no">{articles[account.articleId]?.source ?? account.articleId}</bdi>
                  </button>{' '}
                  {formatEventDate(account.event, language, text('undated'))} ·{' '}
                  <PlaceName
                    location={account.event.location}
                    placeId={account.event.place_id}
                    fallback={text('unlocated')}
                  />{' '}
                  · {text('fatalities')}: {formatFatalities(account.event, language)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {articleIds.length === 0 ? <p className="muted">{text('readerEmpty')}</p> : null}
      {articleIds.length > 1 ? (
        <div className="reader-tabs" role="tablist" aria-label={text('sourceArticle')}>
          {articleIds.map((id, i) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={id === currentId}
              onClick={() => setTab(i)}
            >
              {text('sourceArticle')} {i + 1}
            </button>
          ))}
        </div>
      ) : null}
      {currentId && !article ? <p className="muted">{text('articleMissing')}</p> : null}
      {article ? (
        <article className="reader-article" role={articleIds.length > 1 ? 'tabpanel' : undefined}>
          <h3 dir="auto" translate="no" title={article.title}>
            {article.title}
          </h3>
          <p className="article-meta">
            <bdi translate="no">{article.source}</bdi> ·{' '}
            {publishedText(article.published, language) ?? text('publishedUnknown')}
          </p>
          <ArticleText article={article} event={event} label={text('articleText')} />
          {event && event.highlights.length > 0 ? (
            <p className="reader-legend muted">{text('marks')}</p>
          ) : null}
        </article>
      ) : null}
    </section>
  );
}
