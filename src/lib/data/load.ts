/**
 * Loads the validated copy of geodata/ that the build wrote to static/data/. Each file loads on its
 * own: one that fails leaves a notice and an empty collection, and every other layer still works.
 * `onFile` hears of each file as it settles, with everything that has arrived so far, so a layer
 * renders as soon as its own file is in (zones never wait for places or distances).
 */
import { base } from '$app/paths';
import type { Corridor, GeoData, Place, ProvinceFigureT, Site, SourceT } from './types';
import type { DistancesFile } from '$lib/geo/distances-file';

/** `distances` is derived at build time; without it the app works, only the distance figures say so. */
export interface LoadResult { data: GeoData; failed: string[]; distances: DistancesFile | null }

/** Every file the app loads, in the order it needs them. */
export const DATA_FILES = ['zones.geojson', 'clusters.geojson', 'corridors.geojson', 'places.geojson', 'province.json', 'sources.json', 'distances.json'] as const;
export type DataFile = (typeof DATA_FILES)[number];

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

export async function loadGeoData(fetcher: typeof fetch = fetch, onFile?: (file: DataFile, sofar: LoadResult) => void): Promise<LoadResult> {
	const failed: string[] = [];
	const out: LoadResult = { data: { zones: [], clusters: [], corridors: [], places: [], province: [], sources: {} }, failed, distances: null };
	const settle = <T>(file: DataFile, p: Promise<T>, put: (v: T) => void) =>
		p.then((v) => {
			put(v);
			onFile?.(file, { data: { ...out.data }, failed: [...failed], distances: out.distances });
		});
	const fc = <F>(name: DataFile) => getJson<{ features: F[] }>(name, failed, { features: [] }, fetcher).then((x) => x.features ?? []);
	await Promise.all([
		settle('zones.geojson', fc<Site>('zones.geojson'), (v) => (out.data.zones = v)),
		settle('clusters.geojson', fc<Site>('clusters.geojson'), (v) => (out.data.clusters = v)),
		settle('corridors.geojson', fc<Corridor>('corridors.geojson'), (v) => (out.data.corridors = v)),
		settle('places.geojson', fc<Place>('places.geojson'), (v) => (out.data.places = v)),
		settle('province.json', getJson<{ figures: ProvinceFigureT[] }>('province.json', failed, { figures: [] }, fetcher), (x) => (out.data.province = x.figures ?? [])),
		settle('sources.json', getJson<{ sources: SourceT[] }>('sources.json', failed, { sources: [] }, fetcher), (x) => (out.data.sources = Object.fromEntries((x.sources ?? []).map((s) => [s.id, s])))),
		settle('distances.json', getJson<DistancesFile | null>('distances.json', failed, null, fetcher), (x) => (out.distances = x?.sites ? x : null))
	]);
	return { data: { ...out.data }, failed: [...failed], distances: out.distances };
}
