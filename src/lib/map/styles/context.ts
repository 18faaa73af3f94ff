/**
 * Paint, layout and filters for the base context (MapLibre style spec:
 * https://maplibre.org/maplibre-style-spec/layers/). Pure builders pinned by unit tests.
 * The outline and neighbour names follow the units shown: pre-2025 districts use the 2024 scheme,
 * 2025 communes the merged 2025 province and the 34-province neighbours.
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { Lang } from '$lib/i18n/locale';
import type { UnitMode } from '$lib/url/codec';
import { CONTEXT } from '../palette';
import { FONT, FONT_BOLD } from './sites';

export type ContextScheme = '2024' | '2025';
export const schemeFor = (units: UnitMode): ContextScheme => (units === 'commune' ? '2025' : '2024');
const other = (s: ContextScheme): ContextScheme => (s === '2024' ? '2025' : '2024');

const isKind = (kind: string): FilterSpecification => ['==', ['get', 'kind'], kind];
const inScheme = (s: ContextScheme): FilterSpecification => ['==', ['get', 'scheme'], s];
const all = (...f: FilterSpecification[]): FilterSpecification => ['all', ...f] as FilterSpecification;

/** Filters per context layer for the scheme shown. */
export function contextFilters(s: ContextScheme): Record<string, FilterSpecification> {
	return {
		'context-mask': all(isKind('mask'), inScheme(s)),
		'context-province': all(isKind('province'), inScheme(s)),
		'context-province-alt': all(isKind('province'), inScheme(other(s))),
		'context-province-label': all(isKind('label'), inScheme(s)),
		'context-neighbours-line': all(isKind('neighbour'), inScheme(s)),
		'context-neighbour-labels': all(isKind('label'), inScheme(s))
	};
}

export const MASK_FILL = { 'fill-color': CONTEXT.mask, 'fill-opacity': 0.55 };
export const PROVINCE_LINE = {
	'line-color': CONTEXT.province,
	'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.8, 12, 3],
	'line-opacity': 0.9
};
/** The other scheme's outline: faint and dashed, so it reads as "the other boundary", never as the province. */
export const PROVINCE_ALT_LINE = { 'line-color': CONTEXT.provinceAlt, 'line-width': 1, 'line-dasharray': [3, 2], 'line-opacity': 0.8 };
export const NEIGHBOUR_LINE = { 'line-color': CONTEXT.neighbourLine, 'line-width': 1 };
export const RIVER_LINE = { 'line-color': CONTEXT.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.2, 12, 3] };
export const COMMUNE_DOT = { 'circle-color': CONTEXT.commune, 'circle-radius': 2.5, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 };
export const TOWN_DOT = { 'circle-color': '#ffffff', 'circle-radius': ['case', ['<=', ['get', 'scalerank'], 4], 4.5, 3.5], 'circle-stroke-color': CONTEXT.town, 'circle-stroke-width': 1.5 };
const halo = { 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.6 };

/** Label hierarchy, largest first: province > neighbours and Hà Nội > communes > towns > sites. */
export const TEXT_SIZE = { province: 17, neighbour: 13, capital: 13, commune: 11, town: 11 } as const;

/** Scales a label size that is a number or a `case` over numbers (Hà Nội's larger town label). */
export function scaleSize(size: unknown, k: number): unknown {
	const r = (v: number) => Math.round(v * k * 10) / 10;
	if (typeof size === 'number') return r(size);
	if (Array.isArray(size) && size[0] === 'case') return size.map((v, i) => (i > 0 && (i % 2 === 0 || i === size.length - 1) && typeof v === 'number' ? r(v) : v));
	return size;
}

const name = (lang: Lang) => ['get', `name_${lang}`];

export function provinceLabel(lang: Lang) {
	return {
		layout: { 'text-field': name(lang), 'text-font': [FONT_BOLD], 'text-size': TEXT_SIZE.province, 'text-transform': 'uppercase', 'text-letter-spacing': 0.2, 'text-max-width': 12 },
		paint: { 'text-color': CONTEXT.provinceText, 'text-opacity': 0.75, ...halo }
	};
}
export function neighbourLabel(lang: Lang) {
	return {
		layout: { 'text-field': name(lang), 'text-font': [FONT_BOLD], 'text-size': TEXT_SIZE.neighbour, 'text-transform': 'uppercase', 'text-letter-spacing': 0.12, 'text-max-width': 8 },
		paint: { 'text-color': CONTEXT.neighbourText, ...halo }
	};
}
export function communeLabel(lang: Lang) {
	return {
		layout: { 'text-field': name(lang), 'text-font': [FONT], 'text-size': TEXT_SIZE.commune, 'text-offset': [0, 0.7], 'text-anchor': 'top', 'text-optional': true, 'text-max-width': 7 },
		paint: { 'text-color': CONTEXT.communeText, ...halo }
	};
}
/** Hà Nội (Natural Earth scalerank ≤ 2) is written as large as a neighbour; other towns smaller. */
export function townLabel(lang: Lang) {
	return {
		layout: {
			'text-field': name(lang), 'text-font': [FONT],
			'text-size': ['case', ['<=', ['get', 'scalerank'], 2], TEXT_SIZE.capital, TEXT_SIZE.town],
			'text-offset': [0, 0.8], 'text-anchor': 'top', 'text-optional': true,
			'symbol-sort-key': ['get', 'scalerank']
		},
		paint: { 'text-color': CONTEXT.townText, ...halo }
	};
}
/** Natural Earth towns outside the province (inside it, the district names already say where you are). */
export const TOWN_FILTER: FilterSpecification = all(isKind('town'), ['!', ['get', 'in_province']]);
export const RIVER_FILTER: FilterSpecification = isKind('river');
export const RIVER_LABEL = (lang: Lang) => ({
	layout: { 'symbol-placement': 'line', 'text-field': name(lang), 'text-font': [FONT], 'text-size': 11, 'symbol-spacing': 400 },
	paint: { 'text-color': '#5f7f94', ...halo }
});
