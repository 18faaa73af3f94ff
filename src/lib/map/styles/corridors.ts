/**
 * Corridor line styles (https://maplibre.org/maplibre-style-spec/layers/#line): expressways thick,
 * national roads medium, railways as the classic dark line with white ties. Built lines are solid;
 * under construction, planned and proposed are dashed; disused is faint.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Corridor } from '$lib/data/types';

export const BUILT: FilterSpecification = ['==', ['get', 'status'], 'operating'];
export const NOT_BUILT: FilterSpecification = ['in', ['get', 'status'], ['literal', ['under_construction', 'planned', 'proposed']]];
/** Disused lines stay faint; lines outside the southern spine fade (feature-state `dim`) while the corridor is highlighted. */
const faint: ExpressionSpecification = [
	'*', ['case', ['==', ['get', 'status'], 'disused'], 0.35, 1], ['case', ['boolean', ['feature-state', 'dim'], false], 0.3, 1]
];

export function ofKind(kind: string, status?: FilterSpecification): FilterSpecification {
	const k: FilterSpecification = ['==', ['get', 'kind'], kind];
	return status ? (['all', k, status] as FilterSpecification) : k;
}

const width = (base: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 7, base, 13, base * 2.5];

export const EXPRESSWAY_COLOR = '#c2410c';
export const ROAD_COLOR = '#a16207';
export const RAIL_COLOR = '#3f3f46';

export const expresswayCasing = { 'line-color': '#ffffff', 'line-width': width(4.5), 'line-opacity': faint };
export const expressway = { 'line-color': EXPRESSWAY_COLOR, 'line-width': width(3), 'line-opacity': faint };
export const expresswayPlanned = { 'line-color': EXPRESSWAY_COLOR, 'line-width': width(2.5), 'line-dasharray': [2, 1.5], 'line-opacity': 0.85 };
export const roadCasing = { 'line-color': '#ffffff', 'line-width': width(3), 'line-opacity': faint };
export const road = { 'line-color': ROAD_COLOR, 'line-width': width(1.8), 'line-opacity': faint };
export const roadPlanned = { 'line-color': ROAD_COLOR, 'line-width': width(1.6), 'line-dasharray': [2, 1.5], 'line-opacity': 0.85 };
export const railway = { 'line-color': RAIL_COLOR, 'line-width': width(2.4), 'line-opacity': faint };
export const railwayTies = { 'line-color': '#ffffff', 'line-width': width(1.2), 'line-dasharray': [2, 2], 'line-opacity': faint };
export const CORRIDOR_SELECTED = {
	'line-color': '#111111', 'line-width': width(6), 'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0.35, 0]
};

/** The southern spine's halo while the corridor is highlighted. */
export const SPINE_HALO = { 'line-color': '#facc15', 'line-width': width(9), 'line-opacity': 0.55, 'line-blur': 1 };
/** The "within N km" band around a corridor. */
export const BAND_FILL = { 'fill-color': '#c2410c', 'fill-opacity': 0.08 };
export const BAND_LINE = { 'line-color': '#c2410c', 'line-width': 1, 'line-dasharray': [3, 2], 'line-opacity': 0.7 };

export interface CorridorState { selected: boolean; dim: boolean }

/** Each corridor's state: selected or not, and dimmed when a spine is highlighted and it is not on it. */
export function corridorStates(corridors: readonly Corridor[], sel: string | null, spine: readonly string[] | null): Map<string, CorridorState> {
	return new Map(corridors.map((c) => {
		const id = c.properties.id;
		return [id, { selected: id === sel, dim: !!spine && !spine.includes(id) }];
	}));
}
