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
  // As the user left it last time; at first open on a large screen, folded on a laptop's short screen and on a
  // phone (where it would hide much of the map).
  const [open] = useState(legendOpenAtStart);
  return (
    <details
      className="map-legend"
      open={open}
      onToggle={(event) => rememberLegendOpen(event.currentTarget.open)}
    >
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

/** Where the legend's folded or open state is kept between visits. */
export const LEGEND_OPEN_KEY = 'marsad.mapLegendOpen';

function legendOpenAtStart(): boolean {
  try {
    const kept = localStorage.getItem(LEGEND_OPEN_KEY);
    if (kept === 'open') return true;
    if (kept === 'folded') return false;
  } catch {
    // Storage refused (a private window's policy): fall back to the screen's default.
  }
  return typeof matchMedia !== 'function' || matchMedia('(min-width: 701px) and (min-height: 821px)').matches;
}

function rememberLegendOpen(open: boolean): void {
  try {
    localStorage.setItem(LEGEND_OPEN_KEY, open ? 'open' : 'folded');
  } catch {
    // Not kept: the legend still folds and opens for this visit.
  }
}
