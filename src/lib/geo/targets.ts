/**
 * The places a site's distances are measured to, and the filter on them. No Turf here: the filters and
 * the legend (first view) need these, the distance computation (distances.ts) does not ship with them.
 */
/** The targets, in the order the panel, list, compare tray and exports show them. */
export const TARGETS = ['ix', 'station', 'noi_bai', 'ha_noi', 'port', 'border'] as const;
export type Target = (typeof TARGETS)[number];

/** Which places feed each target: a place-type, or fixed destination ids (nearest of the set wins). */
export const TARGET_PLACES: Record<Target, { type: 'interchange' | 'station' } | { ids: string[] }> = {
	ix: { type: 'interchange' },
	station: { type: 'station' },
	noi_bai: { ids: ['ref-noi-bai'] },
	ha_noi: { ids: ['ref-ha-noi'] },
	port: { ids: ['ref-hai-phong-dinh-vu', 'ref-lach-huyen'] },
	border: { ids: ['ref-huu-nghi'] }
};

export interface Nearest { km: number; to: string }
export type SiteDistances = Record<Target, Nearest | null>;

/** The "≤ N km to an interchange" filter: a site whose distance is unknown never passes a limit. */
export function withinKm(d: SiteDistances | undefined, target: Target, max: number | null): boolean {
	if (max === null) return true;
	const n = d?.[target];
	return !!n && n.km <= max;
}
