/**
 * HTML pages: the title and the publication date from the page's metadata (Open Graph and article meta tags,
 * JSON-LD NewsArticle headline and datePublished, <time datetime>) and the main text, read
 * with htmlparser2's streaming parser (pure JavaScript, no DOM, so it runs in a worker).
 * Main text: the blocks inside <article> (or <main>) when those hold the story, otherwise the body;
 * scripts, navigation, headers, footers, asides, forms, captions and comment or share widgets are left out.
 */
import { Parser } from 'htmlparser2';
import type { Diagnostic } from '../types.ts';
import { baseName, decodeText, guessLanguage, toIsoDay } from './article-fields.ts';
import { contentId } from './formats/content-id.ts';
import { firstHeading, metadataTitle } from './title.ts';
import type { IngestFormat, IngestOptions, IngestResult } from './types.ts';

const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'svg',
  'iframe',
  'button',
  'select',
  'template',
  'figcaption',
  'head',
  'object',
  'canvas',
  'video',
  'audio',
]);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'br',
  'tr',
  'table',
  'pre',
  'dd',
  'dt',
  'hr',
  'figure',
  'body',
]);
const BOILERPLATE =
  /(^|[\s_-])(comments?|related|share|sharing|social|newsletter|advert|ads|breadcrumbs?|menu|sidebar|cookie|promo|subscribe)($|[\s_-])/i;
const DATE_META = new Set([
  'article:published_time',
  'og:published_time',
  'published_time',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'datepublished',
  'publication_date',
  'cxenseparse:recs:publishtime',
]);
const MIN_MAIN_TEXT = 200;

interface Block {
  text: string;
  inArticle: boolean;
  inMain: boolean;
}

interface PageParts {
  title: string;
  ogTitle: string;
  jsonLdTitle: string;
  heading: string;
  published: string | null;
  blocks: Block[];
}

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Report|Opinion|Background)?Article$|^BlogPosting$|^Report$/;

function isArticleType(value: unknown): boolean {
  const types = Array.isArray(value) ? value : [value];
  return types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type));
}

/**
 * The headline and publication day of a page's JSON-LD: from an article object (NewsArticle, Article,
 * ReportageNewsArticle, BlogPosting…) in preference to any other object carrying `datePublished`.
 */
function findJsonLd(json: string): { date: string | null; headline: string | null } {
  let fallback: { date: string | null; headline: string | null } = { date: null, headline: null };
  try {
    const stack: unknown[] = [JSON.parse(json)];
    let visited = 0;
    while (stack.length > 0 && visited++ < 10_000) {
      const value = stack.pop();
      if (Array.isArray(value)) {
        for (const item of value) stack.push(item);
      } else if (typeof value === 'object' && value !== null) {
        const record = value as Record<string, unknown>;
        const date = toIsoDay(record['datePublished']);
        const headline = typeof record['headline'] === 'string' ? record['headline'] : null;
        if (isArticleType(record['@type']) && (date !== null || headline !== null)) return { date, headline };
        if (fallback.date === null && date !== null) fallback = { date, headline };
        if (record['@graph'] !== undefined) stack.push(record['@graph']);
        if (record['mainEntity'] !== undefined) stack.push(record['mainEntity']);
      }
    }
  } catch {
    // A broken JSON-LD block is common on real pages and simply gives nothing.
  }
  return fallback;
}

