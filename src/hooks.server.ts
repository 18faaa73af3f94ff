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

function preloads(): string {
	const links: string[] = [];
	if (existsSync(MANIFEST)) {
		const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, { file: string }>;
		const chunk = manifest['node_modules/maplibre-gl/dist/maplibre-gl.mjs'];
		if (chunk) links.push(`<link rel="modulepreload" href="./${chunk.file}">`);
	}
	if (existsSync(DATA)) {
		for (const f of readdirSync(DATA).sort()) links.push(`<link rel="preload" as="fetch" crossorigin="anonymous" href="./data/${f}">`);
	}
	// The ranges hold only characters the labels use, so a first view needs nearly all of them.
	if (existsSync(GLYPHS)) {
		for (const stack of readdirSync(GLYPHS).sort()) {
			for (const f of readdirSync(join(GLYPHS, stack)).sort()) {
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
