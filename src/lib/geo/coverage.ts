/** Honest coverage: how much of what the province counts the map actually shows, and how precisely. */
import type { GeoData } from '$lib/data/types';

export interface Coverage {
	zonesTotal: number; zonesMapped: number; clustersNamed: number; clustersMapped: number;
	/** Of the mapped named clusters, those drawn at a 2025 commune point (somewhere in the commune), not at a site. */
	clustersAtCommune: number;
	clustersPlanned2023: number | null;
}

export function coverage(d: GeoData): Coverage {
	const mapped = <T extends { geometry: unknown }>(xs: T[]) => xs.filter((x) => x.geometry !== null);
	// Named = a source confirms the cluster and it is still in the plan; unverified names do not count.
	const live = d.clusters.filter((c) => c.properties.status?.value !== 'removed' && c.properties.evidence !== 'removed_2021' && c.properties.evidence !== 'unverified');
	const placed = mapped(live);
	return {
		zonesTotal: d.zones.length,
		zonesMapped: mapped(d.zones).length,
		clustersNamed: live.length,
		clustersMapped: placed.length,
		clustersAtCommune: placed.filter((c) => c.properties.point_kind === 'commune').length,
		clustersPlanned2023: d.province.find((f) => f.id === 'ccn-planned-2023')?.value ?? null
	};
}
