import { textFingerprint } from '../library/text-fingerprint';
import { upgradeCorrectionIds, upgradeRecordEventIds } from '../persistence/event-id-upgrade';
import type { ArticleRecord } from '../persistence/schema';
import { checkWorkspaceRecords } from '../pipeline/export/workspace-schema';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type ParsedWorkspace } from './workspace-file';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a workspace file (loaded only when one is imported: the schema's validator comes with it). A file that is
 * not a workspace is refused whole; inside one, each article and correction is checked on its own against the
 * schema (workspace-schema.ts) and an invalid one is set aside with its problem, the rest imported. Event ids of
 * files written before ids were widened are widened, their corrections following them.
 */
export function parseWorkspace(text: string): ParsedWorkspace {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (!isObject(data) || data['format'] !== WORKSPACE_FORMAT)
    return { ok: false, reason: 'not a Marsad workspace' };
  const version = data['version'];
  if (typeof version !== 'number' || version > WORKSPACE_VERSION) {
    return { ok: false, reason: `workspace version ${String(version)} is newer than this Marsad reads` };
  }
  const articles = data['articles'];
  const corrections = data['corrections'];
  if (!Array.isArray(articles) || !Array.isArray(corrections)) return { ok: false, reason: 'missing lists' };
  const checked = checkWorkspaceRecords(articles, corrections);
  const records: ArticleRecord[] = checked.articles.map((entry) => ({
    id: entry.article.id,
    article: entry.article,
    extraction: { ...entry.extraction, article_id: entry.article.id },
    fingerprint: textFingerprint(entry.article.text),
    bundled: entry.bundled,
    addedAt: entry.added_at,
  }));
  const upgrade = upgradeRecordEventIds(records);
  const upgradedCorrections = checked.corrections.map(
    (correction) => upgradeCorrectionIds([correction], upgrade.renamed).save[0] ?? correction,
  );
  return { ok: true, records: upgrade.records, corrections: upgradedCorrections, setAside: checked.setAside };
}