function parsePage(html: string): PageParts {
  const parts: PageParts = {
    title: '',
    ogTitle: '',
    jsonLdTitle: '',
    heading: '',
    published: null,
    blocks: [],
  };
  const openSkips: string[] = [];
  let articleDepth = 0;
  let mainDepth = 0;
  let inTitle = false;
  let inHeading = false;
  let inJsonLd = false;
  let jsonLd = '';
  let timeDate: string | null = null;
  let current = '';
  const flush = (): void => {
    // A line break in the source is a space in the page ("wounding seven\n others"), as a browser shows it.
    const text = current.replace(/[\s\u00a0]+/g, ' ').trim();
    if (text.length > 0) parts.blocks.push({ text, inArticle: articleDepth > 0, inMain: mainDepth > 0 });
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta') {
          const key = (
            attributes['property'] ??
            attributes['name'] ??
            attributes['itemprop'] ??
            ''
          ).toLowerCase();
          const content = attributes['content'] ?? '';
          if (key === 'og:title' && parts.ogTitle === '') parts.ogTitle = content.trim();
          if (DATE_META.has(key) && parts.published === null) parts.published = toIsoDay(content);
          return;
        }
        if (name === 'title' && openSkips.length <= 1) inTitle = true;
        if (name === 'script' && (attributes['type'] ?? '').toLowerCase() === 'application/ld+json')
          inJsonLd = true;
        if (name === 'time' && timeDate === null) timeDate = toIsoDay(attributes['datetime'] ?? '');
        const marker = `${attributes['class'] ?? ''} ${attributes['id'] ?? ''}`;
        if (
          SKIPPED_TAGS.has(name) ||
          (name !== 'article' && name !== 'main' && name !== 'body' && BOILERPLATE.test(marker))
        ) {
          if (BLOCK_TAGS.has(name) || SKIPPED_TAGS.has(name)) flush();
          openSkips.push(name);
          return;
        }
        if (openSkips.length > 0) return;
        if (BLOCK_TAGS.has(name)) flush();
        if (name === 'article') articleDepth++;
        if (name === 'main') mainDepth++;
        if (name === 'h1' && parts.heading === '') inHeading = true;
      },
      ontext(text) {
        if (inTitle) parts.title += text;
        if (inJsonLd) jsonLd += text;
        if (openSkips.length > 0) return;
        if (inHeading) parts.heading += text;
        current += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'script' && inJsonLd) {
          inJsonLd = false;
          const found = findJsonLd(jsonLd);
          if (parts.published === null && found.date !== null) parts.published = found.date;
          if (parts.jsonLdTitle === '' && found.headline !== null) parts.jsonLdTitle = found.headline.trim();
          jsonLd = '';
        }
        if (openSkips.length > 0) {
          if (openSkips[openSkips.length - 1] === name) openSkips.pop();
          return;
        }
        if (BLOCK_TAGS.has(name)) flush();
        if (name === 'h1') inHeading = false;
        if (name === 'article' && articleDepth > 0) articleDepth--;
        if (name === 'main' && mainDepth > 0) mainDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  if (parts.published === null) parts.published = timeDate;
  return parts;
}

function mainText(blocks: Block[]): string {
  const pick = (predicate: (block: Block) => boolean): string =>
    blocks
      .filter(predicate)
      .map((block) => block.text)
      .join('\n\n');
  const article = pick((block) => block.inArticle);
  if (article.length >= MIN_MAIN_TEXT) return article;
  const main = pick((block) => block.inMain);
  if (main.length >= MIN_MAIN_TEXT) return main;
  return pick(() => true);
}

function readHtml(bytes: Uint8Array, fileName: string, options?: IngestOptions): IngestResult {
  const diagnostics: Diagnostic[] = [];
  let parts: PageParts;
  try {
    parts = parsePage(decodeText(bytes));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    diagnostics.push({
      severity: 'error',
      code: 'unreadable',
      message: `${fileName}: the HTML could not be read (${reason})`,
      file: fileName,
    });
    return { articles: [], diagnostics };
  }
  const text = mainText(parts.blocks);
  if (text.trim().length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'empty-text',
      message: `${fileName}: the page has no article text`,
      file: fileName,
    });
    return { articles: [], diagnostics };
  }
  let published = parts.published;
  if (published === null && options?.published !== undefined) published = toIsoDay(options.published);
  if (published === null) {
    diagnostics.push({
      severity: 'info',
      code: 'missing-date',
      message: `${fileName}: no publication date in the page's metadata; relative dates cannot be resolved`,
      file: fileName,
    });
  }
  // The page's own title (Open Graph, then JSON-LD), its first <h1>, its <title> without the site's name, and
  // only then the first heading-like line of the text: never a navigation trail or a date line.
  const base = baseName(fileName);
  const title =
    metadataTitle(parts.ogTitle, base) ||
    metadataTitle(parts.jsonLdTitle, base) ||
    metadataTitle(parts.heading, base) ||
    metadataTitle(parts.title, base) ||
    firstHeading(text);
  return {
    articles: [
      {
        id: contentId(baseName(fileName), text),
        title,
        published,
        lang: guessLanguage(text),
        source: fileName,
        text,
      },
    ],
    diagnostics,
  };
}

export const htmlFormat: IngestFormat = { id: 'html', extensions: ['html', 'htm', 'xhtml'], read: readHtml };
