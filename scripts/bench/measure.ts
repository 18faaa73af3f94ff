/** What the benchmark measures in a page: time to the first `map:idle`, and interaction latency. */
import type { Browser } from '@playwright/test';

export const VIEWPORT = { width: 1440, height: 900 };

/** ms from navigation start to the `map:idle` mark, in a fresh context (empty cache). */
export async function timeToIdle(browser: Browser, url: string): Promise<{ idle: number; created: number }> {
	const ctx = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await ctx.newPage();
		await page.goto(url);
		await page.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, { timeout: 90_000 });
		// `map:created` (app: map/create.ts; floor: right after `new Map`) splits the time: before the map exists, and after.
		return await page.evaluate(() => ({
			idle: performance.getEntriesByName('map:idle')[0]!.startTime,
			created: performance.getEntriesByName('map:created')[0]?.startTime ?? NaN
		}));
	} finally {
		await ctx.close();
	}
}

/**
 * GPU programs the page links before its first `map:idle` (each link blocks the main thread until the driver
 * has compiled it: ~60 ms apiece on software GL). Counted by wrapping WebGL's linkProgram before any script runs.
 */
export async function programsAtIdle(browser: Browser, url: string): Promise<number> {
	const ctx = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await ctx.newPage();
		await page.addInitScript(() => {
			const w = window as unknown as { __links: number };
			w.__links = 0;
			for (const P of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
				const link = P.linkProgram;
				P.linkProgram = function (this: WebGLRenderingContext, p: WebGLProgram) { w.__links++; return link.call(this, p); };
			}
		});
		await page.goto(url);
		await page.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, { timeout: 90_000 });
		return await page.evaluate(() => (window as unknown as { __links: number }).__links);
	} finally {
		await ctx.close();
	}
}

export const INTERACTIONS = ['restyle', 'filter', 'select', 'lang'] as const;
export type Interaction = (typeof INTERACTIONS)[number];
export interface Latency { update: number[]; work: number[]; visible: number[] }

/**
 * Times one interaction `reps` times through the test hook (window.__tnim.app). `update` is the change,
 * Svelte's flush run at once (`flushSync`: every effect the change causes, DOM and map calls) and a forced
 * style/layout: the app's own cost. `work` is that plus a synchronous MapLibre frame (map.redraw()): the
 * main-thread cost that decides whether the change makes the next frame. `visible` runs on until the map
 * is idle again, i.e. the first frame that shows the result (for filters, after the worker re-tiles).
 */
export async function latency(browser: Browser, url: string, kind: Interaction, reps: number): Promise<Latency> {
	const ctx = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await ctx.newPage();
		await page.addInitScript(() => localStorage.setItem('tnim:test', '1'));
		// tsx compiles this file with keepNames: functions inside page.evaluate call a __name helper the page lacks.
		await page.addInitScript('window.__name = (f) => f');
		await page.goto(url);
		await page.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, { timeout: 90_000 });
		return await page.evaluate(async ({ kind, reps }) => {
			type App = { setStyleBy(b: string): void; filters: { status: string[] }; sel: string | null; lang: string };
			type M = { redraw(): void; triggerRepaint(): void; once(e: string, f: () => void): void };
			const { app, map, flush } = (window as unknown as { __tnim: { app: App; map: M; flush(): void } }).__tnim;
			const idle = () => new Promise<void>((ok) => { map.once('idle', ok); map.triggerRepaint(); });
			const change: Record<string, (i: number) => void> = {
				restyle: (i) => app.setStyleBy(i % 2 ? 'sector' : 'status'),
				filter: (i) => { app.filters.status = i % 2 ? ['operating'] : []; },
				select: (i) => { app.sel = i % 2 ? 'kcn-yen-binh' : 'kcn-song-cong-1'; },
				lang: (i) => { app.lang = i % 2 ? 'en' : 'vi'; }
			};
			const update: number[] = [];
			const work: number[] = [];
			const visible: number[] = [];
			for (let i = -1; i < reps; i++) { // one warm-up
				await idle();
				const t0 = performance.now();
				change[kind]!(i + 2);
				// Svelte's flush, now: every effect (DOM and map calls) the change causes, and nothing else.
				flush();
				void document.body.getBoundingClientRect().height;
				const tu = performance.now();
				map.redraw();
				const t1 = performance.now();
				await idle();
				const t2 = performance.now();
				if (i >= 0) { update.push(tu - t0); work.push(t1 - t0); visible.push(t2 - t0); }
			}
			return { update, work, visible };
		}, { kind, reps });
	} finally {
		await ctx.close();
	}
}

export function pct(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}
export const median = (xs: number[]) => pct(xs, 50);
