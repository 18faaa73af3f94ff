/**
 * One flat record per site: the shape shared by the CSV, GeoJSON and KML exports (documented in
 * README "Exports"). Every figure travels as value + `_as_of` + `_source` (+ `_qualifier`); a
 * figure nobody published is null (an empty CSV cell) and is named in `not_published`.
 * Distances are straight-line and say so in their column names. Pure, so the round-trip test can
 * compare the files with the data.
 */
import type { Figure, Site, SiteProperties, SourceT } from '$lib/data/types';
import type { DistancesFile } from '$lib/geo/distances-file';
import { representativePoint, TARGETS } from '$lib/geo/distances';
import { landBadge } from '$lib/geo/readiness';
import { siteDataDate } from '$lib/pwa/as-of';

export { siteDataDate };

export type Cell = string | number | null;
export type SiteRecord = Record<string, Cell>;

/** The figures exported, in column order. */
export const EXPORT_FIGURES = [
	'status', 'area_ha', 'industrial_land_ha', 'leased_ha', 'available_ha', 'occupancy_pct', 'developer', 'sectors',
	'land_rent', 'wastewater_plant', 'ready_built_factories', 'projects'
] as const;
type FigKey = (typeof EXPORT_FIGURES)[number];

type Rent = { min: number; max: number; currency: string; per: 'm2_year' | 'm2_term' };

/** A figure's value as one cell: numbers stay numbers; lists and rents become plain text. */
export function cellValue(key: FigKey, v: unknown): Cell {
	if (key === 'sectors') return (v as string[]).join('; ');
	if (key === 'land_rent') {
		const r = v as Rent;
		return `${r.min === r.max ? r.min : `${r.min}-${r.max}`} ${r.currency}/m2/${r.per === 'm2_year' ? 'year' : 'lease term'}`;
	}
	if (typeof v === 'boolean') return v ? 'yes' : 'no';
	return v as Cell;
}

export function datasetDate(sites: Site[]): string | null {
	return sites.map((s) => siteDataDate(s.properties)).reduce<string | null>((a, b) => (b && (!a || b > a) ? b : a), null);
}

export function sourceLine(code: string, s: SourceT | undefined): string {
	if (!s) return code;
	return `${code}: ${s.title}${s.publisher ? ` (${s.publisher})` : ''}${s.date ? `, ${s.date}` : ''}${s.url ? ` ${s.url}` : ''}`;
}

export function siteRecord(site: Site, dist: DistancesFile | null, sources: Record<string, SourceT>): SiteRecord {
	const p = site.properties;
	const pt = representativePoint(site.geometry, p.anchor);
	const r: SiteRecord = {
		id: p.id, kind: p.kind, name_vi: p.name_vi, name_en: p.name_en, district: p.district,
		lon: pt ? pt[0]! : null, lat: pt ? pt[1]! : null,
		geometry_quality: site.geometry ? p.geometry_quality : null, location_confidence: p.location_confidence,
		// What the point is (a commune point is somewhere in that commune, not the site), next to how sure it is.
		point_kind: site.geometry ? p.point_kind : null
	};
	const missing: string[] = [];
	for (const k of EXPORT_FIGURES) {
		const f = p[k] as Figure<unknown> | null;
		if (!f) missing.push(k);
		r[k] = f ? cellValue(k, f.value) : null;
		r[`${k}_qualifier`] = f?.qualifier ?? null;
		r[`${k}_as_of`] = f?.as_of ?? null;
		r[`${k}_source`] = f?.source ?? null;
	}
	r.land_available = landBadge(p).state;
	const d = dist?.sites[p.id];
	const destSources = new Set<string>();
	for (const t of TARGETS) {
		const n = d?.[t] ?? null;
		r[`straight_km_${t}`] = n ? n.km : null;
		r[`straight_km_${t}_to`] = n ? (dist?.places[n.to]?.name_en ?? n.to) : null;
		for (const c of n ? (dist?.places[n.to]?.sources ?? []) : []) destSources.add(c);
	}
	r.distance_method = d && d.ix ? `straight-line great-circle km (Turf) from the ${site.geometry?.type === 'Point' ? 'mapped point' : 'outline anchor'}` : null;
	r.distance_sources = destSources.size ? [...destSources].join(' ') : null;
	r.published_distances = (p.published_distances ?? [])
		.map((d) => `${d.to} ${d.qualifier ? { approx: '~', gt: '>', lt: '<' }[d.qualifier] : ''}${[d.km !== undefined ? `${d.km} km` : '', d.minutes !== undefined ? `${d.minutes} min` : ''].filter(Boolean).join(' ')} (${d.source}, ${d.as_of})`)
		.join('; ') || null;
	r.not_published = missing.join(' ');
	r.data_as_of = siteDataDate(p);
	r.sources = p.sources.join(' ');
	r.source_details = p.sources.map((c) => sourceLine(c, sources[c])).join(' | ');
	return r;
}

export const COLUMNS: string[] = Object.keys(siteRecord(
	{ type: 'Feature', geometry: null, properties: { sources: [] } as unknown as SiteProperties }, null, {}
));
