import type { Article } from '../pipeline/types';

const modules = import.meta.glob<Article>('../../data/articles/*.json', { eager: true, import: 'default' });

/** The sample articles that ship with Marsad (data/articles), oldest first. */
export const BUNDLED_ARTICLES: Article[] = Object.values(modules).sort((a, b) =>
  (a.published ?? '').localeCompare(b.published ?? ''),
);
