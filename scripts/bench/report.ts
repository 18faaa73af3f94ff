/** Turns the benchmark's figures into one markdown table per measure, each figure beside its target. */
import { INTERACTIONS, median, pct, type Interaction, type Latency } from './measure';
import type { Weight } from './weight';

export interface Figures {
	runs: number; reps: number;
	idle: { app: number[]; floor: number[]; synApp: number[]; synFloor: number[] };
	lat: { base: Record<Interaction, Latency>; syn: Record<Interaction, Latency> };
	weight: Weight; synData: number; synCount: number;
	machine: { cpu: string; cores: number; memGb: number; chromium: string; gl: string; load: string; node: string; date: string };
}

const ms = (n: number) => `${Math.round(n)} ms`;
const ms1 = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean, gap: string) => (ok ? 'met' : `**missed** (${gap})`);
const LATENCY_TARGET: Record<Interaction, number | null> = { restyle: 16, filter: 16, select: null, lang: null };

export function report(f: Figures): string {
	const m = f.machine;
	const a = median(f.idle.app), fl = median(f.idle.floor), sa = median(f.idle.synApp), sf = median(f.idle.synFloor);
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
		`| app | ${ms(a)} | ${f.idle.app.map(Math.round).join(', ')} | ≤ 1.15 × floor | ${ratio.toFixed(2)}× — ${verdict(ratio <= 1.15, `${ms(a - 1.15 * fl)} over`)} |`,
		`| floor, 30× synthetic data | ${ms(sf)} | ${f.idle.synFloor.map(Math.round).join(', ')} | | |`,
		`| app, 30× synthetic data (${f.synCount} sites) | ${ms(sa)} | ${f.idle.synApp.map(Math.round).join(', ')} | ≤ 1.5 × app | ${growth.toFixed(2)}× — ${verdict(growth <= 1.5, `${ms(sa - 1.5 * a)} over`)}; ${(sa / sf).toFixed(2)}× its floor |`,
		'',
		'### Interaction latency (p50 / p95)',
		'',
		'`update`: change → Svelte flush → forced style/layout (the app\'s own cost). ' +
			'`work`: change → Svelte flush → forced layout → synchronous MapLibre frame (`map.redraw()`), the main-thread cost that decides whether the change makes the next frame. ' +
			'`visible`: change → the map is idle again (first frame showing the result; includes the worker re-tiling after a filter and SwiftShader drawing).',
		'',
		'| interaction | update p50 | update p95 | work p50 | work p95 | visible p50 | visible p95 | 30× work p95 | 30× visible p95 | target (work p95) | verdict |',
		'|---|---|---|---|---|---|---|---|---|---|---|'
	];
	for (const k of INTERACTIONS) {
		const b = f.lat.base[k], s = f.lat.syn[k], t = LATENCY_TARGET[k];
		const worst = Math.max(pct(b.work, 95), pct(s.work, 95));
		out.push(`| ${k} | ${ms1(pct(b.update, 50))} | ${ms1(pct(b.update, 95))} | ${ms1(pct(b.work, 50))} | ${ms1(pct(b.work, 95))} | ${ms1(pct(b.visible, 50))} | ${ms1(pct(b.visible, 95))} | ${ms1(pct(s.work, 95))} | ${ms1(pct(s.visible, 95))} | ${t ? `≤ ${t} ms` : '—'} | ${t ? verdict(worst <= t, `${ms1(worst - t)} over`) : ''} |`);
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
		`| fonts fetched by a first visit (all subsets shipped: ${kb(w.fonts)}) | ${kb(w.fontsLoaded)} | | |`,
		`| data (build/data) | ${kb(w.data)} | ≤ 100 KB | ${verdict(w.data <= 100 * 1024, `${kb(w.data - 100 * 1024)} over`)} |`,
		`| data, 30× synthetic (never shipped) | ${kb(f.synData)} | | |`
	);
	return out.join('\n');
}
