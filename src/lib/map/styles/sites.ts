/**
 * Paint and layout for zones and clusters (MapLibre style spec: https://maplibre.org/maplibre-style-spec/layers/).
 * Pure builders: the same inputs give the same spec, and unit tests pin them.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Lang } from '$lib/i18n/locale';
import type { StyleBy } from '$lib/url/codec';
import { CLASSES, GREY } from '../palette';

export const FONT = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

export function siteColor(by: StyleBy): ExpressionSpecification {
	const pairs = CLASSES[by].flatMap((c) => [c.id, c.color]);
	return ['match', ['get', `c_${by}`], ...pairs, GREY] as unknown as ExpressionSpecification;
}

/** Visible sites: those the filters and legend keep. One literal list; flipping it is a setFilter, not a setData. */
export function visibleFilter(ids: readonly string[], extra?: FilterSpecification): FilterSpecification {
	const inIds: FilterSpecification = ['in', ['get', 'id'], ['literal', [...ids]]];
	return extra ? (['all', extra, inIds] as FilterSpecification) : inIds;
}

export const IS_POLYGON: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
export const IS_POINT: FilterSpecification = ['==', ['geometry-type'], 'Point'];

export function selectedFilter(id: string | null, extra?: FilterSpecification): FilterSpecification {
	const eq: FilterSpecification = ['==', ['get', 'id'], id ?? ''];
	return extra ? (['all', extra, eq] as FilterSpecification) : eq;
}

export const zonesFill = (by: StyleBy) => ({ 'fill-color': siteColor(by), 'fill-opacity': 0.5 });
export const zonesOutline = (by: StyleBy) => ({ 'line-color': siteColor(by), 'line-width': 1.5 });
export const zonesPoint = (by: StyleBy) => ({
	'circle-color': siteColor(by), 'circle-radius': 8, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5
});
export const clustersCircle = (by: StyleBy) => ({
	'circle-color': siteColor(by),
	'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 4, 12, 8],
	'circle-stroke-color': '#1b1b1b',
	'circle-stroke-width': 1
});
export const SELECTED_LINE = { 'line-color': '#111111', 'line-width': 3.5 };
export const SELECTED_CIRCLE = {
	'circle-color': 'rgba(0,0,0,0)', 'circle-radius': 12, 'circle-stroke-color': '#111111', 'circle-stroke-width': 3
};

export function nameField(lang: Lang): ExpressionSpecification {
	return ['get', `name_${lang}`];
}

export function labelLayout(lang: Lang, size: number, font = FONT) {
	return {
		'text-field': nameField(lang),
		'text-font': [font],
		'text-size': size,
		'text-max-width': 9,
		'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
		'text-radial-offset': 0.9,
		'text-optional': true
	};
}

export const LABEL_PAINT = { 'text-color': '#1b1b1b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 };
