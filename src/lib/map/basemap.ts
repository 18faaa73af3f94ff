/**
 * The optional online street basemap (OpenFreeMap's Positron, OpenStreetMap data). The app never
 * depends on it: its layers slot in below ours when it loads, and a failure leaves the offline base.
 * Labels are redrawn with our self-hosted font; icon layers are dropped (no sprite is loaded).
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { FONT } from './styles/sites';

export const BASEMAP_URL = 'https://tiles.openfreemap.org/styles/positron';
export const BASEMAP_ATTRIBUTION = '© OpenStreetMap contributors · OpenFreeMap';
export const BASEMAP_PREFIX = 'osm-';

export interface Basemap { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] }

/** Renames a fetched style's sources and layers under our prefix, keeping only what draws without a sprite or glyph server. */
export function adaptBasemap(style: StyleSpecification): Basemap {
	const sources = Object.fromEntries(Object.entries(style.sources ?? {}).map(([k, v]) => [BASEMAP_PREFIX + k, v]));
	const layers: LayerSpecification[] = [];
	for (const l of style.layers ?? []) {
		if (l.type === 'background') continue;
		const layout = { ...((l as { layout?: Record<string, unknown> }).layout ?? {}) };
		if (l.type === 'symbol') {
			if (layout['icon-image'] && !layout['text-field']) continue;
			delete layout['icon-image'];
			layout['text-font'] = [FONT];
		}
		const src = (l as { source?: string }).source;
		layers.push({ ...l, id: BASEMAP_PREFIX + l.id, ...(src ? { source: BASEMAP_PREFIX + src } : {}), layout } as LayerSpecification);
	}
	return { sources, layers };
}
