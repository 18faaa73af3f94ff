/** Camera helpers and the layer lists the map owner needs. */
import { bbox, featureCollection } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import type { AnyFeature, Site } from '$lib/data/types';

/** Layers a click can select, most specific first. */
export const INTERACTIVE_LAYERS = [
	'sites-spread', 'clusters-circle', 'zones-point', 'places-circle', 'zones-fill', 'expressways', 'expressways-planned', 'roads',
	'roads-planned', 'railways'
];
/** The layers that must exist before the map counts as rendered (`map:idle`). */
export const DATA_LAYERS = ['zones-fill', 'clusters-circle', 'expressways', 'railways', 'places-circle'];

export const PANEL_WIDTH = 400;

/** Padding that keeps a framed feature clear of the side panel (or the bottom sheet on phones). */
export function fitOptions(container: HTMLElement) {
	const phone = container.clientWidth <= 640;
	return {
		padding: phone
			? { top: 70, bottom: Math.round(container.clientHeight * 0.45), left: 20, right: 20 }
			: { top: 80, bottom: 40, left: 340, right: PANEL_WIDTH + 30 },
		maxZoom: phone ? 11.5 : 12.5
	};
}

export function siteBounds(sites: Site[]): [number, number, number, number] | null {
	const feats = sites.filter((s) => s.geometry) as Feature<Geometry>[];
	if (!feats.length) return null;
	return bbox(featureCollection(feats)) as [number, number, number, number];
}

export function featureBounds(f: AnyFeature): [number, number, number, number] | null {
	return f.geometry ? (bbox(f as Feature<Geometry>) as [number, number, number, number]) : null;
}

/** Sites whose extent touches the map's bounds (west, south, east, north): the list's "in view" scope. */
export function idsInBounds(sites: Site[], b: [number, number, number, number]): Set<string> {
	const out = new Set<string>();
	for (const s of sites) {
		if (!s.geometry) continue;
		const [w, so, e, n] = bbox(s as Feature<Geometry>);
		if (e >= b[0] && w <= b[2] && n >= b[1] && so <= b[3]) out.add(s.properties.id);
	}
	return out;
}
