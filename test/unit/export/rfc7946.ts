/**
 * A GeoJSON check after RFC 7946, written for Marsad's tests: the object types and their required members,
 * positions of two or three finite numbers with longitude first and within range, no `crs` member (removed by
 * RFC 7946), bounding boxes of 2n numbers, feature ids that are strings or numbers, and no member that the RFC
 * forbids on a Feature or a FeatureCollection. Returns the problems found, empty when the text is valid.
 */
const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkPosition(value: unknown, path: string, problems: string[]): void {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    problems.push(`${path}: a position has two or three numbers`);
    return;
  }
  if (!value.every((number) => typeof number === 'number' && Number.isFinite(number))) {
    problems.push(`${path}: a position holds finite numbers only`);
    return;
  }
  const [longitude, latitude] = value as number[];
  if ((longitude as number) < -180 || (longitude as number) > 180)
    problems.push(`${path}: longitude out of range`);
  if ((latitude as number) < -90 || (latitude as number) > 90)
    problems.push(`${path}: latitude out of range`);
}

function checkPositions(value: unknown, depth: number, path: string, problems: string[]): void {
  if (depth === 0) return checkPosition(value, path, problems);
  if (!Array.isArray(value)) {
    problems.push(`${path}: coordinates must be an array`);
    return;
  }
  value.forEach((item, index) => checkPositions(item, depth - 1, `${path}[${index}]`, problems));
}

function checkBbox(value: Record<string, Json>, path: string, problems: string[]): void {
  if (!('bbox' in value)) return;
  const bbox = value['bbox'];
  if (
    !Array.isArray(bbox) ||
    bbox.length % 2 !== 0 ||
    bbox.length < 4 ||
    !bbox.every((n) => typeof n === 'number')
  )
    problems.push(`${path}.bbox: 2n numbers`);
}

const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

function checkGeometry(value: unknown, path: string, problems: string[]): void {
  if (!isObject(value) || typeof value['type'] !== 'string' || !GEOMETRY_TYPES.has(value['type'])) {
    problems.push(`${path}: not a geometry`);
    return;
  }
  checkBbox(value, path, problems);
  if (value['type'] === 'GeometryCollection') {
    const geometries = value['geometries'];
    if (!Array.isArray(geometries)) problems.push(`${path}.geometries: an array`);
    else geometries.forEach((item, index) => checkGeometry(item, `${path}.geometries[${index}]`, problems));
    return;
  }
  checkPositions(value['coordinates'], DEPTH[value['type']] ?? 0, `${path}.coordinates`, problems);
}

function checkFeature(value: unknown, path: string, problems: string[]): void {
  if (!isObject(value) || value['type'] !== 'Feature') {
    problems.push(`${path}: not a Feature`);
    return;
  }
  if (!('geometry' in value)) problems.push(`${path}: a Feature has a geometry member`);
  else if (value['geometry'] !== null) checkGeometry(value['geometry'], `${path}.geometry`, problems);
  if (!('properties' in value)) problems.push(`${path}: a Feature has a properties member`);
  else if (value['properties'] !== null && !isObject(value['properties']))
    problems.push(`${path}.properties: an object or null`);
  if ('id' in value && typeof value['id'] !== 'string' && typeof value['id'] !== 'number')
    problems.push(`${path}.id: a string or a number`);
  for (const forbidden of ['coordinates', 'geometries', 'features'])
    if (forbidden in value) problems.push(`${path}: a Feature has no ${forbidden} member`);
  checkBbox(value, path, problems);
}

/** The problems of a GeoJSON text (or parsed value) under RFC 7946; [] when it conforms. */
export function rfc7946Problems(input: string | unknown): string[] {
  const problems: string[] = [];
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return ['not JSON'];
    }
  }
  if (!isObject(value)) return ['not an object'];
  if ('crs' in value) problems.push('crs is not part of RFC 7946');
  if (value['type'] === 'FeatureCollection') {
    const features = value['features'];
    if (!Array.isArray(features)) problems.push('features: an array');
    else features.forEach((feature, index) => checkFeature(feature, `features[${index}]`, problems));
    for (const forbidden of ['geometry', 'properties', 'coordinates'])
      if (forbidden in value) problems.push(`a FeatureCollection has no ${forbidden} member`);
    checkBbox(value, 'collection', problems);
  } else if (value['type'] === 'Feature') checkFeature(value, 'feature', problems);
  else checkGeometry(value, 'geometry', problems);
  return problems;
}
