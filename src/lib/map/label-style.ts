/**
 * The base style with the app's label glyphs, as absolute URLs, and the map options that decide how
 * labels are drawn. One place, so the map and the benchmark's "floor + labels" page draw labels the same way.
 */
import type { MapOptions, StyleSpecification } from 'maplibre-gl';
import { baseStyle } from './styles/base';
import { CJK_FONTS } from './styles/sites';

export function labelStyle(): StyleSpecification {
	return baseStyle(new URL('./glyphs/', location.href).href);
}

/**
 * - `fadeDuration: 0`: a label is drawn in full the frame it is placed, instead of fading in over 300 ms.
 *   The map is not idle (and a slow phone keeps repainting) until every fade has finished, so the fade
 *   delayed the complete first view by 300 ms and cost frames after every move, for an effect nobody needs
 *   on a data map (and that `prefers-reduced-motion` users asked not to have).
 * - `localIdeographFontFamily`: Korean, Chinese and Japanese names are drawn from the device's fonts,
 *   never downloaded as glyph ranges.
 */
export const LABEL_MAP_OPTIONS = { fadeDuration: 0, localIdeographFontFamily: CJK_FONTS } as const satisfies Partial<MapOptions>;
