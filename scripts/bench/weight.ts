/** Gzip weight of the built site, by kind; "before the map" is what index.html loads before MapLibre's chunk. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? walk(p) : [p]; });
}

export interface Weight {
	beforeMap: number; beforeMapFiles: string[]; js: number; css: number; fonts: number; fontsLoaded: number; data: number;
	/** The data files the first view fetched (before its first idle), and their gzip weight. */
	dataFirstView: number; dataFirstViewFiles: string[];
	/** Locales (of messages/*.json) whose catalogue ships in the JS before the map; the target is the current one only. */
	localesBeforeMap: string[];
}

/** The MapLibre chunk: index.html preloads it so it downloads early, but it is the map, not what comes before it. */
function mapChunks(build: string): Set<string> {
	try {
		const m = JSON.parse(readFileSync(join(build, '..', '.svelte-kit', 'output', 'client', '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
		return new Set(Object.entries(m).filter(([k]) => k.includes('node_modules/maplibre-gl/')).map(([, v]) => v.file));
	} catch {
		return new Set();
	}
}

/** A locale counts as shipped when its own wording of a few long messages is in the code. */
function localesIn(code: string, messagesDir: string): string[] {
	return readdirSync(messagesDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).filter((loc) => {
		const msgs = JSON.parse(readFileSync(join(messagesDir, `${loc}.json`), 'utf8')) as Record<string, unknown>;
		const samples = Object.values(msgs).filter((v): v is string => typeof v === 'string' && v.length > 24 && !/[{}\\"]/.test(v)).slice(0, 5);
		return samples.some((t) => code.includes(t));
	});
}

/** `fontsRequested`: font paths the page actually fetched (browsers take only the unicode ranges they need). */
export function weigh(build: string, fontsRequested: string[] = [], dataRequested: string[] = []): Weight {
	const files = walk(build).map((f) => relative(build, f).split('\\').join('/'));
	const html = readFileSync(join(build, 'index.html'), 'utf8');
	// SvelteKit lists the entry and the page's static imports as modulepreload links and imports in the boot script.
	const initial = new Set([...html.matchAll(/(?:href|import\()\s*=?\s*"\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!.replace(/^\.\//, '')));
	const map = mapChunks(build);
	const beforeMapFiles = files.filter((f) => initial.has(f) && !map.has(f.replace(/^\.\//, '')));
	const sum = (xs: string[]) => xs.reduce((a, f) => a + gz(join(build, f)), 0);
	return {
		beforeMap: sum(beforeMapFiles),
		beforeMapFiles,
		js: sum(files.filter((f) => /\.m?js$/.test(f))),
		css: sum(files.filter((f) => f.endsWith('.css'))),
		// The interface's woff2 faces and the map's label glyph ranges.
		fonts: sum(files.filter((f) => f.endsWith('.woff2') || f.endsWith('.pbf'))),
		fontsLoaded: sum(files.filter((f) => fontsRequested.some((r) => r.endsWith(f)))),
		data: sum(files.filter((f) => f.startsWith('data/'))),
		dataFirstView: sum(dataRequested.filter((f) => files.includes(f))),
		dataFirstViewFiles: dataRequested,
		localesBeforeMap: localesIn(beforeMapFiles.map((f) => readFileSync(join(build, f), 'utf8')).join('\n'), join(build, '..', 'messages'))
	};
}
