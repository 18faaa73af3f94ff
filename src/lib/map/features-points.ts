/**
 * Point sites as the spread and ring layers read them: the site's map properties plus its screen
 * offset around a shared point (`offset`, `shared` = how many share it) and its ring radius at zoom 0 (`r0`).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Site } from '$lib/data/types';
import { spreadSites } from '$lib/geo/spread';
import { ringKm, ringPxZ0 } from '$lib/geo/uncertainty';
import { siteCollection } from './features';

export function pointSiteCollection(sites: Site[]): FeatureCollection<Point> {
	const spread = spreadSites(sites);
	const points = sites.filter((s) => s.geometry?.type === 'Point');
	const byId = new Map(points.map((s) => [s.properties.id, s.properties]));
	const features = siteCollection(points).features.map((f) => {
		const p = byId.get(f.properties.id)!;
		const g = f.geometry as Point;
		const sp = spread.get(p.id);
		const km = ringKm(p.point_kind, p.location_confidence);
		return {
			type: 'Feature', geometry: g,
			properties: { ...f.properties, offset: sp ? [sp.dx, sp.dy] : [0, 0], shared: sp?.n ?? 1, ring_km: km, r0: ringPxZ0(km, g.coordinates[1]!) }
		} as Feature<Point>;
	});
	return { type: 'FeatureCollection', features };
}

/** Ids of the sites drawn spread around a shared point. */
export function spreadIds(sites: Site[]): string[] {
	return [...spreadSites(sites).keys()];
}
