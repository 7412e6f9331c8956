import type { GazetteerData } from '../pipeline/geo/gazetteer-types';
import { buildExportGazetteer, type ExportGazetteer } from '../pipeline/export/admin-areas';

let loading: Promise<ExportGazetteer | undefined> | null = null;

/**
 * The gazetteer as the exports use it (admin areas, Arabic place names), loaded on the first export. If it cannot
 * be loaded the export still goes out, with admin2 blank and place names as the events carry them.
 */
export function loadExportGazetteer(): Promise<ExportGazetteer | undefined> {
  loading ??= import('../../data/gazetteer/libya.json').then(
    (module) => buildExportGazetteer((module.default as unknown as GazetteerData).places),
    () => {
      loading = null;
      return undefined;
    },
  );
  return loading;
}
