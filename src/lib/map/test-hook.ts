import { flushSync } from 'svelte';
import type { Map as MlMap } from 'maplibre-gl';
import type { AppState } from '$lib/state/app-state.svelte';
import { isShown } from './styles/sites';

/**
 * End-to-end tests assert on map state (rendered features, filters, camera). They opt in by setting
 * localStorage `tnim:test` before the page loads; ordinary visitors never get the global.
 * `shown(layers)`: ids of the features drawn in those layers that a person sees; filters hide sites
 * through feature-state, so MapLibre still renders (and would list) the hidden ones at opacity 0.
 * `flush`: Svelte's own flush, run now (the benchmark times a change → its DOM and map updates with it,
 * without the unrelated tasks a macrotask wait would also count).
 */
export function exposeForTests(map: MlMap, app: AppState): void {
	try {
		if (localStorage.getItem('tnim:test') !== '1') return;
	} catch {
		return;
	}
	// Layers not added yet (the geographic context joins after the first idle) are an error the caller sees (a poll
	// retries it), not an empty answer that would pass a "shows nothing" check; MapLibre would log it to the console.
	const shown = (layers: string[]) => {
		const present = layers.filter((l) => map.getLayer(l));
		if (!present.length) throw new Error(`test hook: none of ${layers.join(', ')} is on the map yet`);
		return [...new Set(map.queryRenderedFeatures({ layers: present }).filter(isShown).map((f) => String(f.properties.id)))].sort();
	};
	(window as unknown as { __tnim: unknown }).__tnim = { map, app, shown, flush: flushSync };
}
