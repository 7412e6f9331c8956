import { useMarsad } from '../store/store-context';
import { SUB_EVENT_TYPES } from '../store/event-index';
import { selectWindowView } from '../store/selectors/event-selectors';
import { TYPE_COLOURS } from '../map/event-style';
import { useText } from '../ui/i18n';
import { useAnalystText } from './analyst-text';
import { formatNumber } from '../ui/message-format';
import { Name } from '../ui/Name';
import { useNames } from '../ui/names';
import { typeLabel } from './event-labels';
import { totalsOf } from './totals';
import { useFrameSelector } from './use-frame-selector';

/** Totals of the events shown (filters and time window): events, killed low–high, by type and by actor. */
export function Totals() {
  const text = useText();
  const words = useAnalystText();
  const names = useNames();
  const language = useMarsad((state) => state.language);
  const view = useFrameSelector(selectWindowView);
  const totals = totalsOf(view);
  const low = formatNumber(totals.killedLow, language);
  const high = formatNumber(totals.killedHigh, language);
  return (
    <div className="totals-body">
      <p className="totals-line">
        <span>{text('manyEventsFound', { count: totals.events })}</span>
        {' · '}
        <span data-totals-killed="">
          {totals.killedHigh > totals.killedLow
            ? words('totalKilledRange', { low, high })
            : words('totalKilled', { low })}
        </span>
        {totals.noToll > 0 ? <span> · {words('totalNoToll', { count: totals.noToll })}</span> : null}
      </p>
      <div className="totals-columns">
        <dl aria-label={words('byType')}>
          {SUB_EVENT_TYPES.map((type, i) =>
            totals.byType[i] ? (
              <div key={type}>
                <dt>
                  <span className="legend-dot" style={{ background: TYPE_COLOURS[i] }} aria-hidden="true" />
                  {typeLabel(type, language)}
                </dt>
                <dd>{formatNumber(totals.byType[i] ?? 0, language)}</dd>
              </div>
            ) : null,
          )}
        </dl>
        <dl aria-label={words('byActor')}>
          {totals.byActor.map(({ actor, events }) => (
            <div key={actor}>
              <dt>
                <Name name={names.actor(actor)} />
              </dt>
              <dd>{formatNumber(events, language)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
