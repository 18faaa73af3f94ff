import { browser } from '$app/environment';
import { loadGeoData } from '$lib/data/load';
import { loadMapLibre } from '$lib/map/maplibre';
import type { PageLoad } from './$types';

/**
 * The page is prerendered with its real content (top bar, overview figures, legend counts) so the first
 * paint is useful text; the map fills in once the script runs. The browser loads the same files (the HTML
 * preloads them) before it hydrates, so the hydrated page matches the prerendered one.
 */
export const ssr = true;

export const load: PageLoad = async ({ fetch }) => {
	if (browser) {
		// MapLibre and its worker load beside the data; the map is created once the page has hydrated.
		void loadMapLibre();
		return loadGeoData(fetch);
	}
	const { readStaticData } = await import('$lib/data/read-static');
	return readStaticData();
};
