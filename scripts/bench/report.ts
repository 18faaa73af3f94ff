/** Turns the benchmark's figures into one markdown table per measure, each figure beside its target. */
import { INTERACTIONS, median, pct, type Interaction, type Latency } from './measure';
import type { Weight } from './weight';
import { CATEGORIES, type LhFigures } from './lighthouse';

export interface Figures {
	runs: number; reps: number;
	idle: { app: number[]; floor: number[]; floorLabels: number[]; synApp: number[]; synFloor: number[] };
	/** The same runs' `map:created` marks: when each page had created its map. */
	created: { app: number[]; floor: number[]; floorLabels: number[]; synApp: number[]; synFloor: number[] };
	/** Lighthouse medians per preset, or null when skipped (`--no-lighthouse`, BENCH_LH_RUNS=0). */
	lh: LhFigures | null; lhRuns: number;
	/** The same Lighthouse presets on the floor page (bare MapLibre on the same data): the reference for the app's score. */
	lhFloor: LhFigures | null;
	/** GPU programs linked before the first `map:idle`. */
	programs: { app: number; floor: number; floorLabels: number };
	lat: { base: Record<Interaction, Latency>; syn: Record<Interaction, Latency> };
	weight: Weight; synData: number; synCount: number; fontsFetched: string[];
	machine: { cpu: string; cores: number; memGb: number; chromium: string; gl: string; load: string; node: string; date: string };
}

const ms = (n: number) => `${Math.round(n)} ms`;
const ms1 = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean, gap: string) => (ok ? 'met' : `**missed** (${gap})`);
/** Targets (issue 12): restyle and filter judged on `work` p95; selection → panel and the language switch on `update` p95. */
const WORK_TARGET: Record<Interaction, number | null> = { restyle: 16, filter: 16, select: null, lang: null };
const UPDATE_TARGET: Record<Interaction, number | null> = { restyle: null, filter: null, select: 50, lang: 50 };
/** A filter shows within two frames (60 Hz) after its `work`: no re-tiling. */
const FRAME = 1000 / 60;
const LH_TARGET: Record<string, Record<string, number>> = {
	desktop: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
	mobile: { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 }
};

