/**
 * Prerender only (the site is static): the home page's HTML asks for what the map needs as soon as it is
 * parsed — the MapLibre chunk (a dynamic import Vite would otherwise fetch only once the page script runs)
 * and every data file the build wrote — so they download beside the page's own script.
 */
import type { Handle } from '@sveltejs/kit';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MANIFEST = join(process.cwd(), '.svelte-kit', 'output', 'client', '.vite', 'manifest.json');
const DATA = join(process.cwd(), 'static', 'data');

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
	return links.join('\n\t\t');
}

export const handle: Handle = ({ event, resolve }) => {
	if (event.route.id !== '/') return resolve(event);
	const head = preloads();
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('</head>', `\t${head}\n\t</head>`) });
};
