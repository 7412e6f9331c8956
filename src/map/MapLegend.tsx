import { useState } from 'react';
import { SUB_EVENT_TYPES } from '../store/event-index';
import { useMarsad } from '../store/store-context';
import { useText } from '../ui/i18n';
import { typeLabel } from '../events/event-labels';
import { TYPE_COLOURS } from './event-style';
import './map-overlays.css';

/** What the colours, sizes and ring shapes on the map mean. */
export function MapLegend() {
  const text = useText();
  const language = useMarsad((state) => state.language);
  // Open on a wide screen (the summary is hidden there); folded on a phone, where it would hide the map.
  const [open] = useState(
    () => typeof matchMedia !== 'function' || !matchMedia('(max-width: 700px)').matches,
  );
  return (
    <details className="map-legend" open={open}>
      <summary>{text('legend')}</summary>
      <ul>
        {SUB_EVENT_TYPES.map((type, i) => (
          <li key={type}>
            <span className="legend-dot" style={{ background: TYPE_COLOURS[i] }} aria-hidden="true" />
            {typeLabel(type, language)}
          </li>
        ))}
      </ul>
      <ul className="legend-shapes">
        <li>
          <span className="legend-dot legend-exact" aria-hidden="true" />
          {text('exactPlace')}
        </li>
        <li>
          <span className="legend-dot legend-near" aria-hidden="true" />
          {text('nearPlace')}
        </li>
        <li>
          <span className="legend-dot legend-region" aria-hidden="true" />
          {text('regionOnly')}
        </li>
        <li>
          <span className="legend-sizes" aria-hidden="true">
            <span />
            <span />
          </span>
          {text('sizeByFatalities')}
        </li>
      </ul>
    </details>
  );
}
