import { loadWithin, within } from '$lib/data/progressive';
import { loadMapLibre } from '$lib/map/maplibre';
import { MAP_FIRST_WITHIN, startEarly } from '$lib/map/early';
import { loadMapLayers } from '$lib/lazy';
import type { PageLoad } from './$types';

/**
 * The page is prerendered with its real content (top bar, overview figures, legend counts) so the first
 * paint is useful text; the map fills in once the script runs. The browser loads the same files (the HTML
 * preloads them) before it hydrates, so the hydrated page matches the prerendered one — but it waits at most
 * HYDRATE_WITHIN ms: a late file is named on screen and joins when it arrives (issue 14).
 */
export const ssr = true;
const HYDRATE_WITHIN = 2500;

export const load: PageLoad = async ({ fetch }) => {
	// `import.meta.env.SSR` is a constant the client build folds away, with the import of the prerender-only,
	// node:fs-based reader in it: it never reaches the client bundle (read-static.guard.test.ts).
	if (import.meta.env.SSR) {
		const { readStaticData } = await import('$lib/data/read-static');
		return { ...(await readStaticData()), pending: [], listen: undefined };
	}
	// MapLibre and its worker load beside the data; the default view's map starts as soon as MapLibre is in,
	// and the page hydrates after it (early.ts); any other view's map starts once the page has hydrated.
	const ml = loadMapLibre();
	const early = startEarly(ml);
	void loadMapLayers();
	const data = await loadWithin(fetch, HYDRATE_WITHIN);
	await within(early, MAP_FIRST_WITHIN);
	return data;
};
