/**
 * The southern growth corridor and distances to corridor lines. Pure Turf functions.
 *
 * The provincial plan (Decision 222/QĐ-TTg, as the provincial chairman's 2023 article describes it,
 * source TCCS) puts industry in the south: TP Thái Nguyên, TP Sông Công, TP Phổ Yên and huyện Phú Bình,
 * along the Hà Nội–Thái Nguyên expressway (CT.07), QL3 and the Hà Nội–Quán Triều railway. The plan
 * publishes no boundary for it, so membership goes by the site's pre-2025 district (the plan's unit).
 */
import type { District, Site } from '$lib/data/types';

export const SOUTH_UNITS: readonly District[] = ['tp-thai-nguyen', 'tp-song-cong', 'tp-pho-yen', 'phu-binh'];
export const SOUTH_SPINE = ['ct07', 'ql3', 'rail-ha-noi-quan-trieu'] as const;
export const EXPRESSWAY_ID = 'ct07';
/** Where the corridor's definition comes from (codes in sources.json). */
export const SOUTH_SOURCES = ['TCCS', 'E01'] as const;

/** In the corridor by its district, or by one of the other districts it spans. */
export function inSouth(site: Site): boolean {
	const p = site.properties;
	return [p.district, ...p.district_also].some((d) => d !== null && SOUTH_UNITS.includes(d));
}
