/**
 * The outlet an article comes from, as an ACLED export names it in `source`, with the outlet's reach for
 * `source_scale`: from the article's address (known outlets by domain, data/lexicons/outlets.json, else the
 * domain itself) or from its metadata (`source`, when it names an outlet rather than a file). A file name is kept
 * without its folders: a local path never leaves the machine in an export.
 */
import outletsData from '../../../data/lexicons/outlets.json';
import type { Article } from '../types.ts';

export interface Outlet {
  name: string;
  /** ACLED source scale ("National", "Regional", "International", "New media"), or null when not known. */
  scale: string | null;
  /** The outlet's Arabic name, when the outlet list gives one. */
  nameAr: string | null;
}

interface OutletEntry {
  domain: string;
  name: string;
  scale: string;
  names: string[];
}

const entries = (outletsData as unknown as { outlets: OutletEntry[] }).outlets;
const ARABIC_LETTER = /[\u0621-\u064a]/;

function known(entry: OutletEntry): Outlet {
  return {
    name: entry.name,
    scale: entry.scale,
    nameAr: entry.names.find((name) => ARABIC_LETTER.test(name)) ?? null,
  };
}
const byDomain = new Map(entries.map((entry) => [entry.domain, entry]));
const byName = new Map<string, OutletEntry>();
for (const entry of entries) {
  for (const name of [entry.name, entry.domain, ...entry.names]) {
    const key = name.trim().toLowerCase();
    if (!byName.has(key)) byName.set(key, entry);
  }
}

/** The host of an address without "www."/"m."/"amp." in front, or null when it is not a web address. */
export function hostOf(url: string | undefined): string | null {
  if (url === undefined || url === '') return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (host === '') return null;
  return host.replace(/^(?:www\d?|m|amp|mobile)\./, '');
}

function knownDomain(host: string): OutletEntry | undefined {
  let candidate = host;
  for (;;) {
    const entry = byDomain.get(candidate);
    if (entry !== undefined) return entry;
    const dot = candidate.indexOf('.');
    if (dot < 0 || candidate.indexOf('.', dot + 1) < 0) return undefined;
    candidate = candidate.slice(dot + 1);
  }
}

const FILE_NAME = /\.(?:txt|md|html?|json|jsonl|csv|tsv|pdf|docx?|zip|xml)$/i;

/** The last part of a path ("/home/me/news/a.txt" → "a.txt"). */
export function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? path : path.slice(cut + 1);
}

export function outletOf(article: Pick<Article, 'source' | 'url'>): Outlet {
  const host = hostOf(article.url);
  const fromHost = host === null ? undefined : knownDomain(host);
  if (fromHost !== undefined) return known(fromHost);
  const source = article.source.trim();
  const named = byName.get(source.toLowerCase());
  if (named !== undefined) return known(named);
  const sourceHost = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(source)
    ? knownDomain(source.toLowerCase())
    : undefined;
  if (sourceHost !== undefined) return known(sourceHost);
  const isFile = source.includes('/') || source.includes('\\') || FILE_NAME.test(source);
  if (host !== null && (isFile || source === '')) return { name: host, scale: null, nameAr: null };
  return { name: isFile ? baseName(source) : source, scale: null, nameAr: null };
}
