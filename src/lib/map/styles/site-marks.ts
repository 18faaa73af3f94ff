/**
 * Paint and layout for point sites' uncertainty rings and for sites spread around a shared point
 * (MapLibre style spec: https://maplibre.org/maplibre-style-spec/layers/). Pure builders.
 *
 * - A ring's radius is a ground distance: MapLibre doubles pixel sizes per zoom level, so the radius
 *   is an exponential-2 curve over zoom from the feature's own radius at zoom 0 (`r0`).
 * - Spread markers are symbols (an SDF dot) because `circle-translate` cannot vary per feature and
 *   `icon-offset` can.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { CONTEXT } from '../palette';
import { SELECTED_OPACITY, shownOpacity, STATE_COLOR } from './site-paint';

/** Three SDF images drawn at icon-size 1, so one `offset` property places all of them (icon-offset scales with icon-size). */
export const DOT = 'tnim-dot';
export const RING = 'tnim-ring';
export const BLOCK = 'tnim-block';
export const IMAGES: [string, number, number][] = [[DOT, 7, 24], [RING, 12, 40], [BLOCK, 8, 16]];
export const SHARED: FilterSpecification = ['>', ['get', 'shared'], 1];
/** Ids drawn by the spread layers; SiteLayers leaves them out of its own circles. */
export function notSpread(ids: readonly string[], extra?: FilterSpecification): FilterSpecification {
	const f: FilterSpecification = ['!', ['in', ['get', 'id'], ['literal', [...ids]]]];
	return extra ? (['all', extra, f] as FilterSpecification) : f;
}

const Z_MAX = 22;
/** Radius that stays the same distance on the ground at every zoom. */
export const groundRadius: ExpressionSpecification = ['interpolate', ['exponential', 2], ['zoom'], 0, ['get', 'r0'], Z_MAX, ['*', ['get', 'r0'], 2 ** Z_MAX]];

/**
 * A faint fill and a thin, half-transparent edge in the site's colour: clearly not the crisp outline of a
 * zone's published area. Colour, hiding and dimming come from feature-state, as for the site layers.
 */
export const RING_PAINT = {
	'circle-radius': groundRadius,
	'circle-color': STATE_COLOR,
	'circle-opacity': shownOpacity(0.03, 0.01),
	'circle-stroke-color': STATE_COLOR,
	'circle-stroke-width': 1,
	'circle-stroke-opacity': shownOpacity(0.5, 0.12),
	'circle-pitch-alignment': 'map'
};

export const HUB_PAINT = {
	'circle-color': CONTEXT.hub, 'circle-radius': 2.5, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1,
	'circle-opacity': shownOpacity(1, 0.2), 'circle-stroke-opacity': shownOpacity(1, 0.2)
};

const offset: ExpressionSpecification = ['array', 'number', 2, ['get', 'offset']] as unknown as ExpressionSpecification;

export const spreadLayout = { 'icon-image': DOT, 'icon-offset': offset, 'icon-allow-overlap': true, 'icon-ignore-placement': true };
export const SPREAD_PAINT = {
	'icon-color': STATE_COLOR,
	'icon-halo-color': '#1b1b1b',
	'icon-halo-width': 1,
	'icon-opacity': shownOpacity(1, 0.2)
};
export const SPREAD_SELECTED = {
	layout: { 'icon-image': RING, 'icon-offset': offset, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
	paint: { 'icon-color': 'rgba(0,0,0,0)', 'icon-halo-color': '#111111', 'icon-halo-width': 2.5, 'icon-opacity': SELECTED_OPACITY }
};
/**
 * Invisible markers that take part in label placement: placed first (top of the draw order) and never
 * hidden, they keep every label off the site markers.
 */
export const BLOCKER = {
	layout: { 'icon-image': BLOCK, 'icon-offset': offset, 'icon-padding': 0, 'icon-allow-overlap': true, 'icon-ignore-placement': false },
	paint: { 'icon-opacity': 0 }
};

/** An SDF dot: alpha 0.75 at the edge, falling by 1/8 per pixel outward (MapLibre's SDF convention). */
export function sdfDot(radius = 7, size = 24): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(size * size * 4);
	const c = size / 2;
	for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
		const d = Math.hypot(x + 0.5 - c, y + 0.5 - c) - radius;
		const a = Math.max(0, Math.min(255, Math.round(192 - d * 32)));
		data.set([0, 0, 0, a], (y * size + x) * 4);
	}
	return { width: size, height: size, data };
}