export function report(f: Figures): string {
	const m = f.machine;
	const a = median(f.idle.app), fl = median(f.idle.floor), fll = median(f.idle.floorLabels), sa = median(f.idle.synApp), sf = median(f.idle.synFloor);
	const ratio = a / fl, growth = sa / a;
	const w = f.weight;
	const out: string[] = [
		`Measured ${m.date} on ${m.cpu} (${m.cores} cores, ${m.memGb} GB), Chromium ${m.chromium}, WebGL renderer "${m.gl}", Node ${m.node}; 1-minute load average ${m.load} (start → end; other work on the machine inflates every figure). ` +
			`${f.runs} alternating runs per page, ${f.reps} repetitions per interaction; viewport 1440×900.`,
		'',
		'### Time to first `map:idle` (median, navigation start → mark)',
		'',
		'| page | median | runs | target | verdict |',
		'|---|---|---|---|---|',
		`| floor (bare MapLibre, same data) | ${ms(fl)} | ${f.idle.floor.map(Math.round).join(', ')} | | |`,
		`| floor + the app's label layers (same fonts, sizes, fields) | ${ms(fll)} | ${f.idle.floorLabels.map(Math.round).join(', ')} | | ${(fll / fl).toFixed(2)}× floor: what labels cost |`,
		`| app | ${ms(a)} | ${f.idle.app.map(Math.round).join(', ')} | ≤ 1.15 × floor | ${ratio.toFixed(2)}× — ${verdict(ratio <= 1.15, `${ms(a - 1.15 * fl)} over`)}; ${(a / fll).toFixed(2)}× floor + labels |`,
		`| floor, 30× synthetic data | ${ms(sf)} | ${f.idle.synFloor.map(Math.round).join(', ')} | | |`,
		`| app, 30× synthetic data (${f.synCount} sites) | ${ms(sa)} | ${f.idle.synApp.map(Math.round).join(', ')} | ≤ 1.5 × app | ${growth.toFixed(2)}× — ${verdict(growth <= 1.5, `${ms(sa - 1.5 * a)} over`)}; ${(sa / sf).toFixed(2)}× its floor |`,
		'',
		'Where the time goes (medians of the same runs): before the map exists (navigation → `map:created`), and from then to the first idle.',
		'',
		'| page | map created | created → idle |',
		'|---|---|---|',
		...(['floor', 'floorLabels', 'app', 'synFloor', 'synApp'] as const).map((k) => {
			const c = f.created[k].map((x, i) => [x, f.idle[k][i]! - x] as const).filter(([x]) => Number.isFinite(x));
			const name = { floor: 'floor', floorLabels: 'floor + labels', app: 'app', synFloor: 'floor, 30×', synApp: 'app, 30×' }[k];
			return c.length ? `| ${name} | ${ms(median(c.map(([x]) => x)))} | ${ms(median(c.map(([, d]) => d)))} |` : `| ${name} | not marked | |`;
		}),
		'',
		`GPU programs linked before the first idle (each blocks the main thread while the driver compiles it): app ${f.programs.app}, floor ${f.programs.floor}, floor + labels ${f.programs.floorLabels}.`,
		'',
		'### Interaction latency (p50 / p95)',
		'',
		'`update`: change → Svelte\'s flush, run at once (`flushSync`) → forced style/layout (the app\'s own cost). ' +
			'`work`: change → Svelte flush → forced layout → synchronous MapLibre frame (`map.redraw()`), the main-thread cost that decides whether the change makes the next frame. ' +
			'`visible`: change → the map is idle again (first frame showing the result; includes the worker re-tiling after a filter and SwiftShader drawing).',
		'',
		'Targets: restyle and filter `work` p95 ≤ 16 ms; a filter `visible` p95 ≤ 2 frames (33 ms) after its `work` p95; selection → panel and language `update` p95 ≤ 50 ms; the same at 30×.',
		'',
		'| interaction | update p50 | update p95 | work p50 | work p95 | visible p50 | visible p95 | 30× update p95 | 30× work p95 | 30× visible p95 | target | verdict |',
		'|---|---|---|---|---|---|---|---|---|---|---|---|'
	];
	for (const k of INTERACTIONS) {
		const b = f.lat.base[k], s = f.lat.syn[k], tw = WORK_TARGET[k], tu = UPDATE_TARGET[k];
		const targets: string[] = [], verdicts: string[] = [];
		if (tw) {
			const worst = Math.max(pct(b.work, 95), pct(s.work, 95));
			targets.push(`work ≤ ${tw} ms`);
			verdicts.push(verdict(worst <= tw, `work ${ms1(worst - tw)} over`));
		}
		if (tu) {
			const worst = Math.max(pct(b.update, 95), pct(s.update, 95));
			targets.push(`update ≤ ${tu} ms`);
			verdicts.push(verdict(worst <= tu, `update ${ms1(worst - tu)} over`));
		}
		if (k === 'filter') {
			const lag = Math.max(pct(b.visible, 95) - pct(b.work, 95), pct(s.visible, 95) - pct(s.work, 95));
			targets.push('visible ≤ work + 2 frames');
			verdicts.push(verdict(lag <= 2 * FRAME, `visible ${ms1(lag - 2 * FRAME)} over`));
		}
		out.push(`| ${k} | ${ms1(pct(b.update, 50))} | ${ms1(pct(b.update, 95))} | ${ms1(pct(b.work, 50))} | ${ms1(pct(b.work, 95))} | ${ms1(pct(b.visible, 50))} | ${ms1(pct(b.visible, 95))} | ${ms1(pct(s.update, 95))} | ${ms1(pct(s.work, 95))} | ${ms1(pct(s.visible, 95))} | ${targets.join('; ') || '—'} | ${verdicts.join('; ')} |`);
	}
	out.push(
		'',
		'### Weight (gzip -9)',
		'',
		'| what | size | target | verdict |',
		'|---|---|---|---|',
		`| JS before the map starts (index.html's entry + page chunks, ${w.beforeMapFiles.length} files) | ${kb(w.beforeMap)} | ≤ 60 KB | ${verdict(w.beforeMap <= 60 * 1024, `${kb(w.beforeMap - 60 * 1024)} over`)} |`,
		`| all JS (incl. MapLibre and its worker) | ${kb(w.js)} | | |`,
		`| CSS | ${kb(w.css)} | | |`,
		`| fonts fetched by a first visit: interface woff2 + label glyph ranges (all shipped: ${kb(w.fonts)}) | ${kb(w.fontsLoaded)} | only the ranges the labels use | see the fetched list below |`,
		`| message catalogues in the JS before the map | ${w.localesBeforeMap.length} (${w.localesBeforeMap.join(', ') || 'none'}) | the current language only | ${verdict(w.localesBeforeMap.length <= 1, `${w.localesBeforeMap.length - 1} more`)} |`,
		`| data the first view fetches (${w.dataFirstViewFiles.length} files, before its first idle) | ${kb(w.dataFirstView)} | ≤ 100 KB | ${verdict(w.dataFirstView <= 100 * 1024, `${kb(w.dataFirstView - 100 * 1024)} over`)} |`,
		`| all data (build/data, incl. the geographic context that loads after the first idle) | ${kb(w.data)} | | |`,
		`| data, 30× synthetic (never shipped) | ${kb(f.synData)} | | |`,
		'',
		`Font files a first visit fetched: ${f.fontsFetched.length ? f.fontsFetched.map((x) => `\`${x.split('/').pop()}\``).join(', ') : 'none'}.`
	);
	if (f.lh) {
		out.push(
			'',
			`### Lighthouse 12 (median of ${f.lhRuns}; built site served with gzip; simulated throttling; software WebGL)`,
			'',
			'| preset | ' + CATEGORIES.join(' | ') + ' | FCP | LCP | TBT | CLS | SI | performance runs | verdict |',
			'|---|' + CATEGORIES.map(() => '---|').join('') + '---|---|---|---|---|---|---|'
		);
		for (const [preset, r] of Object.entries(f.lh)) {
			const t = LH_TARGET[preset]!;
			const missed = CATEGORIES.filter((c) => r.scores[c]! < t[c]!).map((c) => `${c} ${r.scores[c]} < ${t[c]}`);
			const mt = r.metrics;
			out.push(`| ${preset} | ${CATEGORIES.map((c) => `${r.scores[c]} (≥ ${t[c]})`).join(' | ')} | ${ms(mt['first-contentful-paint']!)} | ${ms(mt['largest-contentful-paint']!)} | ${ms(mt['total-blocking-time']!)} | ${mt['cumulative-layout-shift']!.toFixed(3)} (≤ 0.01) | ${ms(mt['speed-index']!)} | ${r.perfRuns.join(', ')} | ${missed.length ? `**missed** (${missed.join('; ')})` : 'met'} |`);
			const fl = f.lhFloor?.[preset];
			if (fl) {
				const fm = fl.metrics;
				out.push(`| ${preset}, floor page (bare MapLibre, same data; reference) | ${CATEGORIES.map((c) => String(fl.scores[c])).join(' | ')} | ${ms(fm['first-contentful-paint']!)} | ${ms(fm['largest-contentful-paint']!)} | ${ms(fm['total-blocking-time']!)} | ${fm['cumulative-layout-shift']!.toFixed(3)} | ${ms(fm['speed-index']!)} | ${fl.perfRuns.join(', ')} | the app's ${preset} performance is ${r.scores.performance! - fl.scores.performance! >= 0 ? '+' : ''}${r.scores.performance! - fl.scores.performance!} against it |`);
			}
		}
		const failing = [...new Set(Object.values(f.lh).flatMap((r) => r.failing))];
		if (failing.length) out.push('', `Audits below 100 outside performance: ${failing.map((x) => `\`${x}\``).join(', ')}.`);
	}
	return out.join('\n');
}
