import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { untrack } from 'svelte';

/**
 * Adds a GeoJSON source that starts with its data and follows it: `data` re-runs in an effect and is sent
 * again (`setData`) only after it changes. Adding the source empty and filling it in an effect made the worker
 * parse and tile every source twice before the first view was idle. Call during component initialisation.
 */
export function geojsonSource(map: MlMap, id: string, data: () => FeatureCollection, options: { promoteId?: string } = {}): void {
	map.addSource(id, { type: 'geojson', data: untrack(data), ...options });
	let first = true;
	$effect(() => {
		const next = data();
		// The first run reads what the source was just created with; it subscribes and sends nothing.
		if (first) { first = false; return; }
		(map.getSource(id) as GeoJSONSource).setData(next);
	});
}
