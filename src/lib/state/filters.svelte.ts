import type { District, Sector, SiteStatus } from '$lib/data/types';
import type { FilterSpec } from '$lib/geo/filter';
import type { LandMode } from '$lib/geo/readiness';
import type { SiteKind } from '$lib/url/codec';

/** The site filters; arrays are replaced, never mutated, so `$state.raw` is enough. */
export class Filters {
	status = $state.raw<SiteStatus[]>([]);
	sector = $state.raw<Sector[]>([]);
	district = $state.raw<District[]>([]);
	kind = $state.raw<SiteKind[]>([]);
	minAvail = $state<number | null>(null);
	q = $state('');
	maxIx = $state<number | null>(null);
	land = $state<LandMode | null>(null);

	spec: FilterSpec = $derived({
		status: this.status, sector: this.sector, district: this.district, kind: this.kind, minAvail: this.minAvail, q: this.q,
		maxIx: this.maxIx, land: this.land
	});
	active = $derived(
		this.status.length + this.sector.length + this.district.length + this.kind.length + (this.minAvail === null ? 0 : 1) +
			(this.maxIx === null ? 0 : 1) + (this.land === null ? 0 : 1)
	);

	set(spec: FilterSpec): void {
		this.status = spec.status; this.sector = spec.sector; this.district = spec.district;
		this.kind = spec.kind; this.minAvail = spec.minAvail; this.q = spec.q;
		this.maxIx = spec.maxIx ?? null; this.land = spec.land ?? null;
	}

	reset(): void {
		this.set({ status: [], sector: [], district: [], kind: [], minAvail: null, q: this.q });
	}
}
