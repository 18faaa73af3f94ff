/**
 * The base style with the label fonts the app uses, as absolute URLs. One place, so the map and the
 * benchmark's "floor + labels" page draw labels the same way.
 */
import type { StyleSpecification } from 'maplibre-gl';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import vietnamese from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import latinB from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExtB from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import vietnameseB from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff2?url';
import { baseStyle } from './styles/base';

export function labelStyle(): StyleSpecification {
	const abs = (u: string) => new URL(u, location.href).href;
	return baseStyle(
		{ latin: abs(latin), latinExt: abs(latinExt), vietnamese: abs(vietnamese) },
		{ latin: abs(latinB), latinExt: abs(latinExtB), vietnamese: abs(vietnameseB) }
	);
}
