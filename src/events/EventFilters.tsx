import type { SubEventType, TimePrecision } from '../pipeline/types';
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

const PRECISIONS: TimePrecision[] = [1, 2, 3];

/** The actors to filter by: read when the page is idle (a large load does not wait for the sorted names). */
function selectActors(state: MarsadState): readonly string[] {
  return selectEventIndex(state).actors;
}

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** Filters over the events: types, actors, minimum fatalities, date precision and free text over notes. */
export function EventFilters() {
  const text = useText();
  const names = useNames();
  const language = useMarsad((state) => state.language);
  const filters = useMarsad((state) => state.filters);
  const setFilters = useMarsad((state) => state.setFilters);
  const resetFilters = useMarsad((state) => state.resetFilters);
  const actors = useFrameSelector(selectActors, 'idle');

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
      <button
        type="button"
        className="filter-clear"
        disabled={!hasActiveFilters(filters)}
        onClick={resetFilters}
      >
        {text('clearFilters')}
      </button>
    </section>
  );
}
