/** Geocoding: the Libya gazetteer's types and the geocoder that finds places in normalised text. */

export type { GazetteerData, Place, PlaceKind, WorldData, WorldPlace } from './gazetteer-types.ts';
export type { Geocoder, PlaceMention, Relation } from './mention-types.ts';
export { createGeocoder } from './geocoder.ts';
export { placeRank } from './place-rank.ts';
export { distanceKm, destinationPoint } from './geodesy.ts';
export { NEAR_KM } from './distant-area.ts';
