import { useMemo, useState } from 'react';
import type { Article } from '../pipeline/types';
import { suggestionText, type FileRow, type UploadSession, type UploadState } from './upload-session';
import { useUploadText } from './use-upload-text';

/** Articles listed per file before "Show more" (a zip of thousands stays a short page). */
const ARTICLES_SHOWN = 50;

/** The missing date is already said by each article's date field and note. */
function shown(row: FileRow) {
  return row.diagnostics.filter((diagnostic) => diagnostic.code !== 'missing-date');
}

/** One article with its own publication date field and where the date in it comes from. */
function ArticleDate({
  article,
  state,
  session,
}: {
  article: Article;
  state: UploadState;
  session: UploadSession;
}) {
  const text = useUploadText();
  const { day, from } = session.dateOf(article);
  const suggestion = state.suggestions.get(article.id);
  const note =
    from === 'file'
      ? text('dateFromFile')
      : from === 'set'
        ? text('dateSetByYou')
        : from === 'suggested' && suggestion
          ? suggestionText(text, suggestion)
          : text('dateMissing');
  const title = article.title || article.source;
  const clash = state.clashes.get(article.id);
  return (
    <li className={day === '' ? 'upload-article undated' : 'upload-article'}>
      <span className="upload-article-title" dir="auto" translate="no">
        {title}
      </span>
      <input
        type="date"
        aria-label={text('articleDate', { title: title.length > 80 ? title.slice(0, 80) + '…' : title })}
        value={day}
        onChange={(event) => session.setArticleDate(article.id, event.target.value)}
      />
      <span className={`upload-article-date-note date-${from}`}>{note}</span>
      {clash === undefined ? null : (
        <span className="upload-article-clash" role="note">
          {text('idClashRow', { id: article.id, storedAs: clash })}
        </span>
      )}
    </li>
  );
}

function FileArticles({
  row,
  byId,
  state,
  session,
}: {
  row: FileRow;
  byId: ReadonlyMap<string, Article>;
  state: UploadState;
  session: UploadSession;
}) {
  const text = useUploadText();
  const [limit, setLimit] = useState(ARTICLES_SHOWN);
  const articles = row.articleIds.flatMap((id) => {
    const article = byId.get(id);
    return article ? [article] : [];
  });
  if (articles.length === 0) return null;
  const more = articles.length - limit;
  return (
    <>
      <ul className="upload-articles" aria-label={text('articleDateShort')}>
        {articles.slice(0, limit).map((article) => (
          <ArticleDate key={article.id} article={article} state={state} session={session} />
        ))}
      </ul>
      {more > 0 ? (
        <button type="button" className="link" onClick={() => setLimit(limit + ARTICLES_SHOWN * 4)}>
          {text('showMoreArticles', { count: Math.min(more, ARTICLES_SHOWN * 4) })}
        </button>
      ) : null}
    </>
  );
}

/** Every chosen file with what was read from it, its problems, and every article with its own date field. */
export function FileReviewList({ state, session }: { state: UploadState; session: UploadSession }) {
  const text = useUploadText();
  const byId = useMemo(
    () => new Map(state.articles.map((article) => [article.id, article])),
    [state.articles],
  );
  return (
    <ul className="upload-files" aria-label={text('dialogTitle')}>
      {state.rows.map((row: FileRow, index) => {
        const undated = row.articleIds.reduce((sum, id) => {
          const article = byId.get(id);
          return sum + (article && session.dateOf(article).day === '' ? 1 : 0);
        }, 0);
        return (
          <li key={`${row.name}-${index}`} className={row.refused ? 'upload-file refused' : 'upload-file'}>
            <div className="upload-file-head">
              <span className="upload-file-name" dir="auto" translate="no">
                {row.name}
              </span>
              <span className="muted">{text('size', { bytes: row.size })}</span>
              <span className="upload-file-status">
                {row.refused ? text('notRead') : text('articlesInFile', { count: row.articleIds.length })}
                {undated > 0 ? ` · ${text('undatedInFile', { count: undated })}` : ''}
              </span>
            </div>
            <FileArticles row={row} byId={byId} state={state} session={session} />
            {shown(row).length > 0 ? (
              <ul className="upload-problems">
                {shown(row).map((diagnostic, problem) => (
                  <li key={problem} className={`problem-${diagnostic.severity}`} dir="auto">
                    {text('diagnostic', { code: diagnostic.code, message: diagnostic.message })}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
