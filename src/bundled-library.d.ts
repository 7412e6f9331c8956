/** The bundled sample library, extracted at build time by scripts/vite/bundled-library-plugin.ts. */
declare module 'virtual:marsad-bundled-library' {
  export const BUNDLED_LIBRARY: readonly {
    article: import('./pipeline/types').Article;
    extraction: import('./pipeline/types').ArticleExtraction;
  }[];
  /** Their events merged across articles as the library merges them. */
  export const BUNDLED_MERGED: readonly import('./pipeline/types').ConflictEvent[];
}
