import { useState } from 'react';
import type { Article } from '../pipeline/types';
import type { ArticleStatus } from '../store/articles-slice';
import { useText } from '../ui/i18n';
import { statusLines } from './article-status-text';

interface ArticleRowProps {
  article: Article;
  status: ArticleStatus | undefined;
  isOpen: boolean;
  canRerun: boolean;
  busy: boolean;
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
  onOpen,
  onRerun,
  onDelete,
}: ArticleRowProps) {
  const text = useText();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className={`article-row${isOpen ? ' article-open' : ''}`}>
      <button
        type="button"
        className="article-item"
        onClick={onOpen}
        aria-current={isOpen ? 'true' : undefined}
      >
        <span className="article-title" dir="auto">
          {article.title}
        </span>
        <span className="article-meta">
          {article.published ?? text('publishedUnknown')} · {article.lang.toUpperCase()}
          {article.source ? ` · ${article.source}` : ''}
          {status?.bundled ? ` · ${text('bundledSample')}` : ''}
        </span>
      </button>
      {status ? (
        <p className="article-status">
          {statusLines(status, text).map((line) => (
            <span key={line.text} className={`status-${line.level}`} dir="auto">
              {line.text}
            </span>
          ))}
        </p>
      ) : null}
      <div className="article-actions">
        {canRerun ? (
          <button type="button" onClick={onRerun} disabled={busy}>
            {text('rerunArticle')}
          </button>
        ) : null}
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={onDelete}>
              {text('confirmDelete')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {text('cancel')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} disabled={busy}>
            {text('deleteArticle')}
          </button>
        )}
      </div>
    </div>
  );
}
