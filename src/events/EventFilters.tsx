import { lazy, Suspense, useEffect, useState } from 'react';
import { whenIdle } from '../store/when-idle';
import type { SubEventType, TimePrecision } from '../pipeline/types';
import type { ReviewState } from '../store/filters-slice';
import { useMarsad } from '../store/store-context';
import { useText } from '../ui/i18n';
import { Name } from '../ui/Name';
import { useNames } from '../ui/names';
import { SUB_EVENT_TYPES } from '../store/event-index';
import { selectEventIndex } from '../store/selectors/event-selectors';
import { hasActiveFilters } from '../store/selectors/filtered-events';
import { TYPE_COLOURS } from '../map/event-style';
import { precisionLabel, typeLabel } from './event-labels';
import { useFrameSelector } from './use-frame-selector';
import type { MarsadState } from '../store/store';
import './filters.css';
// The lazy review panel's styles, here so its chunk carries no CSS (and needs no preload helper).
import '../corrections/review-panel.css';

const PRECISIONS: TimePrecision[] = [1, 2, 3];
const CONFIDENCES = [0, 0.5, 0.7, 0.9];
const REVIEW_STATES: [ReviewState, 'reviewAll' | 'reviewCorrected' | 'reviewMachine'][] = [
  ['all', 'reviewAll'],
  ['corrected', 'reviewCorrected'],
  ['machine', 'reviewMachine'],
];

/** The rejected events and the review keys (src/corrections), fetched once the library is ready. */
const ReviewPanel = lazy(() =>
  import('./analyst-panels').then((module) => ({ default: module.ReviewPanel })),
);

/** The actors to filter by: read when the page is idle (a large load does not wait for the sorted names). */
function selectActors(state: MarsadState): readonly string[] {
  return selectEventIndex(state).actors;
}

/** An idle period this long means the map has drawn and stopped (no frame pending). */
const QUIET_MS = 40;
const LONGEST_WAIT_MS = 5000;

/**
 * True once the library is ready and the page has gone quiet (an idle period of QUIET_MS, or LONGEST_WAIT_MS
 * after), so the review panel's code is not fetched before the first map shows its events.
 */
function useFirstViewSettled(ready: boolean): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!ready || settled) return;
    const giveUpAt = performance.now() + LONGEST_WAIT_MS;
    let cancel = () => {};
    const check = (quiet: boolean) => {
      if (quiet || performance.now() >= giveUpAt) setSettled(true);
      else cancel = whenIdleFor(check);
    };
    cancel = whenIdleFor(check);
    return () => cancel();
  }, [ready, settled]);
  return settled;
}

/** Calls back at the next idle period, saying whether it was long enough to call the page quiet. */
function whenIdleFor(callback: (quiet: boolean) => void): () => void {
  if (typeof requestIdleCallback !== 'function') return whenIdle(() => callback(true), LONGEST_WAIT_MS);
  const handle = requestIdleCallback(
    (deadline) => callback(deadline.timeRemaining() >= QUIET_MS || deadline.didTimeout),
    {
      timeout: LONGEST_WAIT_MS,
    },
  );
  return () => cancelIdleCallback(handle);
}

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/**
 * Filters over the events: free text (notes, every spelling of a place, actors, types), types, actors, minimum
 * fatalities, date precision, and the review filters (confidence, article, corrected or machine).
 */
