import { browser } from '$app/environment';
import { loadGeoData } from '$lib/data/load';
import type { PageLoad } from './$types';

/**
 * The page is prerendered with its real content (top bar, overview figures, legend counts) so the first
 * paint is useful text; the map fills in once the script runs. The browser loads the same files (the HTML
 * preloads them) before it hydrates, so the hydrated page matches the prerendered one.
 */
export const ssr = true;

export const load: PageLoad = async ({ fetch }) => {
	if (browser) return loadGeoData(fetch);
	const { readStaticData } = await import('$lib/data/read-static');
	return readStaticData();
};
