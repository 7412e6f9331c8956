import { useMarsad } from '../store/store-context';
import { useText } from '../ui/i18n';

/** The library: every article with its publication date, language and how many events it yielded. */
export function ArticleList() {
  const text = useText();
  const order = useMarsad((state) => state.articleOrder);
  const articles = useMarsad((state) => state.articles);
  const status = useMarsad((state) => state.articleStatus);
  const openArticle = useMarsad((state) => state.openArticle);

  return (
    <section className="panel library" aria-label={text('library')}>
      <h2>{text('articles')}</h2>
      {order.length === 0 ? <p className="muted">{text('noArticles')}</p> : null}
      <ul aria-label={text('articles')} className="article-list">
        {order.map((id) => {
          const article = articles[id];
          if (!article) return null;
          const info = status[id];
          return (
            <li key={id}>
              <button type="button" className="article-item" onClick={() => openArticle(id)}>
                <span className="article-title" dir="auto">
                  {article.title}
                </span>
                <span className="article-meta">
                  {article.published ?? text('publishedUnknown')} · {article.lang.toUpperCase()}
                  {info ? ` · ${info.eventCount} ${text('eventsFound')}` : ''}
                  {info?.bundled ? ` · ${text('bundledSample')}` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
