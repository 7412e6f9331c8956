/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function distanceKm(
  latitude1: number,
  longitude1: number,
  latitude2: number,
  longitude2: number,
): number {
  const toRadians = Math.PI / 180;
  const dLatitude = (latitude2 - latitude1) * toRadians;
  const dLongitude = (longitude2 - longitude1) * toRadians;
  const a =
    Math.sin(dLatitude / 2) ** 2 +
    Math.cos(latitude1 * toRadians) * Math.cos(latitude2 * toRadians) * Math.sin(dLongitude / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}
