/**
 * Straight-line distances from sites to a corridor line (pure Turf). Its own module because the
 * intersection test is large: the panel imports it when a "within N km" list is first shown.
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiLineString } from 'geojson';
import type { Corridor, Site } from '$lib/data/types';

type Line = Feature<LineString | MultiLineString>;

function lines(c: Corridor): Feature<LineString>[] {
	const g = c.geometry;
	if (!g) return [];
	if (g.type === 'LineString') return [turf.lineString(g.coordinates)];
	return g.coordinates.map((cs) => turf.lineString(cs));
}

/**
 * Straight-line km from a site to a corridor line: 0 when an outline touches the line, else the
 * nearest vertex of the outline (or the point) to the line. `null` when either has no geometry.
 */
export function distanceToCorridorKm(site: Site, corridor: Corridor): number | null {
	const g = site.geometry;
	const ls = lines(corridor);
	if (!g || !ls.length) return null;
	const pts: number[][] = g.type === 'Point' ? [g.coordinates] : turf.coordAll(turf.feature(g));
	if (g.type !== 'Point' && ls.some((l) => turf.booleanIntersects(turf.feature(g), l as Line))) return 0;
	let best = Infinity;
	for (const l of ls) for (const c of pts) best = Math.min(best, turf.pointToLineDistance(turf.point(c), l, { units: 'kilometers' }));
	return best;
}

export interface Near { site: Site; km: number }

/** Sites within `km` of the corridor, nearest first (ties by id, so the order is stable). */
export function sitesNear(sites: Site[], corridor: Corridor, km: number): Near[] {
	const out: Near[] = [];
	for (const site of sites) {
		const d = distanceToCorridorKm(site, corridor);
		if (d !== null && d <= km) out.push({ site, km: d });
	}
	return out.sort((a, b) => a.km - b.km || a.site.properties.id.localeCompare(b.site.properties.id));
}
