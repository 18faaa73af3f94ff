/**
 * The southern growth corridor and distances to corridor lines. Pure Turf functions.
 *
 * The provincial plan (Decision 222/QĐ-TTg, as the provincial chairman's 2023 article describes it,
 * source TCCS) puts industry in the south: TP Thái Nguyên, TP Sông Công, TP Phổ Yên and huyện Phú Bình,
 * along the Hà Nội–Thái Nguyên expressway (CT.07), QL3 and the Hà Nội–Quán Triều railway. The plan
 * publishes no boundary for it, so membership goes by the site's pre-2025 district (the plan's unit).
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiLineString } from 'geojson';
import type { Corridor, District, Site } from '$lib/data/types';

export const SOUTH_UNITS: readonly District[] = ['tp-thai-nguyen', 'tp-song-cong', 'tp-pho-yen', 'phu-binh'];
export const SOUTH_SPINE = ['ct07', 'ql3', 'rail-ha-noi-quan-trieu'] as const;
export const EXPRESSWAY_ID = 'ct07';
/** Where the corridor's definition comes from (codes in sources.json). */
export const SOUTH_SOURCES = ['TCCS', 'E01'] as const;

/** In the corridor by its district, or by one of the other districts it spans. */
export function inSouth(site: Site): boolean {
	const p = site.properties;
	return [p.district, ...p.district_also].some((d) => d !== null && SOUTH_UNITS.includes(d));
}

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

/** A band of `km` either side of the corridor, to draw what "within N km" means. */
export function corridorBand(corridor: Corridor, km: number): Feature | null {
	if (!corridor.geometry) return null;
	return turf.buffer(turf.feature(corridor.geometry), km, { units: 'kilometers' }) ?? null;
}
