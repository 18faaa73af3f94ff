import type { Map as MlMap } from 'maplibre-gl';
import type { AppState } from '$lib/state/app-state.svelte';

/**
 * End-to-end tests assert on map state (rendered features, filters, camera). They opt in by setting
 * localStorage `tnim:test` before the page loads; ordinary visitors never get the global.
 */
export function exposeForTests(map: MlMap, app: AppState): void {
	try {
		if (localStorage.getItem('tnim:test') !== '1') return;
	} catch {
		return;
	}
	(window as unknown as { __tnim: unknown }).__tnim = { map, app };
}
