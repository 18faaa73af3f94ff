/** Honest coverage: how much of what the province counts the map actually shows. */
import type { GeoData } from '$lib/data/types';

export interface Coverage { zonesTotal: number; zonesMapped: number; clustersNamed: number; clustersMapped: number; clustersPlanned2023: number | null }

export function coverage(d: GeoData): Coverage {
	const mapped = (xs: { geometry: unknown }[]) => xs.filter((x) => x.geometry !== null).length;
	// Named = a source confirms the cluster and it is still in the plan; unverified names do not count.
	const live = d.clusters.filter((c) => c.properties.status?.value !== 'removed' && c.properties.evidence !== 'removed_2021' && c.properties.evidence !== 'unverified');
	return {
		zonesTotal: d.zones.length,
		zonesMapped: mapped(d.zones),
		clustersNamed: live.length,
		clustersMapped: mapped(live),
		clustersPlanned2023: d.province.find((f) => f.id === 'ccn-planned-2023')?.value ?? null
	};
}
