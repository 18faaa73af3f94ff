/**
 * The base style with the app's label glyphs, as absolute URLs. One place, so the map and the
 * benchmark's "floor + labels" page draw labels the same way.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { baseStyle } from './styles/base';

export function labelStyle(): StyleSpecification {
	return baseStyle(new URL('./glyphs/', location.href).href);
}
