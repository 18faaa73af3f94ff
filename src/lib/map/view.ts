/** Camera helpers and the layer lists the map owner needs. */
import type { AnyFeature, Site } from '$lib/data/types';
import { bboxOf } from '$lib/geo/bbox';

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
	return bboxOf(sites.map((s) => s.geometry));
}

export function featureBounds(f: AnyFeature): [number, number, number, number] | null {
	return bboxOf([f.geometry]);
}

/** Sites whose extent touches the map's bounds (west, south, east, north): the list's "in view" scope. */
export function idsInBounds(sites: Site[], b: [number, number, number, number]): Set<string> {
	const out = new Set<string>();
	for (const s of sites) {
		const box = bboxOf([s.geometry]);
		if (!box) continue;
		const [w, so, e, n] = box;
		if (e >= b[0] && w <= b[2] && n >= b[1] && so <= b[3]) out.add(s.properties.id);
	}
	return out;
}
