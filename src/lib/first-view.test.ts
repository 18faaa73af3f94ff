/**
 * Guards the first view's weight (issue 12): what the page imports statically ships before the map, so the
 * code a click or the map needs must stay behind a dynamic import (src/lib/lazy.ts). This walks the static
 * imports (not `import type`, not `import()`) from the page's entries and fails on any module that should load
 * later. `npm run bench` measures the bytes; this names the module that brought them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/routes/+page.svelte', 'src/routes/+page.ts', 'src/routes/+layout.svelte', 'src/routes/+layout.ts', 'src/hooks.client.ts'];

function resolveSpec(from: string, spec: string): string {
	const base = spec.startsWith('$lib/') ? join('src/lib', spec.slice(5)) : spec.startsWith('.') ? join(dirname(from), spec) : null;
	if (!base) return spec.split('?')[0]!;
	for (const c of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')]) if (existsSync(c) && !c.endsWith('/') && /\.(ts|js|svelte)$/.test(c)) return relative('.', resolve(c));
	return base;
}

/** Static imports of a module's code, each with the module that imports it first. */
function staticImports(roots: string[]): Map<string, string> {
	const seen = new Map<string, string>();
	const visit = (file: string, by: string): void => {
		if (seen.has(file)) return;
		seen.set(file, by);
		if (!/\.(ts|js|svelte)$/.test(file) || !existsSync(file)) return;
		let code = readFileSync(file, 'utf8');
		if (file.endsWith('.svelte')) code = [...code.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
		for (const m of code.matchAll(/^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
			const names = m[2]!.replace(/[{}]/g, '').split(',').map((s) => s.trim()).filter(Boolean);
			if (m[1] || (names.length && names.every((n) => n.startsWith('type ')))) continue;
			visit(resolveSpec(file, m[3]!), file);
		}
		for (const m of code.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) visit(resolveSpec(file, m[1]!), file);
	};
	for (const r of ROOTS) visit(r, '(entry)');
	return seen;
}

/** Loaded on demand, never before the map: click-only panels, exports, the map's own layers, Turf, prerender-only code. */
const LATER = [
	'src/lib/data/read-static.ts', 'src/lib/data/validate.ts', 'src/lib/data/validate-base.ts',
	'src/lib/export/formats.ts', 'src/lib/export/record.ts', 'src/lib/export/download.ts',
	'src/lib/components/SiteDetails.svelte', 'src/lib/components/PlaceDetails.svelte', 'src/lib/components/CorridorDetails.svelte',
	'src/lib/components/ListView.svelte', 'src/lib/components/FilterBody.svelte', 'src/lib/components/CompareTray.svelte',
	'src/lib/components/finder/FinderPanel.svelte', 'src/lib/components/SouthPanel.svelte',
	'src/lib/story/PresenterOverlay.svelte', 'src/lib/story/Kiosk.svelte', 'src/lib/pwa/register.ts',
	'src/lib/map/MapLayers.svelte', 'src/lib/map/styles/site-paint.ts', 'src/lib/geo/distances.ts', 'src/lib/geo/near.ts',
	'@turf/turf', 'qrcode', 'papaparse', 'maplibre-gl'
];

describe('the first view', () => {
	const first = staticImports(ROOTS);

	it('imports none of the code that loads on demand', () => {
		const found = LATER.filter((f) => first.has(f)).map((f) => `${f} (imported by ${first.get(f)})`);
		expect(found).toEqual([]);
	});

	it('reads the prerender-only data reader only where the client build folds it away', () => {
		const load = readFileSync('src/routes/+page.ts', 'utf8');
		const uses = [...load.matchAll(/read-static/g)].length;
		expect(uses).toBeGreaterThan(0);
		expect(load).toMatch(/if \(import\.meta\.env\.SSR\) \{\s*const \{ readStaticData \} = await import\('\$lib\/data\/read-static'\);/);
	});

	it('still reaches the modules it must hydrate (the walk follows real imports)', () => {
		for (const f of ['src/lib/components/ProvinceOverview.svelte', 'src/lib/components/Legend.svelte', 'src/lib/state/app-state.svelte.ts', 'src/lib/map/MapView.svelte']) {
			expect(first.has(f), f).toBe(true);
		}
	});
});
