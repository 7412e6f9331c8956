import type { StateCreator } from 'zustand/vanilla';
import type { Article, Diagnostic } from '../pipeline/types';
import type { MarsadState } from './store';

/** What the library knows about one article besides its text. */
export interface ArticleStatus {
  eventCount: number;
  summaries: string[];
  diagnostics: Diagnostic[];
  /** Bundled sample articles can be removed like any other, but are marked as samples. */
  bundled: boolean;
  addedAt: number;
}

export interface ArticlesSlice {
  articles: Record<string, Article>;
  /** Library order (oldest addition first). */
  articleOrder: string[];
  articleStatus: Record<string, ArticleStatus>;
  upsertArticles: (entries: { article: Article; status: ArticleStatus }[]) => void;
  removeArticles: (ids: string[]) => void;
}

/**
 * A copy of a record keyed by article ids with no prototype: an id such as `__proto__`, `constructor` or
 * `toString` (ids come from users' files) is an entry like any other, never a property every object has.
 */
function byId<T>(from: Record<string, T> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, from);
}

export const createArticlesSlice: StateCreator<MarsadState, [], [], ArticlesSlice> = (set) => ({
  articles: byId(),
  articleOrder: [],
  articleStatus: byId(),
  upsertArticles: (entries) =>
    set((state) => {
      const articles = byId(state.articles);
      const articleStatus = byId(state.articleStatus);
      const articleOrder = [...state.articleOrder];
      for (const { article, status } of entries) {
        if (!(article.id in articles)) articleOrder.push(article.id);
        articles[article.id] = article;
        articleStatus[article.id] = status;
      }
      return { articles, articleStatus, articleOrder };
    }),
  removeArticles: (ids) =>
    set((state) => {
      const gone = new Set(ids);
      const articles = byId(state.articles);
      const articleStatus = byId(state.articleStatus);
      for (const id of ids) {
        delete articles[id];
        delete articleStatus[id];
      }
      return { articles, articleStatus, articleOrder: state.articleOrder.filter((id) => !gone.has(id)) };
    }),
});
