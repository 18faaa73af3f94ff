/**
 * Prerender only: reads the files the data build wrote to static/data/ straight from disk, so the
 * prerendered page carries the real figures without SvelteKit inlining every data file into the HTML
 * (which its `fetch` does with what a load reads while prerendering). The browser fetches the same files.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadGeoData, type LoadResult } from './load';

export function readStaticData(dir = join(process.cwd(), 'static', 'data')): Promise<LoadResult> {
	const fromDisk = (async (input: RequestInfo | URL) => {
		const name = String(input).split('/').pop()!;
		try {
			return new Response(await readFile(join(dir, name)));
		} catch {
			return new Response(null, { status: 404 });
		}
	}) as typeof fetch;
	return loadGeoData(fromDisk);
}
