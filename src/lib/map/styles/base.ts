/**
 * The embedded offline base: a quiet background and nothing that needs the network. Labels are drawn
 * from self-hosted Noto Sans woff2 files through the style's `font-faces`
 * (https://maplibre.org/maplibre-style-spec/font-faces/), so Vietnamese diacritics render offline.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { FONT, FONT_BOLD } from './sites';

export interface FontFiles { latin: string; latinExt: string; vietnamese: string }

// The subsets' unicode ranges as @fontsource publishes them.
const RANGES = {
	latin: ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2212'],
	latinExt: ['U+0100-02BA', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+20A0-20AB'],
	vietnamese: ['U+0102-0103', 'U+0110-0111', 'U+0128-0129', 'U+0168-0169', 'U+01A0-01A1', 'U+01AF-01B0', 'U+0300-0309', 'U+0323', 'U+1EA0-1EF9']
};

function faces(f: FontFiles) {
	return [
		{ url: f.vietnamese, 'unicode-range': RANGES.vietnamese },
		{ url: f.latin, 'unicode-range': RANGES.latin },
		{ url: f.latinExt, 'unicode-range': RANGES.latinExt }
	];
}

export const BACKGROUND = '#eef1ec';

export function baseStyle(regular: FontFiles, bold: FontFiles): StyleSpecification {
	return {
		version: 8,
		name: 'Thái Nguyên offline base',
		'font-faces': { [FONT]: faces(regular), [FONT_BOLD]: faces(bold) },
		sources: {},
		layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND } }]
	} as StyleSpecification;
}
