import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Place, PlaceKind } from '../pipeline/geo/gazetteer-types';
import { loadGazetteer, searchPlaces } from '../corrections/place-search';
import { useMarsad } from '../store/store-context';
import { mapToolsText, type MapToolsKey } from './map-tools-text';

export interface GoToPlaceProps {
  /** Moves the map to the chosen place. */
  onGo: (place: Place) => void;
  /** Closes the search (Escape, or after a place is chosen); the caller gives the focus back. */
  onClose: () => void;
}

/**
 * "Go to place": a search over the gazetteer (loaded on first use), ranked as the place picker ranks (a whole
 * name before its start before a part of it; the city before the district; the bigger place first), as a
 * combobox: Up/Down choose among the places found, Enter goes there, Escape closes.
 */
export default function GoToPlace({ onGo, onClose }: GoToPlaceProps) {
  const language = useMarsad((state) => state.language);
  const words = (key: MapToolsKey, values?: Record<string, number>) => mapToolsText(language, key, values);
  const [places, setPlaces] = useState<Place[] | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hintId = useId();

  useEffect(() => {
    let live = true;
    void loadGazetteer().then((loaded) => {
      if (live) setPlaces(loaded);
    });
    input.current?.focus();
    return () => {
      live = false;
    };
  }, []);

  const found = useMemo(() => (places ? searchPlaces(places, query, 8) : []), [places, query]);
  const choose = (place: Place | undefined) => {
    if (!place) return;
    onGo(place);
    onClose();
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' && found.length > 0) {
      event.preventDefault();
      setActive((at) => Math.min(found.length - 1, at + 1));
    } else if (event.key === 'ArrowUp' && found.length > 0) {
      event.preventDefault();
      setActive((at) => Math.max(0, at - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(found[active]);
    }
  };

  const typed = query.trim().length > 0;
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="map-overlay go-to-place">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={words('placeSearch')}
        aria-describedby={hintId}
        aria-expanded={found.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={found.length > 0 ? optionId(active) : undefined}
        dir="auto"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="go-to-place-hint" aria-live="polite">
        {!places
          ? words('loadingPlaces')
          : !typed
            ? words('placeSearchHint')
            : found.length === 0
              ? words('noPlaceFound')
              : words('placesFound', { count: found.length })}
      </p>
      <ul id={listId} role="listbox" aria-label={words('placeSearch')} hidden={found.length === 0}>
        {found.map((place, i) => (
          <li
            key={place.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(place)}
          >
            <span dir="auto">{language === 'ar' ? place.name_ar : place.name_en}</span>
            <span className="go-to-place-other" dir="auto">
              {language === 'ar' ? place.name_en : place.name_ar}
            </span>
            <span className="go-to-place-kind">{words(kindKey(place.kind))}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function kindKey(kind: PlaceKind): MapToolsKey {
  return `kind_${kind}`;
}
