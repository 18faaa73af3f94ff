/**
 * "Find land for my project": an investor's needs against every site, each criterion marked met,
 * not met, possibly or unknown with the figure, its date and source behind the mark. Pure.
 *
 * Honesty rules (issue #13): unknown never counts as met, and neither does "possibly"; removed
 * sites never appear; the ranking is all-met first, then fewest not-met, then fewest unknowns,
 * then straight-line km to the first distance the investor asked about (else the nearest
 * expressway interchange), then id — so a site with gaps never outranks one that proves the need.
 */
import type { Figure, Site, SiteProperties } from '$lib/data/types';
import { inSouth, SOUTH_SOURCES } from './corridor';
import type { DistancesFile } from './distances-file';
import { KM_TARGETS, type Flag, type KmTarget, type Needs } from './needs';
import { isRemoved } from './phase';

export { FLAGS, KM_TARGETS, noNeeds, type Flag, type KmTarget, type Needs } from './needs';

/** Every criterion, in the order the panel and the exports show them. */
export const CRITERIA = ['land', 'sector', 'operating', 'wastewater', 'factories', ...KM_TARGETS, 'south'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** `possibly` is an honest maybe (occupancy below 100 %, a mixed-sector site): never counted as met. */
export type Mark = 'met' | 'not_met' | 'possibly' | 'unknown';
/** Which figure the land mark rests on, in the order tried. */
export const LAND_BASES = ['available', 'area_minus_leased', 'occupancy', 'none'] as const;
export type LandBasis = (typeof LAND_BASES)[number];

export interface Check {
	key: Criterion;
	mark: Mark;
	/** The figure behind the mark (ha, km, a status, yes/no, sectors), or null when unknown. */
	value: number | string | boolean | string[] | null;
	as_of: string | null;
	/** Source code(s), space-separated. */
	source: string | null;
	/** Land only: which basis the mark rests on. */
	basis?: LandBasis;
	/** Distances only: the destination the km are measured to. */
	to?: string;
}

export interface SiteMatch {
	site: Site;
	checks: Check[];
	metAll: boolean;
	notMet: number;
	unknown: number;
	/** The straight-line km the ranking uses (see `rankTarget`), null when unknown. */
	rankKm: number | null;
}

export function activeCriteria(n: Needs): Criterion[] {
	return CRITERIA.filter((c) => {
		if (c === 'land') return n.ha !== null;
		if (c === 'sector') return n.sector !== null;
		if ((KM_TARGETS as readonly string[]).includes(c)) return n.km[c as KmTarget] !== null;
		return n.flags.includes(c as Flag);
	});
}

export const isEmpty = (n: Needs): boolean => activeCriteria(n).length === 0;

/** The distance that breaks ties: the first one the investor limited, else the nearest interchange. */
export function rankTarget(n: Needs): KmTarget {
	return KM_TARGETS.find((t) => n.km[t] !== null) ?? 'ix';
}

const older = (a: string, b: string) => (a < b ? a : b);

/**
 * Land: published available ha; else published industrial land (or, without it, total area) minus
 * published leased ha; else occupancy below 100 % as "possibly"; else unknown. `need` null asks
 * only whether any land is left.
 */
export function landCheck(p: SiteProperties, need: number | null): Check {
	const want = need ?? Number.MIN_VALUE;
	const av = p.available_ha;
	if (av) return { key: 'land', mark: av.value >= want ? 'met' : 'not_met', value: av.value, as_of: av.as_of, source: av.source, basis: 'available' };
	const area = p.industrial_land_ha ?? p.area_ha;
	const leased = p.leased_ha;
	if (area && leased) {
		const left = Math.max(0, Math.round((area.value - leased.value) * 100) / 100);
		const source = area.source === leased.source ? area.source : `${area.source} ${leased.source}`;
		return { key: 'land', mark: left >= want ? 'met' : 'not_met', value: left, as_of: older(area.as_of, leased.as_of), source, basis: 'area_minus_leased' };
	}
	const occ = p.occupancy_pct;
	if (occ) return { key: 'land', mark: occ.value < 100 ? 'possibly' : 'not_met', value: occ.value, as_of: occ.as_of, source: occ.source, basis: 'occupancy' };
	return { key: 'land', mark: 'unknown', value: null, as_of: null, source: null, basis: 'none' };
}

function fromFigure<T>(key: Criterion, f: Figure<T> | null, mark: (v: T) => Mark): Check {
	return f ? { key, mark: mark(f.value), value: f.value as Check['value'], as_of: f.as_of, source: f.source } : { key, mark: 'unknown', value: null, as_of: null, source: null };
}

function kmCheck(key: KmTarget, id: string, max: number, dist: DistancesFile | null): Check {
	const n = dist?.sites[id]?.[key] ?? null;
	if (!n) return { key, mark: 'unknown', value: null, as_of: null, source: null };
	const source = dist?.places[n.to]?.sources.join(' ') ?? null;
	return { key, mark: n.km <= max ? 'met' : 'not_met', value: n.km, as_of: null, source, to: n.to };
}

export function checkSite(site: Site, needs: Needs, dist: DistancesFile | null): Check[] {
	const p = site.properties;
	return activeCriteria(needs).map((c): Check => {
		switch (c) {
			case 'land': return landCheck(p, needs.ha);
			case 'sector': return fromFigure(c, p.sectors, (v) => (v.includes(needs.sector!) ? 'met' : v.includes('mixed') ? 'possibly' : 'not_met'));
			case 'operating': return fromFigure(c, p.status, (v) => (v === 'operating' ? 'met' : 'not_met'));
			case 'wastewater': return fromFigure(c, p.wastewater_plant, (v) => (v ? 'met' : 'not_met'));
			case 'factories': return fromFigure(c, p.ready_built_factories, (v) => (v ? 'met' : 'not_met'));
			case 'south': {
				// Membership goes by the pre-2025 district (the plan publishes no boundary).
				if (p.district === null && !p.district_also.length) return { key: c, mark: 'unknown', value: null, as_of: null, source: null };
				return { key: c, mark: inSouth(site) ? 'met' : 'not_met', value: p.district, as_of: null, source: SOUTH_SOURCES.join(' ') };
			}
			default: return kmCheck(c, p.id, needs.km[c]!, dist);
		}
	});
}

function compare(a: SiteMatch, b: SiteMatch): number {
	return Number(b.metAll) - Number(a.metAll) || a.notMet - b.notMet || a.unknown - b.unknown ||
		(a.rankKm ?? Infinity) - (b.rankKm ?? Infinity) || a.site.properties.id.localeCompare(b.site.properties.id);
}

/** Every site that is not removed, marked and ranked. */
export function matchSites(sites: Site[], needs: Needs, dist: DistancesFile | null): SiteMatch[] {
	const target = rankTarget(needs);
	return sites
		.filter((s) => !isRemoved(s.properties))
		.map((site): SiteMatch => {
			const checks = checkSite(site, needs, dist);
			const notMet = checks.filter((c) => c.mark === 'not_met').length;
			const unknown = checks.filter((c) => c.mark === 'unknown' || c.mark === 'possibly').length;
			return { site, checks, metAll: checks.every((c) => c.mark === 'met'), notMet, unknown, rankKm: dist?.sites[site.properties.id]?.[target]?.km ?? null };
		})
		.sort(compare);
}

/** The shortlist: sites that meet every need or may still (no criterion failed). */
export const shortlist = (ranked: SiteMatch[]): SiteMatch[] => ranked.filter((r) => r.notMet === 0);

export interface Gaps {
	/** Sites considered (removed ones left out). */
	total: number;
	/** How many sites each land basis answered for; `full` = reported with no land left. */
	land: Record<LandBasis, number> & { full: number };
	/** Per asked criterion, how many sites publish nothing for it. */
	unknown: Partial<Record<Criterion, number>>;
}

/** What the matcher cannot know, for the plain-words summary. Land is always counted. */
export function gaps(ranked: SiteMatch[], needs: Needs): Gaps {
	const land = { available: 0, area_minus_leased: 0, occupancy: 0, none: 0, full: 0 };
	for (const r of ranked) {
		const c = landCheck(r.site.properties, null);
		if (c.mark === 'not_met') land.full++;
		else land[c.basis!]++;
	}
	const unknown: Partial<Record<Criterion, number>> = {};
	for (const k of activeCriteria(needs)) unknown[k] = ranked.filter((r) => r.checks.find((c) => c.key === k)?.mark === 'unknown').length;
	return { total: ranked.length, land, unknown };
}
