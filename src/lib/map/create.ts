/**
 * Creating the map: one place for its options and controls, used both by the early start (before the page
 * hydrates, early.ts) and by MapView (a link that opens another view, or a page that hydrated first).
 */
import type { Map as MlMap, LngLatBoundsLike } from 'maplibre-gl';
import { LABEL_MAP_OPTIONS, labelStyle } from './label-style';
import { fitOptions } from './view';

export type MapLibre = typeof import('maplibre-gl');
/** Where the map starts: a framing (bounds, with the panels' padding) or a camera. */
export type Start = { bounds: [number, number, number, number] } | { center: [number, number]; zoom: number };
export const DEFAULT_START: Start = { center: [105.85, 21.6], zoom: 8.5 };

export function createMap(ml: MapLibre, container: HTMLElement, start: Start): MlMap {
	const instance = new ml.Map({
		container,
		style: labelStyle(),
		...('bounds' in start ? { bounds: start.bounds as LngLatBoundsLike, fitBoundsOptions: fitOptions(container) } : start),
		// The credits are the page's own (MapCredits), prerendered with it.
		attributionControl: false,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		canvasContextAttributes: { preserveDrawingBuffer: false },
		...LABEL_MAP_OPTIONS
	});
	// When the map started, beside `map:idle` (MapView): the benchmark reads the start-up's phases from the marks.
	performance.mark('map:created');
	instance.touchZoomRotate.disableRotation();
	instance.addControl(new ml.NavigationControl({ showCompass: false }), 'bottom-right');
	instance.addControl(new ml.ScaleControl({ unit: 'metric' }), 'bottom-left');
	return instance;
}
