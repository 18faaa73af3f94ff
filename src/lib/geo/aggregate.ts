/**
 * Live totals for a set of sites (the southern corridor, the rest of the province) in a plan phase.
 * A total built only from missing figures is `null` ("not published"), never 0; each total says how
 * many sites it rests on, the as-of range of the figures used and their sources.
 */
import type { Figure, Site, SiteProperties } from '$lib/data/types';
import type { Phase } from '$lib/url/codec';
import { countsInTotals, inPhase, NOT_PUBLISHED, phaseStatus } from './phase';

export interface Sum {
	/** `null` when no site in the set published the figure. */
	value: number | null;
	/** Sites whose figure went into the value, of `of` sites counted. */
	n: number;
	of: number;
	asOf: [string, string] | null;
	sources: string[];
}

export interface Totals {
	zones: number;
	clusters: number;
	area: Sum;
	industrial: Sum;
	available: Sum;
	/** Occupancy weighted by industrial land (total area where that is unpublished). */
	occupancy: Sum;
	/** Sites per first-listed sector and per phase status class; removed sites count here but not in land. */
	bySector: Map<string, number>;
	byStatus: Map<string, number>;
}

class Acc {
	private sum = 0; private weight = 0; private n = 0; private dates: string[] = []; private src = new Set<string>();
	add(value: number, weight: number, ...figs: Figure<unknown>[]): void {
		this.sum += value; this.weight += weight; this.n++;
		for (const f of figs) { this.dates.push(f.as_of); this.src.add(f.source); }
	}
	result(of: number, weighted = false): Sum {
		const dates = [...this.dates].sort();
		return {
			value: this.n === 0 ? null : weighted ? (this.weight > 0 ? this.sum / this.weight : null) : this.sum,
			n: this.n, of,
			asOf: dates.length ? [dates[0]!, dates[dates.length - 1]!] : null,
			sources: [...this.src].sort()
		};
	}
}

function bump(m: Map<string, number>, k: string): void {
	m.set(k, (m.get(k) ?? 0) + 1);
}

export function aggregate(sites: Site[], phase: Phase): Totals {
	const area = new Acc(), industrial = new Acc(), available = new Acc(), occupancy = new Acc();
	const bySector = new Map<string, number>(), byStatus = new Map<string, number>();
	let zones = 0, clusters = 0;
	for (const s of sites) {
		const p: SiteProperties = s.properties;
		if (!inPhase(p, phase)) continue;
		bump(byStatus, phaseStatus(p, phase));
		if (!countsInTotals(p, phase)) continue;
		if (p.kind === 'kcn') zones++; else clusters++;
		bump(bySector, p.sectors?.value[0] ?? NOT_PUBLISHED);
		if (p.area_ha) area.add(p.area_ha.value, 0, p.area_ha);
		if (p.industrial_land_ha) industrial.add(p.industrial_land_ha.value, 0, p.industrial_land_ha);
		if (p.available_ha) available.add(p.available_ha.value, 0, p.available_ha);
		const w = p.industrial_land_ha ?? p.area_ha;
		if (p.occupancy_pct && w) occupancy.add(p.occupancy_pct.value * w.value, w.value, p.occupancy_pct, w);
	}
	const of = zones + clusters;
	return {
		zones, clusters, bySector, byStatus,
		area: area.result(of), industrial: industrial.result(of), available: available.result(of),
		occupancy: occupancy.result(of, true)
	};
}
