/**
 * The embedded offline base: a quiet background and nothing that needs the network. Labels are drawn
 * from glyph ranges the build writes for exactly the characters the labels use
 * (scripts/build-glyphs.ts; https://maplibre.org/maplibre-style-spec/glyphs/): a few small files and no
 * rasterising in the page. Han, Hangul and kana come from the device's fonts (MapLibre's
 * `localIdeographFontFamily`, on by default), so no CJK range is ever requested.
 */
import type { StyleSpecification } from 'maplibre-gl';

export const BACKGROUND = '#eef1ec';

/** `glyphsRoot`: the absolute URL of the glyphs folder, ending in a slash. */
export function baseStyle(glyphsRoot: string): StyleSpecification {
	return {
		version: 8,
		name: 'Thái Nguyên offline base',
		// Built by hand: URL() would percent-encode MapLibre's {fontstack} and {range} tokens.
		glyphs: `${glyphsRoot}{fontstack}/{range}.pbf`,
		sources: {},
		layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND } }]
	};
}
