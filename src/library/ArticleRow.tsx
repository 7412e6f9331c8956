import { useRef, useState } from 'react';
import type { Article } from '../pipeline/types';
import type { ArticleStatus } from '../store/articles-slice';
import { useText } from '../ui/i18n';
import { useMarsad } from '../store/store-context';
import { publishedText } from '../events/event-labels';
import { useNameTables } from '../ui/names';
import { statusLines } from './article-status-text';
import { useFocusTrap } from '../ui/focus';

interface ArticleRowProps {
  article: Article;
  status: ArticleStatus | undefined;
  isOpen: boolean;
  canRerun: boolean;
  busy: boolean;
  /** The row in the Tab order (the list moves between rows with the arrow keys). */
  tabbable: boolean;
  onOpen: () => void;
  onRerun: () => void;
  onDelete: () => void;
}

/** One article in the library: what it is, what was found in it, and what the user can do with it. */
export function ArticleRow({
  article,
  status,
  isOpen,
  canRerun,
  busy,
  tabbable,
  onOpen,
  onRerun,
  onDelete,
}: ArticleRowProps) {
  const text = useText();
  const language = useMarsad((state) => state.language);
  // The Arabic wording of the pipeline's messages arrives with the Arabic names.
  useNameTables();
  const [confirming, setConfirming] = useState(false);
  const row = useRef<HTMLDivElement>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  // The confirmation keeps focus until answered; Escape cancels; focus then returns to Delete.
  useFocusTrap(confirmation, confirming, {
    onEscape: () => setConfirming(false),
    returnTo: () => row.current?.querySelector<HTMLElement>('[data-delete]') ?? null,
  });
  const tabIndex = tabbable ? 0 : -1;
  return (
    <div className={`article-row${isOpen ? ' article-open' : ''}`} ref={row}>
      <button
        type="button"
        className="article-item"
        tabIndex={tabIndex}
        onClick={onOpen}
        aria-current={isOpen ? 'true' : undefined}
      >
        <span className="article-title" dir="auto" translate="no">
          {article.title}
        </span>
        <span className="article-meta">
          {publishedText(article.published, language) ?? text('publishedUnknown')} ·{' '}
          {article.lang === 'other' ? '' : text(article.lang === 'ar' ? 'arabicArticle' : 'englishArticle')}
          {article.source ? (
            <>
              {' · '}
              <bdi translate="no">{article.source}</bdi>
            </>
          ) : null}
          {status?.bundled ? ` · ${text('bundledSample')}` : ''}
        </span>
      </button>
      {status ? (
        <p className="article-status">
          {statusLines(status, text, language).map((line) => (
            <span key={line.text} className={`status-${line.level}`} dir="auto">
              {line.text}
            </span>
          ))}
        </p>
      ) : null}
      <div className="article-actions">
        {canRerun ? (
          <button type="button" onClick={onRerun} disabled={busy} tabIndex={tabIndex}>
            {text('rerunArticle')}
          </button>
        ) : null}
        {confirming ? (
          <div className="article-confirm" role="group" aria-label={text('deleteArticle')} ref={confirmation}>
            <button type="button" className="danger" onClick={onDelete}>
              {text('confirmDelete')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {text('cancel')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            disabled={busy}
            tabIndex={tabIndex}
            data-delete=""
          >
            {text('deleteArticle')}
          </button>
        )}
      </div>
    </div>
  );
}
