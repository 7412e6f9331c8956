import { lazy, Suspense, useEffect, useState } from 'react';
import { useMarsad } from './store/store-context';
import { useText, type MessageKey } from './ui/i18n';

/*
 * Panels the first map does not need, fetched once the first view has settled (the library is ready and the
 * page has gone quiet) or as soon as the user reaches for them, so their code does not compete with
 * the map and the events for the network and the main thread.
 */
const WorkspaceMenu = lazy(() =>
  import('./export/WorkspaceMenu').then((module) => ({ default: module.WorkspaceMenu })),
);
const CorrectionPanel = lazy(() =>
  import('./corrections/CorrectionPanel').then((module) => ({ default: module.CorrectionPanel })),
);

/** An idle period this long means no frame is pending: the map has drawn and stopped. */
const QUIET_MS = 40;
/** Longest wait for such a moment once the library is ready. */
const LONGEST_WAIT_MS = 5000;

/**
 * True once the library is ready and the page has gone quiet: an idle period of at least QUIET_MS (none comes
 * while the map is still loading and drawing frames), or LONGEST_WAIT_MS after the library was ready.
 */
function useFirstViewSettled(): boolean {
  const ready = useMarsad((state) => state.libraryReady);
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!ready || settled) return;
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setSettled(true), 0);
      return () => clearTimeout(timer);
    }
    const giveUpAt = performance.now() + LONGEST_WAIT_MS;
    let handle = 0;
    const check = (deadline: IdleDeadline) => {
      const left = giveUpAt - performance.now();
      if (deadline.timeRemaining() >= QUIET_MS || deadline.didTimeout || left <= 0) setSettled(true);
      else handle = requestIdleCallback(check, { timeout: left });
    };
    handle = requestIdleCallback(check, { timeout: LONGEST_WAIT_MS });
    return () => cancelIdleCallback(handle);
  }, [ready, settled]);
  return settled;
}

const MENU_LABELS: MessageKey[] = [
  'exportCsv',
  'exportGeoJson',
  'exportGeoJsonSeq',
  'exportWorkspace',
  'importWorkspace',
  'importReference',
  'clearLibrary',
];

/** The workspace bar as it stands before the library is ready (every action disabled), at its real height. */
function WorkspaceMenuLoading() {
  const text = useText();
  return (
    <section className="workspace-menu" aria-label={text('workspace')} aria-busy="true">
      {MENU_LABELS.map((key) => (
        <button key={key} type="button" disabled>
          {text(key)}
        </button>
      ))}
    </section>
  );
}

/** Export, import and clearing (src/export), loaded after the first view. */
export function DeferredWorkspaceMenu() {
  const settled = useFirstViewSettled();
  if (!settled) return <WorkspaceMenuLoading />;
  return (
    <Suspense fallback={<WorkspaceMenuLoading />}>
      <WorkspaceMenu />
    </Suspense>
  );
}

/** Corrections of the selected event (src/corrections), loaded after the first view or on the first selection. */
export function DeferredCorrectionPanel() {
  const settled = useFirstViewSettled();
  const reached = useMarsad(
    (state) =>
      state.selectedEventId !== null || state.editingEventId !== null || state.openArticleId !== null,
  );
  if (!settled && !reached) return null;
  return (
    <Suspense fallback={null}>
      <CorrectionPanel />
    </Suspense>
  );
}
