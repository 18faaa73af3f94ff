/**
 * Feature-state paint for zones and clusters (MapLibre style spec: https://maplibre.org/maplibre-style-spec/layers/).
 * Pure builders: the same inputs give the same spec, and unit tests pin them. Fonts and labels: ./sites.ts.
 *
 * The layers' filters and paint expressions never change after the map starts. What a filter, a legend
 * toggle, a phase switch, a restyle or a selection changes is each feature's state
 * (https://maplibre.org/maplibre-style-spec/expressions/#feature-state): MapLibre applies it to the tiles
 * it already has on the main thread. Changing a filter or a data-driven paint value would make the worker
 * re-tile the whole GeoJSON source (≈ 1 s on a phone) before the change shows.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Site } from '$lib/data/types';
import { classOf, colorOf, GREY, type ClassDef, type Scheme } from '../palette';
import { LABEL_PAINT } from './sites';

/** One feature's state: its class colour, whether the filters hide it, whether it is out of focus, whether it is selected. */
export interface SiteState { color: string; hidden: boolean; dim: boolean; selected: boolean }

/** What decides the sites' states: the scheme and its classes, the ids shown, the ids in focus (or null), the selection. */
export interface SiteLook {
	scheme: Scheme;
	classes: ClassDef[];
	visible: ReadonlySet<string>;
	focus: ReadonlySet<string> | null;
	sel: string | null;
}

/** Every site's state for a look; the same palette the legend reads gives the colour. */
export function siteStates(sites: readonly Site[], l: SiteLook): Map<string, SiteState> {
	const out = new Map<string, SiteState>();
	for (const s of sites) {
		const id = s.properties.id;
		out.set(id, {
			color: colorOf(l.classes, classOf(s.properties, l.scheme)),
			hidden: !l.visible.has(id),
			dim: !!l.focus && !l.focus.has(id),
			selected: id === l.sel
		});
	}
	return out;
}

/** The keys that changed per feature from `prev` to `next`: the fewest `setFeatureState` calls. */
export function stateChanges<S extends object>(prev: ReadonlyMap<string, S>, next: ReadonlyMap<string, S>): [string, Partial<S>][] {
	const out: [string, Partial<S>][] = [];
	for (const [id, s] of next) {
		const p = prev.get(id);
		const diff: Partial<S> = {};
		let any = false;
		for (const k of Object.keys(s) as (keyof S)[]) {
			if (!p || p[k] !== s[k]) { diff[k] = s[k]; any = true; }
		}
		if (any) out.push([id, diff]);
	}
	return out;
}

const flag = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];

/** The class colour a feature's state carries; grey ("not published") until the state arrives. */
export const STATE_COLOR: ExpressionSpecification = ['to-color', ['coalesce', ['feature-state', 'color'], GREY]];

/** Opacity: none for what the filters hide, `off` for what is out of focus, else `on`. */
export function shownOpacity(on: number, off: number): ExpressionSpecification {
	return ['case', flag('hidden'), 0, flag('dim'), off, on];
}

/** Opacity of the selection outline: only the selected feature. */
export const SELECTED_OPACITY: ExpressionSpecification = ['case', flag('selected'), 1, 0];

export const IS_POLYGON: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
export const IS_POINT: FilterSpecification = ['==', ['geometry-type'], 'Point'];

export const ZONES_FILL = { 'fill-color': STATE_COLOR, 'fill-opacity': shownOpacity(0.5, 0.08) };
export const ZONES_OUTLINE = { 'line-color': STATE_COLOR, 'line-width': 1.5, 'line-opacity': shownOpacity(1, 0.25) };
export const ZONES_POINT = {
	'circle-color': STATE_COLOR, 'circle-radius': 8, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5,
	'circle-opacity': shownOpacity(1, 0.2), 'circle-stroke-opacity': shownOpacity(1, 0.2)
};
export const CLUSTERS_CIRCLE = {
	'circle-color': STATE_COLOR,
	'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 4, 12, 8],
	'circle-stroke-color': '#1b1b1b',
	'circle-stroke-width': 1,
	'circle-opacity': shownOpacity(1, 0.2), 'circle-stroke-opacity': shownOpacity(1, 0.2)
};
export const SITE_LABEL_PAINT = { ...LABEL_PAINT, 'text-opacity': shownOpacity(1, 0.3) };
export const SELECTED_LINE = { 'line-color': '#111111', 'line-width': 3.5, 'line-opacity': SELECTED_OPACITY };
export const SELECTED_CIRCLE = {
	'circle-color': 'rgba(0,0,0,0)', 'circle-radius': 12, 'circle-stroke-color': '#111111', 'circle-stroke-width': 3,
	'circle-stroke-opacity': SELECTED_OPACITY
};
