import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Place, PlaceKind } from '../pipeline/geo/gazetteer-types';
import type { UiLanguage } from '../store/ui-slice';
import { loadGazetteer, searchPlaces } from '../corrections/place-search';
import { mapToolsText, type MapToolsKey } from './map-tools-text';

export interface PlaceSearchOptions {
  /** Where the search box goes (it replaces what is there). */
  container: HTMLElement;
  language: UiLanguage;
  /** Moves the map to the chosen place. */
  onGo: (place: Place) => void;
  /** Called once the search has closed (Escape, or a place chosen); the caller gives the focus back. */
  onClose: () => void;
}

let idCounter = 0;

/**
 * "Go to place": a search over the gazetteer (loaded on first use), ranked as the place picker ranks (a whole
 * name before its start before a part of it; the city before the district; the bigger place first), as a
 * combobox: Up/Down choose among the places found, Enter or a click goes there, Escape closes. Plain DOM, so
 * the first view's React code is not shared with this chunk. Returns a function that closes it.
 */
export function openPlaceSearch({ container, language, onGo, onClose }: PlaceSearchOptions): () => void {
  const words = (key: MapToolsKey, values?: Record<string, number>) => mapToolsText(language, key, values);
  const id = `go-to-place-${++idCounter}`;
  let places: Place[] | null = null;
  let found: Place[] = [];
  let active = 0;
  let open = true;

  const box = document.createElement('div');
  box.className = 'map-overlay go-to-place';
  box.dir = language === 'ar' ? 'rtl' : 'ltr';
  const input = document.createElement('input');
  input.type = 'search';
  input.dir = 'auto';
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-label', words('placeSearch'));
  input.setAttribute('aria-describedby', `${id}-hint`);
  input.setAttribute('aria-controls', `${id}-list`);
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  const hint = document.createElement('p');
  hint.id = `${id}-hint`;
  hint.className = 'go-to-place-hint';
  hint.setAttribute('aria-live', 'polite');
  const list = document.createElement('ul');
  list.id = `${id}-list`;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', words('placeSearch'));
  list.hidden = true;
  box.append(input, hint, list);

  const close = (): void => {
    if (!open) return;
    open = false;
    box.remove();
    onClose();
  };
  const choose = (place: Place | undefined): void => {
    if (!place) return;
    onGo(place);
    close();
  };

  const render = (): void => {
    const typed = input.value.trim().length > 0;
    found = places ? searchPlaces(places, input.value, 8) : [];
    active = Math.min(active, Math.max(0, found.length - 1));
    hint.textContent = !places
      ? words('loadingPlaces')
      : !typed
        ? words('placeSearchHint')
        : found.length === 0
          ? words('noPlaceFound')
          : words('placesFound', { count: found.length });
    list.replaceChildren(
      ...found.map((place, i) => {
        const option = document.createElement('li');
        option.id = `${id}-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', String(i === active));
        const [first, second] =
          language === 'ar' ? [place.name_ar, place.name_en] : [place.name_en, place.name_ar];
        const name = document.createElement('span');
        name.dir = 'auto';
        name.textContent = first;
        const other = document.createElement('span');
        other.dir = 'auto';
        other.className = 'go-to-place-other';
        other.textContent = second;
        const kind = document.createElement('span');
        kind.className = 'go-to-place-kind';
        kind.textContent = words(kindKey(place.kind));
        option.append(name, other, kind);
        // Keep the focus in the box while the pointer is down on an option.
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => choose(place));
        return option;
      }),
    );
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    if (found.length > 0) input.setAttribute('aria-activedescendant', `${id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('input', () => {
    active = 0;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && found.length > 0) {
      event.preventDefault();
      active = Math.max(0, Math.min(found.length - 1, active + (event.key === 'ArrowDown' ? 1 : -1)));
      render();
      document.getElementById(`${id}-${active}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(found[active]);
    }
  });

  container.replaceChildren(box);
  render();
  input.focus();
  void loadGazetteer().then((loaded) => {
    places = loaded;
    if (open) render();
  });
  return () => {
    if (!open) return;
    open = false;
    box.remove();
  };
}

/** The zoom a point place is shown at, by its kind (a city with its quarters, a site with its surroundings). */
const PLACE_ZOOM: Partial<Record<PlaceKind, number>> = {
  city: 10,
  town: 11,
  village: 12,
  neighbourhood: 13,
  base: 12,
  oil_facility: 12,
  crossing: 12,
  landmark: 13,
};

/**
 * Moves the map to a gazetteer place, clear of the map's overlays (`padding`): an area (district, region, a wadi)
 * fitted whole, a point at a zoom for its kind.
 */
export function goToPlace(map: MapLibreMap, place: Place, padding: PaddingOptions): void {
  if (place.radius_km && place.radius_km > 2) {
    const dLat = place.radius_km / 111;
    const dLon = dLat / Math.max(0.2, Math.cos((place.lat * Math.PI) / 180));
    map.fitBounds([place.lon - dLon, place.lat - dLat, place.lon + dLon, place.lat + dLat], {
      padding,
      maxZoom: 12,
      duration: 600,
    });
    return;
  }
  map.flyTo({ center: [place.lon, place.lat], zoom: PLACE_ZOOM[place.kind] ?? 11, padding, duration: 600 });
}

function kindKey(kind: PlaceKind): MapToolsKey {
  return `kind_${kind}`;
}
