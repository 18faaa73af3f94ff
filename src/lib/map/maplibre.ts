/**
 * Loads MapLibre once, points it at its worker and starts the worker (`prewarm`), so the worker script
 * downloads and boots while the page still loads its data, not after the map is created.
 */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

type MapLibre = typeof import('maplibre-gl');
let loading: Promise<MapLibre> | null = null;

export function loadMapLibre(): Promise<MapLibre> {
	loading ??= import('maplibre-gl').then((ml) => {
		ml.setWorkerUrl(new URL(workerUrl, location.href).href);
		ml.prewarm();
		return ml;
	}, (e: unknown) => {
		// Not kept: a later call (the page once it has hydrated) asks again.
		loading = null;
		throw e;
	});
	return loading;
}
