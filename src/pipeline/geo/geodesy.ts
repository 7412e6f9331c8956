/** Distances and offsets on the sphere, for "40 km south of Sabha" and for choosing among namesakes. */

const EARTH_RADIUS_KM = 6371.0088;
const TO_RADIANS = Math.PI / 180;

export function distanceKm(latA: number, lonA: number, latB: number, lonB: number): number {
  const dLat = (latB - latA) * TO_RADIANS;
  const dLon = (lonB - lonA) * TO_RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(latA * TO_RADIANS) * Math.cos(latB * TO_RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing from A to B, degrees clockwise from north. */
export function bearingDegrees(latA: number, lonA: number, latB: number, lonB: number): number {
  const phiA = latA * TO_RADIANS;
  const phiB = latB * TO_RADIANS;
  const dLon = (lonB - lonA) * TO_RADIANS;
  const y = Math.sin(dLon) * Math.cos(phiB);
  const x = Math.cos(phiA) * Math.sin(phiB) - Math.sin(phiA) * Math.cos(phiB) * Math.cos(dLon);
  return (Math.atan2(y, x) / TO_RADIANS + 360) % 360;
}

/** The point `distance` km from (lat, lon) along `bearing` degrees. */
export function destinationPoint(
  lat: number,
  lon: number,
  bearing: number,
  distance: number,
): { lat: number; lon: number } {
  const angular = distance / EARTH_RADIUS_KM;
  const theta = bearing * TO_RADIANS;
  const phi = lat * TO_RADIANS;
  const lambda = lon * TO_RADIANS;
  const phi2 = Math.asin(
    Math.sin(phi) * Math.cos(angular) + Math.cos(phi) * Math.sin(angular) * Math.cos(theta),
  );
  const lambda2 =
    lambda +
    Math.atan2(
      Math.sin(theta) * Math.sin(angular) * Math.cos(phi),
      Math.cos(angular) - Math.sin(phi) * Math.sin(phi2),
    );
  return {
    lat: Number((phi2 / TO_RADIANS).toFixed(5)),
    lon: Number((((lambda2 / TO_RADIANS + 540) % 360) - 180).toFixed(5)),
  };
}
