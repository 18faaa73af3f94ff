/**
 * The flat, small properties MapLibre styles and filters read. The full feature (figures,
 * sources, notes) stays in the typed collections for the panel; expressions only see these.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Corridor, Place, Site } from '$lib/data/types';
import { classOf } from './palette';

export interface SiteMapProps {
	id: string;
	kind: 'kcn' | 'ccn';
	name_vi: string;
	name_en: string;
	c_status: string;
	c_sector: string;
	c_district: string;
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
				id: p.id, kind: p.kind, name_vi: p.name_vi, name_en: p.name_en,
				c_status: classOf(p, 'status'), c_sector: classOf(p, 'sector'), c_district: classOf(p, 'district')
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
				ref: c.properties.ref ?? '', name_vi: c.properties.name_vi, name_en: c.properties.name_en
			}
		}))
	};
}

export function placeCollection(places: Place[]): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: places.map((p) => ({
			type: 'Feature',
			geometry: p.geometry,
			properties: { id: p.properties.id, place_type: p.properties.place_type, name_vi: p.properties.name_vi, name_en: p.properties.name_en }
		}))
	};
}
