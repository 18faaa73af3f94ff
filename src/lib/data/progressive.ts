/**
 * The browser's data load before hydration. The page is prerendered with the real figures, and hydration
 * should see the same data, so the browser waits for the files before it hydrates — but never for a late
 * one: after `deadline` ms it hydrates with what has arrived, names what is still coming (`pending`), and
 * hands each later file to `listen` as it settles. One slow file never holds the whole app.
 */
import { DATA_FILES, loadGeoData, type DataFile, type LoadResult } from './load';

export interface Progressive extends LoadResult {
	/** Files not in yet when the deadline passed (empty when everything arrived in time). */
	pending: DataFile[];
	/** Hear each late file as it settles (with everything so far) and the final result; at once if all is in. */
	listen(onFile: (file: DataFile, sofar: LoadResult) => void, done: (all: LoadResult) => void): void;
}

/** Waits for `p` (its rejection comes through) or `ms`, whichever comes first, and leaves no timer behind. */
export async function within(p: Promise<unknown>, ms: number): Promise<void> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	try {
		await Promise.race([p, new Promise<void>((ok) => (timer = setTimeout(ok, ms)))]);
	} finally {
		clearTimeout(timer);
	}
}

const EMPTY: LoadResult = { data: { zones: [], clusters: [], corridors: [], places: [], province: [], sources: {} }, failed: [], distances: null };

export async function loadWithin(fetcher: typeof fetch, deadline: number): Promise<Progressive> {
	const arrived = new Set<DataFile>();
	let latest: LoadResult = EMPTY;
	let final: LoadResult | null = null;
	const listeners: { onFile: (f: DataFile, s: LoadResult) => void; done: (a: LoadResult) => void }[] = [];
	const all = loadGeoData(fetcher, (file, sofar) => {
		arrived.add(file);
		latest = sofar;
		for (const l of listeners) l.onFile(file, sofar);
	}).then((r) => {
		final = r;
		for (const l of listeners) l.done(r);
		return r;
	});
	await within(all, deadline);
	const snap: LoadResult = final ?? latest;
	return {
		...snap,
		pending: final ? [] : DATA_FILES.filter((f) => !arrived.has(f)),
		listen(onFile, done) {
			if (final) done(final);
			else listeners.push({ onFile, done });
		}
	};
}
