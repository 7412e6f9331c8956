import { useEffect, useState } from 'react';
import type { Place } from '../pipeline/geo/gazetteer-types';
import { useText } from '../ui/i18n';
import { PlaceName } from '../ui/Name';
import type { EditorForm } from './editor-form';
import { pickPointOnMap } from './pick-point';
import { loadGazetteer, precisionOfPlace, searchPlaces } from './place-search';

type PlaceFields = Pick<
  EditorForm,
  'location' | 'place_id' | 'admin1' | 'latitude' | 'longitude' | 'geo_precision'
>;

interface PlacePickerProps {
  value: PlaceFields;
  onChange: (patch: Partial<PlaceFields>) => void;
}

/** The place of an event: searched in the gazetteer (Arabic or Latin names), or clicked on the map. */
export function PlacePicker({ value, onChange }: PlacePickerProps) {
  const text = useText();
  const [places, setPlaces] = useState<Place[]>([]);
  const [query, setQuery] = useState('');
  const [picking, setPicking] = useState(false);

  useEffect(() => {
    let live = true;
    void loadGazetteer().then((loaded) => {
      if (live) setPlaces(loaded);
    });
    return () => {
      live = false;
    };
  }, []);

  const matches = searchPlaces(places, query);

  const choose = (place: Place) => {
    setQuery('');
    onChange({
      location: place.name_en,
      place_id: place.id,
      admin1: place.admin1,
      latitude: String(place.lat),
      longitude: String(place.lon),
      geo_precision: precisionOfPlace(place),
    });
  };

  const pick = async () => {
    setPicking(true);
    const point = await pickPointOnMap();
    setPicking(false);
    if (point) {
      onChange({
        place_id: null,
        latitude: String(point.latitude),
        longitude: String(point.longitude),
        geo_precision: value.geo_precision ?? 1,
      });
    }
  };

  return (
    <fieldset className="place-picker">
      <legend>{text('place')}</legend>
      <p className="place-current">
        <PlaceName location={value.location || null} placeId={value.place_id} fallback={text('noPlace')} />
        {value.latitude && value.longitude ? (
          <>
            {' '}
            <bdi dir="ltr">({`${value.latitude}, ${value.longitude}`})</bdi>
          </>
        ) : null}
        {value.admin1 ? (
          <>
            {' · '}
            <PlaceName location={value.admin1} fallback="" />
          </>
        ) : null}
      </p>
      <input
        type="search"
        dir="auto"
        value={query}
        placeholder={text('searchPlace')}
        aria-label={text('searchPlace')}
        onChange={(event) => setQuery(event.target.value)}
      />
      {matches.length > 0 ? (
        <ul className="place-matches" aria-label={text('searchPlace')}>
          {matches.map((place) => (
            <li key={place.id}>
              <button type="button" onClick={() => choose(place)}>
                <bdi lang="ar">{place.name_ar}</bdi> · <bdi translate="no">{place.name_en}</bdi>
                {place.admin1 ? (
                  <span className="muted">
                    {' · '}
                    <PlaceName location={place.admin1} fallback="" />
                  </span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="place-actions">
        <button type="button" onClick={() => void pick()} disabled={picking}>
          {picking ? text('clickMapNow') : text('pickOnMap')}
        </button>
        <label>
          {text('placePrecision')}{' '}
          <select
            value={value.geo_precision ?? ''}
            onChange={(event) =>
              onChange({
                geo_precision: event.target.value === '' ? null : (Number(event.target.value) as 1 | 2 | 3),
              })
            }
          >
            <option value="">—</option>
            <option value="1">{text('placeItself')}</option>
            <option value="2">{text('placeNear')}</option>
            <option value="3">{text('placeRegion')}</option>
          </select>
        </label>
        <button
          type="button"
          onClick={() =>
            onChange({
              location: '',
              place_id: null,
              admin1: null,
              latitude: '',
              longitude: '',
              geo_precision: null,
            })
          }
        >
          {text('noPlace')}
        </button>
      </div>
    </fieldset>
  );
}
