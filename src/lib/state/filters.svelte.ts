import type { District, Sector, SiteStatus } from '$lib/data/types';
import type { FilterSpec } from '$lib/geo/filter';
import type { SiteKind } from '$lib/url/codec';

/** The site filters; arrays are replaced, never mutated, so `$state.raw` is enough. */
export class Filters {
	status = $state.raw<SiteStatus[]>([]);
	sector = $state.raw<Sector[]>([]);
	district = $state.raw<District[]>([]);
	kind = $state.raw<SiteKind[]>([]);
	minAvail = $state<number | null>(null);
	q = $state('');

	spec: FilterSpec = $derived({
		status: this.status, sector: this.sector, district: this.district, kind: this.kind, minAvail: this.minAvail, q: this.q
	});
	active = $derived(
		this.status.length + this.sector.length + this.district.length + this.kind.length + (this.minAvail === null ? 0 : 1)
	);

	set(spec: FilterSpec): void {
		this.status = spec.status; this.sector = spec.sector; this.district = spec.district;
		this.kind = spec.kind; this.minAvail = spec.minAvail; this.q = spec.q;
	}

	reset(): void {
		this.set({ status: [], sector: [], district: [], kind: [], minAvail: null, q: this.q });
	}
}
