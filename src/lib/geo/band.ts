/**
 * The "within N km" band around a corridor. Its own module because Turf's buffer is large: the map
 * imports it only when a band is first drawn, so it stays out of the app's first chunk.
 */
import { buffer, feature } from '@turf/turf';
import type { Feature } from 'geojson';
import type { Corridor } from '$lib/data/types';

/** A band of `km` either side of the corridor, to draw what "within N km" means. */
export function corridorBand(corridor: Corridor, km: number): Feature | null {
	if (!corridor.geometry) return null;
	return buffer(feature(corridor.geometry), km, { units: 'kilometers' }) ?? null;
}
