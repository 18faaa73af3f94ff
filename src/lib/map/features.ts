/**
 * The flat, small properties MapLibre styles and filters read. The full feature (figures,
 * sources, notes) stays in the typed collections for the panel; expressions only see these.
 * Names here are label text: emoji dropped (label-text.ts), since the map's glyphs have none.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Corridor, Place, Site } from '$lib/data/types';
import type { Lang } from '$lib/i18n/locale';
import { localNames, translate } from '$lib/i18n/names';
import { classOf, SCHEMES } from './palette';
import { mapLabel } from './label-text';

/** The derived ko/zh/ja names, as map labels (emoji dropped like the vi/en ones). */
const labels = <T extends Record<string, string>>(names: T): T => Object.fromEntries(Object.entries(names).map(([k, v]) => [k, mapLabel(v)])) as T;

export interface SiteMapProps {
	id: string;
	kind: 'kcn' | 'ccn';
	name_vi: string;
	name_en: string;
	/** Derived ko/zh/ja names (Latin proper name, translated generic part), read by the labels. */
	name_ko: string;
	name_zh: string;
	name_ja: string;
	/** The site's class in each colour scheme (`c_status`, `c_plan`, `c_commune`, …). */
	[c: `c_${string}`]: string;
}

export function siteCollection(sites: Site[]): FeatureCollection<Geometry, SiteMapProps> {
	const features: Feature<Geometry, SiteMapProps>[] = [];
	for (const s of sites) {
		if (!s.geometry) continue;
		const p = s.properties;
		features.push({
			type: 'Feature',
			geometry: s.geometry,
			properties: {
				id: p.id, kind: p.kind, name_vi: mapLabel(p.name_vi), name_en: mapLabel(p.name_en), ...labels(localNames(p)),
				...Object.fromEntries(SCHEMES.map((k) => [`c_${k}`, classOf(p, k)]))
			}
		});
	}
	return { type: 'FeatureCollection', features };
}

export function corridorCollection(corridors: Corridor[]): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: corridors.filter((c) => c.geometry).map((c) => ({
			type: 'Feature',
			geometry: c.geometry!,
			properties: {
				id: c.properties.id, kind: c.properties.kind, status: c.properties.status.value,
				ref: c.properties.ref ?? '', name_vi: mapLabel(c.properties.name_vi), name_en: mapLabel(c.properties.name_en), ...labels(localNames(c.properties))
			}
		}))
	};
}

/**
 * Places; a district seat is labelled with its district's name (`label_*`), since the base map
 * shows the nine pre-2025 districts as labels at their seats.
 */
export function placeCollection(places: Place[], districtName: (d: string, lang: Lang) => string): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: places.map((p) => {
			const q = p.properties;
			const seat = q.place_type === 'district_seat' && q.district;
			return {
				type: 'Feature',
				geometry: p.geometry,
				properties: {
					id: q.id, place_type: q.place_type, name_vi: q.name_vi, name_en: q.name_en, ...localNames(q),
					label_vi: mapLabel(seat ? districtName(q.district!, 'vi') : q.name_vi),
					label_en: mapLabel(seat ? districtName(q.district!, 'en') : q.name_en),
					...Object.fromEntries((['ko', 'zh', 'ja'] as const).map((l) => [`label_${l}`, mapLabel(seat ? districtName(q.district!, l) : translate(q.name_en, l))]))
				}
			};
		})
	};
}
