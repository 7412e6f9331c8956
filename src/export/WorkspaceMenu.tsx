import { useRef, useState, type ChangeEvent } from 'react';
import { libraryService } from '../library/library-service';
import { describeFailure } from '../library/failure-messages';
import { useMarsad, useMarsadStoreApi } from '../store/store-context';
import { translate, useText } from '../ui/i18n';
import { datedFileName, downloadText } from './download';
import { eventsCsvFile, eventsGeoJsonFile, eventsGeoJsonSeqFile, type AppExportInput } from './event-files';
import { loadExportGazetteer } from './export-gazetteer-loader';
import { importWorkspace } from './import-workspace';
import { ReferencePanel } from '../reference/ReferencePanel';
import { parseReferenceFile } from '../reference/reference-client';
import { referenceStore } from '../reference/reference-store';
import { buildWorkspace } from './workspace-file';
import { useFocusTrap } from '../ui/focus';

/**
 * Export (events as CSV or GeoJSON, the whole workspace as one file), import and clearing. Lives outside the other
 * panels so that exporting the workspace stays possible whatever else fails.
 */
export function WorkspaceMenu() {
  const text = useText();
  const store = useMarsadStoreApi();
  const ready = useMarsad((state) => state.libraryReady);
  const task = useMarsad((state) => state.libraryTask);
  const fileInput = useRef<HTMLInputElement>(null);
  const referenceInput = useRef<HTMLInputElement>(null);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const confirmation = useRef<HTMLSpanElement>(null);
  // The question keeps focus until answered; Escape cancels; focus then returns to "Clear library".
  useFocusTrap(confirmation, confirmingClear, {
    onEscape: () => setConfirmingClear(false),
    returnTo: () => document.querySelector<HTMLElement>('[data-clear-library]'),
  });

  const state = () => store.getState();
  const articles = () => {
    const state = store.getState();
    return state.articleOrder.map((id) => state.articles[id]).filter((article) => article !== undefined);
  };

  const exportInput = async (): Promise<AppExportInput> => {
    const state = store.getState();
    const service = await libraryService();
    const gazetteer = await loadExportGazetteer();
    return {
      articles: articles(),
      corrections: Object.values(state.corrections),
      addedAt: new Map(service.records().map((record) => [record.id, record.addedAt])),
      language: state.language,
      ...(gazetteer === undefined ? {} : { gazetteer }),
    };
  };

  const exportCsv = async () =>
    downloadText(
      datedFileName('marsad-events', 'csv'),
      eventsCsvFile(store.getState().events, await exportInput()),
      'text/csv;charset=utf-8',
    );

  const exportGeoJson = async () =>
    downloadText(
      datedFileName('marsad-events', 'geojson'),
      eventsGeoJsonFile(store.getState().events, await exportInput()),
      'application/geo+json',
    );

  const exportGeoJsonSeq = async () =>
    downloadText(
      datedFileName('marsad-events', 'geojsons'),
      eventsGeoJsonSeqFile(store.getState().events, await exportInput()),
      'application/geo+json-seq',
    );

  const exportWorkspace = async () => {
    const service = await libraryService();
    const workspace = buildWorkspace(service.records(), Object.values(store.getState().corrections));
    downloadText(datedFileName('marsad-workspace', 'json'), JSON.stringify(workspace), 'application/json');
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const state = store.getState();
    const language = state.language;
    const service = await libraryService();
    state.setLibraryTask({ label: translate(language, 'importing'), done: 0, total: 0 });
    try {
      const outcome = await importWorkspace(service, await file.text(), (done, total) =>
        store.getState().setLibraryTask({ label: translate(language, 'importing'), done, total }),
      );
      if ('reason' in outcome) {
        state.notify('error', translate(language, 'importRefused', { reason: outcome.reason }));
      } else if ('failure' in outcome) {
        state.notify('error', describeFailure(language, outcome.failure));
      } else {
        const { added, updated, duplicates, corrections } = outcome.summary;
        state.notify('info', translate(language, 'importDone', { added, updated, duplicates, corrections }));
      }
    } finally {
      store.getState().setLibraryTask(null);
    }
  };

  const importReference = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const language = store.getState().language;
    const label = translate(language, 'referenceReading');
    state().setLibraryTask({ label, done: 0, total: 0 });
    try {
      const parsed = await parseReferenceFile(file, (done, total) =>
        store.getState().setLibraryTask({ label, done, total }),
      );
      if (parsed.dataset === null || parsed.failure !== undefined) {
        state().notify(
          'error',
          translate(language, 'referenceRefused').replace('{reason}', parsed.failure ?? 'no rows'),
        );
        return;
      }
      referenceStore.getState().setReference({
        dataset: parsed.dataset,
        fileName: file.name,
        events: parsed.events,
        skippedTypes: parsed.skippedTypes,
        unreadable: parsed.unreadable,
      });
    } finally {
      store.getState().setLibraryTask(null);
    }
  };

  const clear = async () => {
    setConfirmingClear(false);
    const failure = await (await libraryService()).clear();
    if (failure) store.getState().notify('error', describeFailure(store.getState().language, failure));
  };

  return (
    <section className="workspace-menu" aria-label={text('workspace')}>
      <button type="button" onClick={() => void exportCsv()} disabled={!ready}>
        {text('exportCsv')}
      </button>
      <button type="button" onClick={() => void exportGeoJson()} disabled={!ready}>
        {text('exportGeoJson')}
      </button>
      <button type="button" onClick={() => void exportGeoJsonSeq()} disabled={!ready}>
        {text('exportGeoJsonSeq')}
      </button>
      <button type="button" onClick={() => void exportWorkspace()} disabled={!ready}>
        {text('exportWorkspace')}
      </button>
      <button type="button" onClick={() => fileInput.current?.click()} disabled={!ready || task !== null}>
        {text('importWorkspace')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={text('importWorkspace')}
        onChange={(event) => void importFile(event)}
      />
      <button
        type="button"
        onClick={() => referenceInput.current?.click()}
        disabled={!ready || task !== null}
      >
        {text('importReference')}
      </button>
      <input
        ref={referenceInput}
        type="file"
        accept=".csv,text/csv"
        hidden
        aria-label={text('importReference')}
        onChange={(event) => void importReference(event)}
      />
      {confirmingClear ? (
        <span className="confirm" role="group" aria-label={text('clearLibrary')} ref={confirmation}>
          <span>{text('confirmClear')}</span>
          <button type="button" className="danger" onClick={() => void clear()}>
            {text('clearLibrary')}
          </button>
          <button type="button" onClick={() => setConfirmingClear(false)}>
            {text('cancel')}
          </button>
        </span>
      ) : (
        <button
          type="button"
          onClick={() => setConfirmingClear(true)}
          disabled={!ready || task !== null}
          data-clear-library=""
        >
          {text('clearLibrary')}
        </button>
      )}
      {task ? (
        <span className="task-progress" role="status">
          {task.label} {task.total > 0 ? `${task.done} / ${task.total}` : '…'}
        </span>
      ) : null}
      <ReferencePanel />
    </section>
  );
}
