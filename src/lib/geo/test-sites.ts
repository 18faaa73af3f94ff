/** Tiny site factory shared by the geo unit tests (not shipped: only *.test.ts import it). */
import type { Geometry } from 'geojson';
import type { Site, SiteProperties } from '$lib/data/types';

export const fig = <T,>(value: T, as_of = '2024', source = 'Z01') => ({ value, as_of, source });

export function site(id: string, over: Partial<SiteProperties> = {}, geometry: Geometry | null = null): Site {
	return {
		type: 'Feature', geometry: geometry as Site['geometry'],
		properties: {
			id, kind: 'kcn', name_vi: id, name_en: id, status: fig('operating'), status_2023: null, counted_2023: null,
			plan_2030: null, evidence: null, district: 'tp-pho-yen', district_also: [], sectors: null, commune_2025: null,
			area_ha: null, industrial_land_ha: null, available_ha: null, occupancy_pct: null, ...over
		} as SiteProperties
	};
}
