/**
 * The derived file static/data/distances.json: straight-line distances for every zone and
 * cluster, computed once at build time from geodata/ (never hand-edited). Stations on a disused
 * line (Kép – Lưu Xá, closed 1991) are left out: a freight shipper cannot use them.
 */
import type { GeoData } from '../data/types';
import { representativePoint, siteDistances, type SiteDistances } from './distances';

export interface DistancesFile {
	/** Always "straight-line": road distances and travel times are published figures, kept apart. */
	method: 'straight-line';
	/** How polygons were measured, for the README and the exports. */
	origin: string;
	/** Sources of the destination points, by place id. */
	places: Record<string, { name_vi: string; name_en: string; sources: string[] }>;
	sites: Record<string, SiteDistances>;
}

export const ORIGIN_NOTE = 'point sites from the point; outlines from their anchor (the sourced point the indicative outline is drawn around)';

export function buildDistances(data: Pick<GeoData, 'zones' | 'clusters' | 'corridors' | 'places'>): DistancesFile {
	const disused = new Set(data.corridors.filter((c) => c.properties.status.value === 'disused').map((c) => c.properties.id));
	const exclude = new Set(
		data.places.filter((p) => p.properties.place_type === 'station' && p.properties.corridor && disused.has(p.properties.corridor)).map((p) => p.properties.id)
	);
	const sites: Record<string, SiteDistances> = {};
	const used = new Set<string>();
	for (const s of [...data.zones, ...data.clusters]) {
		const d = siteDistances(representativePoint(s.geometry, s.properties.anchor), data.places, exclude);
		sites[s.properties.id] = d;
		for (const n of Object.values(d)) if (n) used.add(n.to);
	}
	const places = Object.fromEntries(
		data.places.filter((p) => used.has(p.properties.id))
			.map((p) => [p.properties.id, { name_vi: p.properties.name_vi, name_en: p.properties.name_en, sources: p.properties.sources }])
	);
	return { method: 'straight-line', origin: ORIGIN_NOTE, places, sites };
}
