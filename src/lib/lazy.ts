/**
 * Code the first view does not show loads on demand, each chunk once. MapLibre's own layers start
 * loading beside MapLibre (src/routes/+page.ts); the panels a first click opens are fetched while the
 * browser is idle after the map's first `map:idle`, so that click does not wait on the network (issue 12).
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
	let p: Promise<T> | null = null;
	return () => (p ??= load().catch((e: unknown) => { p = null; throw e; }));
}

export const loadMapLayers = once(() => import('$lib/map/MapLayers.svelte'));
export const loadSiteDetails = once(() => import('$lib/components/SiteDetails.svelte'));
export const loadPlaceDetails = once(() => import('$lib/components/PlaceDetails.svelte'));
export const loadCorridorDetails = once(() => import('$lib/components/CorridorDetails.svelte'));
export const loadFilterBody = once(() => import('$lib/components/FilterBody.svelte'));
export const loadListView = once(() => import('$lib/components/ListView.svelte'));
export const loadFinder = once(() => import('$lib/components/finder/FinderPanel.svelte'));
export const loadSouth = once(() => import('$lib/components/SouthPanel.svelte'));

/**
 * What one click can open: fetched ahead, at idle time, once the map has drawn. Not the land finder: it is
 * a form one sets out to fill, and its chunk carries the matcher; it loads when opened.
 */
const FIRST_CLICK = [loadFilterBody, loadSiteDetails, loadPlaceDetails, loadCorridorDetails, loadListView, loadSouth];

/** After the `map:idle` mark (MapView), at the browser's next idle moment, fetch the first-click chunks. */
export function prefetchAfterMapIdle(): void {
	if (typeof PerformanceObserver === 'undefined') return;
	let done = false;
	const go = () => {
		if (done) return;
		done = true;
		observer.disconnect();
		const idle = (cb: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(cb, { timeout: 2000 }) : setTimeout(cb, 200));
		// A failed prefetch is only a missed head start: `once` forgets it, so the click asks for the chunk again.
		idle(() => { for (const load of FIRST_CLICK) load().catch(() => {}); });
	};
	const observer = new PerformanceObserver((list) => { if (list.getEntriesByName('map:idle').length) go(); });
	observer.observe({ type: 'mark', buffered: true });
}
