/**
 * Fonts, labels and what counts as shown, for zones and clusters (MapLibre style spec:
 * https://maplibre.org/maplibre-style-spec/layers/). The map owner and the base style read these before
 * the layers exist; the layers' feature-state paint is in ./site-paint.ts, which loads with the layers.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Lang } from '$lib/i18n/locale';

export const FONT = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';
/**
 * Hangul, kana and Han in ko/zh/ja labels are drawn by MapLibre from the device's own fonts
 * (`localIdeographFontFamily`), never fetched: no CJK glyphs ship with the app and no glyph server
 * is asked. The family list names the usual CJK fonts of each platform, then the generic family.
 */
export const CJK_FONTS = "'Noto Sans CJK KR', 'Noto Sans CJK SC', 'Noto Sans CJK JP', 'Apple SD Gothic Neo', 'Malgun Gothic', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans', 'Yu Gothic', sans-serif";
export const LABEL_PAINT = { 'text-color': '#1b1b1b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 };

/** Whether a rendered feature is shown: a hidden one is neither clickable nor counted as on the map. */
export function isShown(f: { state?: Record<string, unknown> }): boolean {
	return f.state?.hidden !== true;
}

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
