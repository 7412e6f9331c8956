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

export const createArticlesSlice: StateCreator<MarsadState, [], [], ArticlesSlice> = (set) => ({
  articles: {},
  articleOrder: [],
  articleStatus: {},
  upsertArticles: (entries) =>
    set((state) => {
      const articles = { ...state.articles };
      const articleStatus = { ...state.articleStatus };
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
      const articles = { ...state.articles };
      const articleStatus = { ...state.articleStatus };
      for (const id of ids) {
        delete articles[id];
        delete articleStatus[id];
      }
      return { articles, articleStatus, articleOrder: state.articleOrder.filter((id) => !gone.has(id)) };
    }),
});
