/**
 * Lighthouse (12.x: the last major that runs on Node 20) against the built site, served as a static host
 * would (gzip, immutable caching), with the desktop and the mobile preset, the median of `runs` runs each.
 * Chromium is /usr/bin/chromium (CHROME_PATH) with software WebGL; simulated throttling, as CI would.
 * Standalone: `npx tsx scripts/bench/lighthouse.ts [runs]` builds nothing and scores build/.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { median } from './measure';
import { serve } from './serve';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;
export type Preset = 'desktop' | 'mobile';
export interface LhFigures {
	/** Per preset: median score (0–100) per category, median value per metric, and every run's performance score. */
	[p: string]: { scores: Record<string, number>; metrics: Record<string, number>; perfRuns: number[]; failing: string[] };
}

const FLAGS = ['--headless=new', '--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking',
	'--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function lighthouseFigures(buildDir: string, runs: number, log: (s: string) => void = () => {}, dataDir?: string): Promise<LhFigures> {
	const server = await serve(buildDir, 0, dataDir, true);
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
	const out: LhFigures = {};
	try {
		for (const preset of ['desktop', 'mobile'] as Preset[]) {
			const lhrs = [];
			for (let r = 0; r < runs; r++) {
				log(`lighthouse ${preset} ${r + 1}/${runs}`);
				// A fresh browser per run: an empty cache and no leftover service worker.
				const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
				try {
					const res = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
						preset === 'desktop' ? desktopConfig : undefined);
					if (res) lhrs.push(res.lhr);
					// LH_SAVE=dir keeps each report, to see which element is the largest paint or what shifted.
					if (res && process.env.LH_SAVE) writeFileSync(join(process.env.LH_SAVE, `lh-${preset}-${r + 1}.json`), JSON.stringify(res.lhr));
				} finally {
					await chrome.kill();
				}
			}
			const scores: Record<string, number> = {};
			for (const c of CATEGORIES) scores[c] = median(lhrs.map((l) => Math.round((l.categories[c]?.score ?? 0) * 100)));
			const metrics: Record<string, number> = {};
			for (const m of METRICS) metrics[m] = median(lhrs.map((l) => l.audits[m]?.numericValue ?? NaN));
			// Audits that failed in the median-performance run, outside the performance category (what keeps a 100 from a 100).
			const failing = new Set<string>();
			for (const l of lhrs) {
				for (const c of CATEGORIES.slice(1)) {
					for (const ref of l.categories[c]?.auditRefs ?? []) {
						const a = l.audits[ref.id];
						if (ref.weight > 0 && a && a.score !== null && a.score < 1) failing.add(`${c}: ${ref.id}`);
					}
				}
			}
			out[preset] = { scores, metrics, perfRuns: lhrs.map((l) => Math.round((l.categories.performance?.score ?? 0) * 100)), failing: [...failing] };
		}
	} finally {
		server.close();
	}
	return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	// `[runs] [site dir] [data dir]`: the floor page too (its data is the app's build/data).
	const [runs, dir, data] = process.argv.slice(2);
	const figures = await lighthouseFigures(resolve(dir ?? resolve(import.meta.dirname, '../../build')), Number(runs ?? 1), (s) => process.stderr.write(`${s}\n`), data && resolve(data));
	process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
}
