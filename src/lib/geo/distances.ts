/**
 * Straight-line (great-circle, Turf haversine) distances from a site to the places investors ask
 * about. Pure: the build runs them once over the data (scripts/build-distances.ts) and the app
 * only reads the result. A polygon site is measured from its anchor — the sourced point its
 * indicative outline is drawn around — or, without one, from Turf's pointOnFeature; a site with
 * no geometry has no distances (null), never a guess.
 */
import { distance, pointOnFeature } from '@turf/turf';
import type { Feature, Geometry, Point, Position } from 'geojson';

import { TARGETS, TARGET_PLACES, type Nearest, type SiteDistances } from './targets';

export { TARGETS, TARGET_PLACES, withinKm, type Nearest, type SiteDistances, type Target } from './targets';

export interface Dest { id: string; coords: Position }

/** Great-circle km between two [lon, lat] points, rounded to 0.1 km (the data is not more precise). */
export function km(a: Position, b: Position): number {
	return Math.round(distance(a, b, { units: 'kilometers' }) * 10) / 10;
}

/** The point a site is measured from; null when the site has no known location. */
export function representativePoint(geometry: Geometry | null, anchor?: [number, number] | null): Position | null {
	if (!geometry) return null;
	if (geometry.type === 'Point') return geometry.coordinates;
	if (anchor) return anchor;
	return pointOnFeature(geometry).geometry.coordinates;
}

/** The nearest destination of a set (first wins a tie), or null when the origin or the set is empty. */
export function nearest(from: Position | null, dests: Dest[]): Nearest | null {
	if (!from) return null;
	let best: Nearest | null = null;
	for (const d of dests) {
		const k = km(from, d.coords);
		if (!best || k < best.km) best = { km: k, to: d.id };
	}
	return best;
}

export interface PlaceLike extends Feature<Point, { id: string; place_type: string }> {}

/** Every target for one site. `exclude` drops places that do not serve (e.g. stations of a disused line). */
export function siteDistances(from: Position | null, places: PlaceLike[], exclude: Set<string> = new Set()): SiteDistances {
	const out = {} as SiteDistances;
	for (const t of TARGETS) {
		const spec = TARGET_PLACES[t];
		const set = places
			.filter((p) => !exclude.has(p.properties.id))
			.filter((p) => ('type' in spec ? p.properties.place_type === spec.type : spec.ids.includes(p.properties.id)))
			.map((p) => ({ id: p.properties.id, coords: p.geometry.coordinates }));
		out[t] = nearest(from, set);
	}
	return out;
}
