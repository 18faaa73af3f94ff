/**
 * The only Playwright import of the suite. Every test gets a page that blocks every non-local
 * request, opts into the map test hook, and fails on any page error or console error.
 */
import { test as base, expect, type Page } from '@playwright/test';

export { expect };
export { axeProblems, focusRing, targetSizeProblems } from './a11y';
export { urlFuzzCases } from './url-fuzz';
export type { Page };

export interface MapProbe {
	/** Ids of the features MapLibre has rendered in the given layers. */
	rendered(layers: string[]): Promise<string[]>;
	/** Click the rendered feature with this id (its pixel, as the map projects it). */
	click(id: string, layers: string[]): Promise<void>;
	paint(layer: string, prop: string): Promise<unknown>;
	/** A feature's state (colour, hidden, dim, selected): how filters and styling reach the map without re-tiling. */
	state(source: string, id: string): Promise<Record<string, unknown>>;
	visibility(layer: string): Promise<string>;
}

export interface Fixtures {
	errors: string[];
	open: (query?: string) => Promise<void>;
	map: MapProbe;
}

const LOCAL = /^(http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/;

export const test = base.extend<Fixtures>({
	errors: async ({ page }, use) => {
		const errors: string[] = [];
		await page.context().route('**/*', (route) => (LOCAL.test(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
		page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
		page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`console: ${msg.text()}`); });
		// A request the browser cancels because the page navigated (a reload) is not a failure.
		page.on('requestfailed', (r) => {
			if (LOCAL.test(r.url()) && r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`requestfailed: ${r.url()}`);
		});
		await page.addInitScript(() => localStorage.setItem('tnim:test', '1'));
		await use(errors);
		expect(errors, 'no page errors, console errors or failed local requests').toEqual([]);
	},
	open: async ({ page, errors }, use) => {
		void errors;
		await use(async (query = '') => {
			await page.goto(`/${query ? (query.startsWith('?') ? query : '?' + query) : ''}`);
			await expect(page.locator('.map[data-idle="true"]')).toBeAttached({ timeout: 45_000 });
		});
	},
	map: async ({ page }, use) => {
		await use({
			// What a person sees: the hook leaves out features the filters hide (feature-state, drawn at opacity 0).
			rendered: (layers) => page.evaluate((ls) => (window as never as { __tnim: { shown(l: string[]): string[] } }).__tnim.shown(ls), layers),
			click: async (id, layers) => {
				const pt = await page.evaluate(([fid, ls]) => {
					type M = { queryRenderedFeatures(o: object): { properties: { id: string }; state?: { hidden?: boolean }; geometry: { type: string; coordinates: number[] | number[][][] } }[]; project(c: number[]): { x: number; y: number } };
					const m = (window as never as { __tnim: { map: M } }).__tnim.map;
					const f = m.queryRenderedFeatures({ layers: ls as string[] }).find((x) => x.properties.id === fid && x.state?.hidden !== true);
					if (!f) return null;
					const g = f.geometry;
					const c = g.type === 'Point' ? (g.coordinates as number[]) : (g.coordinates as number[][][])[0]!.reduce((a, p) => [a[0]! + p[0]! / (g.coordinates as number[][][])[0]!.length, a[1]! + p[1]! / (g.coordinates as number[][][])[0]!.length], [0, 0]);
					const r = (document.querySelector('.map canvas') as HTMLCanvasElement).getBoundingClientRect();
					const p = m.project(c);
					return { x: r.left + p.x, y: r.top + p.y };
				}, [id, layers] as const);
				if (!pt) throw new Error(`feature ${id} is not rendered in ${layers.join(', ')}`);
				await page.mouse.click(pt.x, pt.y);
			},
			paint: (layer, prop) => page.evaluate(([l, p]) => (window as never as { __tnim: { map: { getPaintProperty(a: string, b: string): unknown } } }).__tnim.map.getPaintProperty(l!, p!), [layer, prop]),
			state: (source, id) => page.evaluate(([s, i]) => (window as never as { __tnim: { map: { getFeatureState(f: object): Record<string, unknown> } } }).__tnim.map.getFeatureState({ source: s, id: i }), [source, id]),
			visibility: (layer) => page.evaluate((l) => String((window as never as { __tnim: { map: { getLayoutProperty(a: string, b: string): unknown } } }).__tnim.map.getLayoutProperty(l, 'visibility') ?? 'visible'), layer)
		});
	}
});
