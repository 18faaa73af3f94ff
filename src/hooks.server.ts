/**
 * Prerender only (the site is static): the home page's HTML asks for what the map needs as soon as it is
 * parsed — the MapLibre chunk (a dynamic import Vite would otherwise fetch only once the page script runs),
 * every data file and the label glyph ranges the build wrote (the map asks for those only once its style
 * and tiles are in) — so they download beside the page's own script.
 */
import type { Handle } from '@sveltejs/kit';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MANIFEST = join(process.cwd(), '.svelte-kit', 'output', 'client', '.vite', 'manifest.json');
const DATA = join(process.cwd(), 'static', 'data');
const GLYPHS = join(process.cwd(), 'static', 'glyphs');
const VIETNAMESE_RANGES = ['0-255.pbf', '256-511.pbf', '7680-7935.pbf'];
const ASSETS = join(process.cwd(), '.svelte-kit', 'output', 'client', '_app', 'immutable', 'assets');
/** The interface's text faces the default (Vietnamese) view paints with: fetched early, they swap in before the first paint, not after it (no layout shift). */
const UI_FONTS = /^noto-sans-(latin|vietnamese)-(400|700)-normal\.[\w-]+\.woff2$/;

function preloads(): string {
	const links: string[] = [];
	if (existsSync(MANIFEST)) {
		const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, { file: string }>;
		const chunk = manifest['node_modules/maplibre-gl/dist/maplibre-gl.mjs'];
		if (chunk) links.push(`<link rel="modulepreload" href="./${chunk.file}">`);
	}
	if (existsSync(ASSETS)) {
		for (const f of readdirSync(ASSETS).filter((n) => UI_FONTS.test(n)).sort()) {
			links.push(`<link rel="preload" as="font" type="font/woff2" crossorigin="anonymous" href="./_app/immutable/assets/${f}">`);
		}
	}
	if (existsSync(DATA)) {
		// Files only: data/base/ (the context layers) loads after the first map:idle, not before the map.
		const files = readdirSync(DATA, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);
		for (const f of files.sort()) links.push(`<link rel="preload" as="fetch" crossorigin="anonymous" href="./data/${f}">`);
	}
	// The ranges Vietnamese names are written in (Latin-1, Latin Extended-A/B, Latin Extended Additional);
	// a rarer one (a dash, an arrow) loads when a label asks for it.
	if (existsSync(GLYPHS)) {
		for (const stack of readdirSync(GLYPHS).sort()) {
			for (const f of readdirSync(join(GLYPHS, stack)).filter((n) => VIETNAMESE_RANGES.includes(n)).sort()) {
				links.push(`<link rel="preload" as="fetch" crossorigin="anonymous" href="./glyphs/${encodeURIComponent(stack)}/${f}">`);
			}
		}
	}
	return links.join('\n\t\t');
}

export const handle: Handle = ({ event, resolve }) => {
	if (event.route.id !== '/') return resolve(event);
	const head = preloads();
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('</head>', `\t${head}\n\t</head>`) });
};
