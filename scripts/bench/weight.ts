/** Gzip weight of the built site, by kind; "before the map" is what index.html loads before MapLibre's chunk. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? walk(p) : [p]; });
}

export interface Weight { beforeMap: number; beforeMapFiles: string[]; js: number; css: number; fonts: number; fontsLoaded: number; data: number }

/** `fontsRequested`: font paths the page actually fetched (browsers take only the unicode ranges they need). */
export function weigh(build: string, fontsRequested: string[] = []): Weight {
	const files = walk(build).map((f) => relative(build, f).split('\\').join('/'));
	const html = readFileSync(join(build, 'index.html'), 'utf8');
	// SvelteKit lists the entry and the page's static imports as modulepreload links and imports in the boot script.
	const initial = new Set([...html.matchAll(/(?:href|import\()\s*=?\s*"\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!.replace(/^\.\//, '')));
	const beforeMapFiles = files.filter((f) => initial.has(f));
	const sum = (xs: string[]) => xs.reduce((a, f) => a + gz(join(build, f)), 0);
	return {
		beforeMap: sum(beforeMapFiles),
		beforeMapFiles,
		js: sum(files.filter((f) => /\.m?js$/.test(f))),
		css: sum(files.filter((f) => f.endsWith('.css'))),
		fonts: sum(files.filter((f) => f.endsWith('.woff2'))),
		fontsLoaded: sum(files.filter((f) => fontsRequested.some((r) => r.endsWith(f)))),
		data: sum(files.filter((f) => f.startsWith('data/')))
	};
}
