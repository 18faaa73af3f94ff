/**
 * Loads the validated copy of geodata/ that the build wrote to static/data/. Each file loads on its
 * own: one that fails leaves a notice and an empty collection, and every other layer still works.
 */
import { base } from '$app/paths';
import type { Corridor, GeoData, Place, ProvinceFigureT, Site, SourceT } from './types';
import type { DistancesFile } from '$lib/geo/distances-file';

/** `distances` is derived at build time; without it the app works, only the distance figures say so. */
export interface LoadResult { data: GeoData; failed: string[]; distances: DistancesFile | null }

async function getJson<T>(name: string, failed: string[], fallback: T, fetcher: typeof fetch): Promise<T> {
	try {
		const res = await fetcher(`${base}/data/${name}`);
		if (!res.ok) throw new Error(`HTTP ${res.status}`);
		return (await res.json()) as T;
	} catch (e) {
		console.warn(`data: ${name} failed to load: ${(e as Error).message}`);
		failed.push(name);
		return fallback;
	}
}

export async function loadGeoData(fetcher: typeof fetch = fetch): Promise<LoadResult> {
	const failed: string[] = [];
	const fc = <F>(name: string) => getJson<{ features: F[] }>(name, failed, { features: [] }, fetcher).then((x) => x.features ?? []);
	const [zones, clusters, corridors, places, province, sources, distances] = await Promise.all([
		fc<Site>('zones.geojson'),
		fc<Site>('clusters.geojson'),
		fc<Corridor>('corridors.geojson'),
		fc<Place>('places.geojson'),
		getJson<{ figures: ProvinceFigureT[] }>('province.json', failed, { figures: [] }, fetcher).then((x) => x.figures ?? []),
		getJson<{ sources: SourceT[] }>('sources.json', failed, { sources: [] }, fetcher).then((x) => x.sources ?? []),
		getJson<DistancesFile | null>('distances.json', failed, null, fetcher).then((x) => (x?.sites ? x : null))
	]);
	return {
		data: { zones, clusters, corridors, places, province, sources: Object.fromEntries(sources.map((s) => [s.id, s])) },
		failed,
		distances
	};
}