export function EventFilters() {
  const text = useText();
  const names = useNames();
  const language = useMarsad((state) => state.language);
  const filters = useMarsad((state) => state.filters);
  const setFilters = useMarsad((state) => state.setFilters);
  const resetFilters = useMarsad((state) => state.resetFilters);
  const actors = useFrameSelector(selectActors, 'idle');
  const articleOrder = useMarsad((state) => state.articleOrder);
  const articles = useMarsad((state) => state.articles);
  const libraryReady = useMarsad((state) => state.libraryReady);
  const reviewWanted = useFirstViewSettled(libraryReady);
  const searching = filters.search.trim() !== '';
  const vocabularyLoaded = useMarsad((state) => state.searchVocabulary !== null);
  const setSearchVocabulary = useMarsad((state) => state.setSearchVocabulary);
  // The first search (typed, or from a shared link) loads the spellings of places, actors and types.
  useEffect(() => {
    if (!searching || vocabularyLoaded) return;
    let live = true;
    import('./analyst-panels')
      .then((module) => module.loadSearchVocabulary())
      .then((vocabulary) => {
        if (live) setSearchVocabulary(vocabulary);
      })
      // Offline with the chunk missing: the plain search goes on working; the next search tries again.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [searching, vocabularyLoaded, setSearchVocabulary]);

  return (
    <section className="panel filters" aria-label={text('filters')}>
      <h2>{text('filters')}</h2>
      <label className="filter-search">
        <span>{text('searchNotes')}</span>
        <input
          type="search"
          dir="auto"
          value={filters.search}
          onChange={(event) => setFilters({ search: event.target.value })}
        />
      </label>
      <fieldset>
        <legend>{text('eventTypes')}</legend>
        {SUB_EVENT_TYPES.map((type: SubEventType, i) => (
          <label key={type} className="filter-option">
            <input
              type="checkbox"
              checked={filters.types.includes(type)}
              onChange={() => setFilters({ types: toggled(filters.types, type) })}
            />
            <span className="legend-dot" style={{ background: TYPE_COLOURS[i] }} aria-hidden="true" />
            {typeLabel(type, language)}
          </label>
        ))}
      </fieldset>
      {actors.length > 0 ? (
        <fieldset>
          <legend>{text('actors')}</legend>
          <div className="filter-actors">
            {actors.map((actor) => (
              <label key={actor} className="filter-option">
                <input
                  type="checkbox"
                  checked={filters.actors.includes(actor)}
                  onChange={() => setFilters({ actors: toggled(filters.actors, actor) })}
                />
                <span>
                  <Name name={names.actor(actor)} />
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{text('datePrecision')}</legend>
        {PRECISIONS.map((precision) => (
          <label key={precision} className="filter-option filter-inline">
            <input
              type="checkbox"
              checked={filters.precisions.includes(precision)}
              onChange={() => setFilters({ precisions: toggled(filters.precisions, precision) })}
            />
            {precisionLabel(precision, language)}
          </label>
        ))}
      </fieldset>
      <label className="filter-minimum">
        <span>{text('minFatalities')}</span>
        <input
          type="number"
          min={0}
          step={1}
          value={filters.minFatalities}
          onChange={(event) =>
            setFilters({ minFatalities: Math.max(0, Math.floor(Number(event.target.value) || 0)) })
          }
        />
      </label>
      <fieldset className="filter-review">
        <legend>{text('reviewFilters')}</legend>
        <label className="filter-minimum">
          <span>{text('minConfidence')}</span>
          <select
            value={filters.minConfidence}
            onChange={(event) => setFilters({ minConfidence: Number(event.target.value) || 0 })}
          >
            {CONFIDENCES.map((value) => (
              <option key={value} value={value}>
                {value === 0 ? text('anyConfidence') : `≥ ${Math.round(value * 100)}%`}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-minimum">
          <span>{text('byArticle')}</span>
          <select
            dir="auto"
            value={filters.articleId ?? ''}
            onChange={(event) => setFilters({ articleId: event.target.value || null })}
          >
            <option value="">{text('allArticles')}</option>
            {articleOrder.map((id) => (
              <option key={id} value={id} translate="no">
                {articles[id]?.title || id}
              </option>
            ))}
          </select>
        </label>
        {REVIEW_STATES.map(([value, label]) => (
          <label key={value} className="filter-option filter-inline">
            <input
              type="radio"
              name="review-state"
              checked={filters.review === value}
              onChange={() => setFilters({ review: value })}
            />
            {text(label)}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="filter-clear"
        disabled={!hasActiveFilters(filters)}
        onClick={resetFilters}
      >
        {text('clearFilters')}
      </button>
      {reviewWanted ? (
        <Suspense fallback={null}>
          <ReviewPanel />
        </Suspense>
      ) : null}
    </section>
  );
}
