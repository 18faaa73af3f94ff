/**
 * `npm run bench`: builds the app (skip with --no-build) and the floor page, then measures, in one run,
 * time to the first `map:idle` against the floor (alternating, medians), interaction latency, weight,
 * and all of it again on a 30× synthetic dataset. Prints a table and writes the figures into
 * BENCHMARKS.md between the bench markers. Figures, not a test: it never fails on a target.
 */
import { execSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { build as viteBuild } from 'vite';
import { serve } from './serve';
import { makeSynthetic } from './synthetic';
import { INTERACTIONS, latency, programsAtIdle, timeToIdle, type Interaction, type Latency } from './measure';
import { weigh } from './weight';
import { report } from './report';
import { lighthouseFigures, type LhFigures } from './lighthouse';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const REPS = Number(process.env.BENCH_REPS ?? 30);
const PORT = Number(process.env.BENCH_PORT ?? 4185);
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const ARGS = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking',
	'--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--no-sandbox'];
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

if (!process.argv.includes('--no-build')) { log('building the app'); execSync('npm run -s build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }); }
const loadAtStart = loadavg()[0]!;
const tmp = mkdtempSync(join(tmpdir(), 'tnim-bench-'));
log('building the floor page');
await viteBuild({
	root: join(ROOT, 'scripts/bench/floor'), base: '/', configFile: false, logLevel: 'warn',
	// `?labels=1` imports the app's label style and builders.
	resolve: { alias: { $lib: join(ROOT, 'src/lib') } },
	build: { outDir: join(tmp, 'floor'), emptyOutDir: true }
});
// The label page reads the app's glyph ranges from its own origin.
cpSync(join(ROOT, 'build', 'glyphs'), join(tmp, 'floor', 'glyphs'), { recursive: true });
log('generating the synthetic 30× dataset');
const synCount = makeSynthetic(join(ROOT, 'geodata'), join(tmp, 'syn-geo'));
execSync('npx tsx scripts/build-geodata.ts', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, TNIM_SYNTHETIC: '1', GEODATA_DIR: join(tmp, 'syn-geo'), DATA_OUT: join(tmp, 'syn-data') } });

const build = join(ROOT, 'build');
const servers = await Promise.all([
	// The app on BENCH_PORT; the floor and the 30× pages on free ports the system picks.
	serve(build, PORT), serve(join(tmp, 'floor'), 0, join(build, 'data')),
	serve(build, 0, join(tmp, 'syn-data')), serve(join(tmp, 'floor'), 0, join(tmp, 'syn-data'))
]);
const url = (i: number) => `http://127.0.0.1:${(servers[i]!.address() as AddressInfo).port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
try {
	const idle = { app: [] as number[], floor: [] as number[], floorLabels: [] as number[], synApp: [] as number[], synFloor: [] as number[] };
	const created: typeof idle = { app: [], floor: [], floorLabels: [], synApp: [], synFloor: [] };
	for (let r = 0; r < RUNS; r++) {
		log(`idle run ${r + 1}/${RUNS}`);
		for (const [k, u] of [['app', url(0)], ['floor', url(1)], ['floorLabels', `${url(1)}?labels=1`], ['synApp', url(2)], ['synFloor', url(3)]] as const) {
			const t = await timeToIdle(browser, u);
			idle[k].push(t.idle);
			created[k].push(t.created);
		}
	}
	log('shader programs at the first idle');
	const programs = { app: await programsAtIdle(browser, url(0)), floor: await programsAtIdle(browser, url(1)), floorLabels: await programsAtIdle(browser, `${url(1)}?labels=1`) };
	const lat = { base: {} as Record<Interaction, Latency>, syn: {} as Record<Interaction, Latency> };
	for (const kind of INTERACTIONS) {
		log(`latency: ${kind}`);
		lat.base[kind] = await latency(browser, url(0), kind, REPS);
		lat.syn[kind] = await latency(browser, url(2), kind, REPS);
	}
	// Which fonts a first visit fetches (the browser takes only the unicode ranges it needs).
	const ctx = await browser.newContext();
	const page = await ctx.newPage();
	const fonts: string[] = [];
	page.on('request', (r) => { if (r.resourceType() === 'font' || /\.(woff2?|pbf)$/.test(r.url())) fonts.push(decodeURIComponent(new URL(r.url()).pathname)); });
	await page.goto(url(0));
	await page.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, { timeout: 90_000 });
	const gl = await page.evaluate(() => {
		const c = document.createElement('canvas').getContext('webgl2');
		const ext = c?.getExtension('WEBGL_debug_renderer_info');
		return ext && c ? String(c.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'unknown';
	});
	// The data files the first view fetched: requested before the first idle (data/base/ loads after it).
	const firstData = await page.evaluate(() => {
		const idleAt = performance.getEntriesByName('map:idle')[0]!.startTime;
		return performance.getEntriesByType('resource').filter((e) => e.startTime < idleAt && new URL(e.name).pathname.startsWith('/data/'))
			.map((e) => decodeURIComponent(new URL(e.name).pathname).slice(1));
	});
	await ctx.close();
	const machine = {
		cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memGb: Math.round(totalmem() / 2 ** 30),
		chromium: browser.version(), gl, load: `${loadAtStart.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`, node: process.version, date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC'
	};
	const weight = weigh(build, fonts, firstData);
	const synData = Number(execSync(`cat ${join(tmp, 'syn-data')}/* | gzip -9 | wc -c`).toString().trim());
	let lh: LhFigures | null = null;
	let lhFloor: LhFigures | null = null;
	if (LH_RUNS > 0 && !process.argv.includes('--no-lighthouse')) {
		lh = await lighthouseFigures(build, LH_RUNS, log);
		// The same presets on the floor page: what a page scores that does nothing but start MapLibre on the same data.
		log('lighthouse: the floor page');
		lhFloor = await lighthouseFigures(join(tmp, 'floor'), LH_RUNS, log, join(build, 'data'));
	}
	machine.load = `${loadAtStart.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`;
	const md = report({ runs: RUNS, reps: REPS, idle, created, programs, lat, weight, synData, synCount, fontsFetched: fonts, machine, lh, lhFloor, lhRuns: LH_RUNS });
	process.stdout.write(md + '\n');
	const file = join(ROOT, 'BENCHMARKS.md');
	const old = readFileSync(file, 'utf8');
	const next = old.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${md}\n<!-- bench:end -->`);
	writeFileSync(file, next);
	log('wrote the figures into BENCHMARKS.md');
} finally {
	await browser.close();
	for (const s of servers) s.close();
	rmSync(tmp, { recursive: true, force: true });
}
