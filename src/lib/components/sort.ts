import type { Site } from '$lib/data/types';
import { pick, type Lang } from '$lib/i18n/locale';
import type { SiteDistances } from '$lib/geo/targets';

export type SortKey = 'name' | 'area' | 'occupancy' | 'available' | 'ix';
const FIELD = { area: 'area_ha', occupancy: 'occupancy_pct', available: 'available_ha' } as const;

/** Sorts by name (locale collation) or by a figure; sites without the figure always go last. */
export function sortSites(sites: Site[], key: SortKey, desc: boolean, lang: Lang, dist?: Record<string, SiteDistances>): Site[] {
	const collator = new Intl.Collator(lang);
	const out = [...sites];
	if (key === 'name') {
		const name = (s: Site) => pick(s.properties, 'name', lang) ?? s.properties.id;
		out.sort((a, b) => collator.compare(name(a), name(b)) * (desc ? -1 : 1));
		return out;
	}
	const v = (s: Site) => (key === 'ix' ? (dist?.[s.properties.id]?.ix?.km ?? null) : (s.properties[FIELD[key]]?.value ?? null));
	out.sort((a, b) => {
		const x = v(a), y = v(b);
		if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
		return (x - y) * (desc ? -1 : 1);
	});
	return out;
}
