/** Which sites the filters keep, and the per-class totals the legend shows. Pure, unit-tested. */
import type { District, Sector, Site, SiteProperties, SiteStatus } from '$lib/data/types';
import { classOf, type Scheme } from '$lib/map/palette';
import type { SiteKind } from '$lib/url/codec';
import { localNames } from '$lib/i18n/names';
import { matches } from './fold';
import { withinKm, type SiteDistances } from './targets';
import { landMatches, type LandMode } from './readiness';

export interface FilterSpec {
	status: SiteStatus[];
	sector: Sector[];
	district: District[];
	kind: SiteKind[];
	minAvail: number | null;
	q: string;
	/** Straight-line km to the nearest interchange, at most (needs the site's distances). */
	maxIx?: number | null;
	land?: LandMode | null;
}

export function searchText(p: SiteProperties): string {
	// The ko/zh/ja names too, so "산업단지" or "工业园区" finds the sites; "yen binh" matches the Latin part in every language.
	return [p.name_vi, p.name_en, ...Object.values(localNames(p)), ...(p.aliases ?? []), p.id.replace(/-/g, ' ')].join(' ');
}

export function siteMatches(p: SiteProperties, f: FilterSpec, dist?: SiteDistances): boolean {
	if (f.status.length && !(p.status && f.status.includes(p.status.value))) return false;
	if (f.kind.length && !f.kind.includes(p.kind)) return false;
	if (f.sector.length && !(p.sectors?.value ?? []).some((s) => f.sector.includes(s))) return false;
	if (f.district.length && ![p.district, ...p.district_also].some((d) => d !== null && f.district.includes(d))) return false;
	// Land nobody published is not land available: a minimum excludes sites without the figure.
	if (f.minAvail !== null && !((p.available_ha?.value ?? -1) >= f.minAvail)) return false;
	if (f.q.trim() && !matches(searchText(p), f.q)) return false;
	if (!withinKm(dist, 'ix', f.maxIx ?? null)) return false;
	if (!landMatches(p, f.land)) return false;
	return true;
}

export interface ClassTotal { count: number; ha: number; haCount: number }

/** Count and published hectares per class; `haCount` says how many of the sites had an area. */
export function classTotals(sites: Site[], scheme: Scheme): Map<string, ClassTotal> {
	const out = new Map<string, ClassTotal>();
	for (const s of sites) {
		const cls = classOf(s.properties, scheme);
		const t = out.get(cls) ?? { count: 0, ha: 0, haCount: 0 };
		t.count++;
		const ha = s.properties.area_ha?.value;
		if (ha !== undefined) { t.ha += ha; t.haCount++; }
		out.set(cls, t);
	}
	return out;
}
