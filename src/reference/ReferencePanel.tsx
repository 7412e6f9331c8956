import { useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { datedFileName, downloadText } from '../export/download';
import { loadExportGazetteer } from '../export/export-gazetteer-loader';
import type { ConflictEvent, SubEventType } from '../pipeline/types';
import type { UiLanguage } from '../store/ui-slice';
import { typeLabel } from '../events/event-labels';
import { PlaceName } from '../ui/Name';
import { useNames } from '../ui/names';
import { isolate } from '../ui/message-format';
import { dayFromIso, windowContains, type DayWindow } from '../store/days';
import { useMarsad } from '../store/store-context';
import { useText, type MessageKey } from '../ui/i18n';
import { compareWithReference, marsadWindow, type MatchedPair } from './match-reference';
import { onlyMarsadCsv, onlyReferenceCsv, pairsCsv } from './reference-lists';
import { referenceStore } from './reference-store';
import type { ReferenceEvent } from './reference-types';
import './reference.css';

/** Items listed per list; the export has them all. */
const SHOWN = 100;

function inWindow(window: DayWindow | null, first: number | null, last: number | null): boolean {
  if (window === null) return true;
  if (first === null || last === null) return false;
  return first < window.end && last >= window.start;
}

function marsadInWindow(window: DayWindow | null, event: ConflictEvent): boolean {
  if (window === null) return true;
  const days = marsadWindow(event);
  if (days === null) return false;
  return days.first === days.last
    ? windowContains(window, days.first)
    : inWindow(window, days.first, days.last);
}

const actors = (a: string | null, b: string | null): string =>
  [a, b].filter((name) => name !== null).join(' — ');

function PairDetail({ pair }: { pair: MatchedPair }) {
  const text = useText();
  const language = useMarsad((state) => state.language);
  const names = useNames();
  const { marsad, reference } = pair;
  const place = marsad.location ? names.place(marsad.location, marsad.place_id).text : '';
  const admin1 = marsad.admin1 ? names.place(marsad.admin1).text : '';
  const rows: [MessageKey, string, string][] = [
    [
      'fieldDate',
      `${marsad.date ?? ''} (${marsad.time_precision})`,
      reference.first === reference.last ? reference.first : `${reference.first} – ${reference.last}`,
    ],
    [
      'fieldType',
      referenceTypeLabel(marsad.sub_event_type, language),
      reference.sub_event_type ?? reference.event_type,
    ],
    [
      'fieldPlace',
      `${place}${admin1 ? `${language === 'ar' ? '،' : ','} ${admin1}` : ''}`,
      `${reference.location ?? ''}${reference.admin1 ? `, ${reference.admin1}` : ''}`,
    ],
    [
      'fieldActors',
      actors(
        marsad.actor1 && names.actor(marsad.actor1).text,
        marsad.actor2 && names.actor(marsad.actor2).text,
      ),
      actors(reference.actor1, reference.actor2),
    ],
    [
      'fieldFatalities',
      marsad.fatalities === null ? '?' : String(marsad.fatalities),
      reference.fatalities === null ? '?' : String(reference.fatalities),
    ],
    ['fieldNotes', marsad.notes, reference.notes],
  ];
  return (
    <table aria-label={text('sideBySide')}>
      <thead>
        <tr>
          <th />
          <th>{text('marsadColumn')}</th>
          <th>
            {text('referenceColumn')} <bdi translate="no">{reference.id}</bdi>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, mine, theirs]) => (
          <tr key={key}>
            <th scope="row">{text(key)}</th>
            <td dir="auto">{mine}</td>
            <td dir="auto" translate="no">
              {theirs}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ListSection<T>(props: {
  title: string;
  items: readonly T[];
  render: (item: T) => ReactNode;
  keyOf: (item: T) => string;
  onExport: () => void;
}) {
  const text = useText();
  return (
    <section aria-label={props.title}>
      <h3>
        <span>{props.title}</span>
        <button type="button" onClick={props.onExport}>
          {text('exportList')}
        </button>
      </h3>
      <ul>
        {props.items.slice(0, SHOWN).map((item) => (
          <li key={props.keyOf(item)}>{props.render(item)}</li>
        ))}
      </ul>
      {props.items.length > SHOWN ? <p>{text('moreInList', { count: props.items.length - SHOWN })}</p> : null}
    </section>
  );
}

/** Beside a reference file, English keeps ACLED's own sub-event names; Arabic names the type. */
const referenceTypeLabel = (type: SubEventType, language: UiLanguage): string =>
  language === 'en' ? type : typeLabel(type, language);

/** A row of the reference file, as the file words it (the user's data: never translated). */
const describeReference = (event: ReferenceEvent): ReactNode => (
  <bdi translate="no">{`${event.first} · ${event.sub_event_type ?? event.event_type} · ${event.location ?? '?'} · ${event.id}`}</bdi>
);

/** One of Marsad's events: its day, its type and its place in the interface's language. */
function MarsadEvent({ event }: { event: ConflictEvent }) {
  const language = useMarsad((state) => state.language);
  return (
    <>
      {event.date ?? '?'} · {referenceTypeLabel(event.sub_event_type, language)} ·{' '}
      <PlaceName location={event.location} placeId={event.place_id} fallback="?" />
    </>
  );
}
const describeMarsad = (event: ConflictEvent): ReactNode => <MarsadEvent event={event} />;

/**
 * The comparison of Marsad's events with the imported reference dataset, for the timeline's window: three lists
 * (in both, only in Marsad, only in the reference), each exportable, and a pair side by side.
 */
export function ReferencePanel() {
  // Nothing of Marsad's events or window is read until a reference is imported: a scrub step re-renders nothing here.
  const dataset = useStore(referenceStore, (state) => state.dataset);
  return dataset === null ? null : <ReferenceComparison />;
}

function ReferenceComparison() {
  const text = useText();
  const language = useMarsad((state) => state.language);
  const reference = useStore(referenceStore);
  const events = useMarsad((state) => state.events);
  const timeWindow = useMarsad((state) => state.timeWindow);
  const articleMap = useMarsad((state) => state.articles);

  const comparison = useMemo(() => {
    const referenceEvents = reference.events.filter((event) =>
      inWindow(timeWindow, dayFromIso(event.first), dayFromIso(event.last)),
    );
    return compareWithReference(
      events.filter((event) => marsadInWindow(timeWindow, event)),
      referenceEvents,
    );
  }, [reference.events, events, timeWindow]);

  if (reference.dataset === null) return null;
  const open = comparison.both.find((pair) => pair.marsad.id === reference.openPair) ?? null;
  const save = (name: string, csv: string) =>
    downloadText(datedFileName(name, 'csv'), csv, 'text/csv;charset=utf-8');
  const count = (key: MessageKey, n: number) => text(key, { count: n });

  return (
    <section className="reference-panel" role="region" aria-label={text('referencePanel')}>
      <h2>
        {text('referenceTitle', {
          dataset: reference.dataset,
          file: language === 'ar' ? isolate(reference.fileName ?? '') : (reference.fileName ?? ''),
        })}
      </h2>
      <p>
        {text('referenceSummary', {
          events: comparison.both.length + comparison.onlyReference.length,
          skipped: reference.skippedTypes,
        })}{' '}
        <button type="button" onClick={() => referenceStore.getState().clear()}>
          {text('closeReference')}
        </button>
      </p>
      <ListSection
        title={count('inBoth', comparison.both.length)}
        items={comparison.both}
        keyOf={(pair) => pair.marsad.id}
        render={(pair) => (
          <button
            type="button"
            aria-pressed={reference.openPair === pair.marsad.id}
            onClick={() => referenceStore.getState().openPairOf(pair.marsad.id)}
          >
            {describeMarsad(pair.marsad)} ↔ {describeReference(pair.reference)}
          </button>
        )}
        onExport={() => save('marsad-reference-both', pairsCsv(comparison.both))}
      />
      {open ? <PairDetail pair={open} /> : null}
      <ListSection
        title={count('onlyMarsad', comparison.onlyMarsad.length)}
        items={comparison.onlyMarsad}
        keyOf={(event) => event.id}
        render={describeMarsad}
        onExport={() =>
          void loadExportGazetteer().then((gazetteer) =>
            save(
              'marsad-only',
              onlyMarsadCsv(comparison, {
                articles: Object.values(articleMap).filter((article) => article !== undefined),
                ...(gazetteer === undefined ? {} : { gazetteer }),
              }),
            ),
          )
        }
      />
      <ListSection
        title={count('onlyReference', comparison.onlyReference.length)}
        items={comparison.onlyReference}
        keyOf={(event) => `${event.dataset}:${event.id}`}
        render={describeReference}
        onExport={() => save('reference-only', onlyReferenceCsv(comparison.onlyReference))}
      />
    </section>
  );
}
