/**
 * Paint and layout for zones and clusters (MapLibre style spec: https://maplibre.org/maplibre-style-spec/layers/).
 * Pure builders: the same inputs give the same spec, and unit tests pin them.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Lang } from '$lib/i18n/locale';
import { GREY, type ClassDef, type Scheme } from '../palette';

export const FONT = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';
/**
 * Hangul, kana and Han in ko/zh/ja labels are drawn by MapLibre from the device's own fonts
 * (`localIdeographFontFamily`), never fetched: no CJK glyphs ship with the app and no glyph server
 * is asked. The family list names the usual CJK fonts of each platform, then the generic family.
 */
export const CJK_FONTS = "'Noto Sans CJK KR', 'Noto Sans CJK SC', 'Noto Sans CJK JP', 'Apple SD Gothic Neo', 'Malgun Gothic', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans', 'Yu Gothic', sans-serif";
export const LABEL_PAINT = { 'text-color': '#1b1b1b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 };

export function siteColor(scheme: Scheme, classes: ClassDef[]): ExpressionSpecification {
	const pairs = classes.flatMap((c) => [c.id, c.color]);
	return ['match', ['get', `c_${scheme}`], ...pairs, GREY] as unknown as ExpressionSpecification;
}

/**
 * Opacity that keeps the sites in focus (the southern corridor) and dims the rest; a plain number
 * when nothing is in focus.
 */
export function focusOpacity(focus: readonly string[] | null, on: number, off: number): ExpressionSpecification | number {
	if (!focus) return on;
	return ['case', ['in', ['get', 'id'], ['literal', [...focus]]], on, off] as ExpressionSpecification;
}

/** What a site paint builder needs: the scheme, its classes, and the ids in focus (or null). */
export interface SiteLook { scheme: Scheme; classes: ClassDef[]; focus: readonly string[] | null }

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

export const zonesFill = (l: SiteLook) => ({ 'fill-color': siteColor(l.scheme, l.classes), 'fill-opacity': focusOpacity(l.focus, 0.5, 0.08) });
export const zonesOutline = (l: SiteLook) => ({
	'line-color': siteColor(l.scheme, l.classes), 'line-width': 1.5, 'line-opacity': focusOpacity(l.focus, 1, 0.25)
});
export const zonesPoint = (l: SiteLook) => ({
	'circle-color': siteColor(l.scheme, l.classes), 'circle-radius': 8, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5,
	'circle-opacity': focusOpacity(l.focus, 1, 0.2), 'circle-stroke-opacity': focusOpacity(l.focus, 1, 0.2)
});
export const clustersCircle = (l: SiteLook) => ({
	'circle-color': siteColor(l.scheme, l.classes),
	'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 4, 12, 8],
	'circle-stroke-color': '#1b1b1b',
	'circle-stroke-width': 1,
	'circle-opacity': focusOpacity(l.focus, 1, 0.2), 'circle-stroke-opacity': focusOpacity(l.focus, 1, 0.2)
});
export const labelPaint = (focus: readonly string[] | null) => ({ ...LABEL_PAINT, 'text-opacity': focusOpacity(focus, 1, 0.3) });
export const SELECTED_LINE = { 'line-color': '#111111', 'line-width': 3.5 };
export const SELECTED_CIRCLE = {
	'circle-color': 'rgba(0,0,0,0)', 'circle-radius': 12, 'circle-stroke-color': '#111111', 'circle-stroke-width': 3
};

/** The label: `name_vi` / `name_en` from the data, `name_ko` / `name_zh` / `name_ja` derived in features.ts. */
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

