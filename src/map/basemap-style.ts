import type {
  ExpressionSpecification,
  FilterSpecification,
  FontFacesSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

/** The font name every label layer asks for; `font-faces` maps it to the bundled Noto files. */
export const LABEL_FONT = 'Noto Sans Regular';

export interface BasemapFonts {
  latin: string;
  latinExtended: string;
  arabic: string;
}

export interface BasemapInput {
  countries: FeatureCollection;
  places: FeatureCollection;
  fonts: BasemapFonts;
}

export const BASEMAP_COLOURS = {
  sea: '#c9dbe6',
  land: '#efeae0',
  libya: '#fbf8f1',
  border: '#8a8173',
  coast: '#7d95a5',
  label: '#3c3a36',
  halo: '#ffffff',
} as const;

function fontFaces(fonts: BasemapFonts): FontFacesSpecification {
  return {
    [LABEL_FONT]: [
      { url: fonts.latin, 'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+2000-206F'] },
      { url: fonts.latinExtended, 'unicode-range': ['U+0100-024F', 'U+1E00-1EFF'] },
      {
        url: fonts.arabic,
        'unicode-range': ['U+0600-06FF', 'U+0750-077F', 'U+08A0-08FF', 'U+FB50-FDFF', 'U+FE70-FEFF'],
      },
    ],
  };
}

/**
 * The offline basemap: sea, neighbouring countries, Libya highlighted, borders, and place labels in Arabic and
 * Latin script. Pure: no network source, no glyph server; fonts come from the bundle through `font-faces`.
 */
export function buildBasemapStyle({ countries, places, fonts }: BasemapInput): StyleSpecification {
  return {
    version: 8,
    name: 'Marsad offline basemap',
    'font-faces': fontFaces(fonts),
    sources: {
      countries: { type: 'geojson', data: countries },
      places: { type: 'geojson', data: places },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP_COLOURS.sea } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': ['case', ['get', 'libya'], BASEMAP_COLOURS.libya, BASEMAP_COLOURS.land],
        },
      },
      {
        id: 'libya-outline',
        type: 'line',
        source: 'countries',
        filter: ['==', ['get', 'libya'], true],
        paint: { 'line-color': BASEMAP_COLOURS.border, 'line-width': 1.6 },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'countries',
        filter: ['!=', ['get', 'libya'], true],
        paint: { 'line-color': BASEMAP_COLOURS.coast, 'line-width': 0.6 },
      },
      {
        // One point per neighbouring country, on its land near Libya (scripts/build-place-labels.ts): labelling
        // the polygons would name every island and every tile's piece of a country, some over the sea.
        id: 'country-labels',
        type: 'symbol',
        source: 'places',
        filter: ['==', ['get', 'kind'], 'country'],
        layout: {
          'text-field': [
            'format',
            ['get', 'name_ar'],
            {},
            '\n',
            {},
            ['get', 'name_en'],
            { 'font-scale': 0.85 },
          ],
          'text-font': [LABEL_FONT],
          'text-size': 13,
          'text-letter-spacing': 0.08,
          'symbol-placement': 'point',
        },
        paint: { 'text-color': '#8b877f', 'text-halo-color': BASEMAP_COLOURS.halo, 'text-halo-width': 1.2 },
      },
      {
        id: 'place-dots',
        type: 'circle',
        source: 'places',
        filter: PLACE_RANK_FILTER,
        paint: { 'circle-radius': 2.2, 'circle-color': BASEMAP_COLOURS.label },
      },
      {
        id: 'place-labels',
        type: 'symbol',
        source: 'places',
        filter: PLACE_RANK_FILTER,
        layout: {
          'text-field': [
            'format',
            ['get', 'name_ar'],
            {},
            '\n',
            {},
            ['get', 'name_en'],
            { 'font-scale': 0.8 },
          ],
          'text-font': [LABEL_FONT],
          'text-size': 12,
          'text-offset': [0, 0.6],
          'text-anchor': 'top',
          'text-max-width': 12,
        },
        paint: {
          'text-color': BASEMAP_COLOURS.label,
          'text-halo-color': BASEMAP_COLOURS.halo,
          'text-halo-width': 1.4,
        },
      },
    ],
  };
}

/** A place (not a country) whose label rank is at most `rank`. */
function rankUpTo(rank: number): ExpressionSpecification {
  return ['all', ['!=', ['get', 'kind'], 'country'], ['<=', ['get', 'rank'], rank]];
}

/**
 * Which places are labelled at which zoom: the larger the rank, the further in a place is labelled (countries
 * have their own layer). The zoom step is the filter's top level, as the style spec requires.
 */
const PLACE_RANK_FILTER: FilterSpecification = [
  'step',
  ['zoom'],
  rankUpTo(1),
  4,
  rankUpTo(3),
  5.5,
  rankUpTo(5),
  7,
  rankUpTo(6),
  9,
  ['!=', ['get', 'kind'], 'country'],
];

/** Libya's extent, for the start view: [west, south, east, north]. */
export const LIBYA_BOUNDS: [number, number, number, number] = [9.3, 19.5, 25.2, 33.2];
