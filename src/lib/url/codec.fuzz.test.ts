import { describe, expect, it } from 'vitest';
import { urlFuzzCases } from '../../../tests/e2e/support/url-fuzz';
import { ID_RE, SITE_STATUSES, SECTORS, DISTRICTS } from '$lib/data/schema';
import { AppState } from '$lib/state/app-state.svelte';
import { LANGS } from '$lib/i18n/locale';
import { defaults, parse, serialize, KINDS, LAYER_FAMILIES, PHASES, STYLE_BY, UNIT_MODES, type UrlState } from './codec';
import { undecodable } from './hash';

/**
 * URL fuzzing, part 1: 1,000 seeded malformed links over every key the codec owns go through the
 * codec, the app state and the fragment guard here (fast). Part 2, tests/e2e/url-fuzz.spec.ts,
 * loads 20 links (the page-safe keys) as real pages.
 */
const CASES = urlFuzzCases(1000, 20261128, Object.keys(defaults()));
const within = (xs: readonly string[], allowed: readonly string[]) => xs.every((x) => allowed.includes(x)) && new Set(xs).size === xs.length;

function wellFormed(s: UrlState): void {
	expect(LANGS).toContain(s.lang);
	if (s.sel !== null) expect(s.sel).toMatch(ID_RE);
	expect(STYLE_BY).toContain(s.by);
	expect(within(s.layers, LAYER_FAMILIES)).toBe(true);
	expect(within(s.status, SITE_STATUSES) && within(s.sector, SECTORS) && within(s.district, DISTRICTS) && within(s.kind, KINDS)).toBe(true);
	expect(s.hidden.every((h) => /^[a-z0-9_-]{1,40}$/.test(h))).toBe(true);
	if (s.minAvail !== null) expect(Number.isFinite(s.minAvail) && s.minAvail > 0 && s.minAvail <= 10_000).toBe(true);
	expect(s.q.length).toBeLessThanOrEqual(80);
	if (s.map) expect(Number.isFinite(s.map.zoom) && s.map.zoom <= 20 && Math.abs(s.map.lat) <= 85 && Math.abs(s.map.lon) <= 180).toBe(true);
	expect(PHASES).toContain(s.phase);
	expect(UNIT_MODES).toContain(s.units);
}

function check(query: string): void {
	const { state, warnings } = parse(new URLSearchParams(query));
	wellFormed(state);
	const d = defaults();
	for (const w of warnings) {
		const key = w.split(':')[0] as keyof UrlState;
		expect(state[key], w).toEqual(d[key]);
	}
	// What the app writes back reads the same again (one round settles it).
	const once = parse(serialize(state)).state;
	const twice = parse(serialize(once));
	expect(twice.warnings).toEqual([]);
	expect(twice.state).toEqual(once);
	// The app state takes it, and an unknown selection falls back to nothing selected once data is in.
	const app = new AppState();
	app.fromUrl(state);
	// The presenter's keys belong to the story state, not the app state.
	expect(app.toUrl()).toEqual({ ...state, scene: null, present: false, kiosk: false, interval: null, idle: null });
	app.setData({ zones: [], clusters: [], corridors: [], places: [], province: [], sources: {} }, []);
	expect(app.sel).toBeNull();
}

describe('URL fuzzing (1,000 seeded malformed links)', () => {
	it('generates 1,000 distinct cases over every codec key, with repeated keys, prototype keys and undecodable fragments', () => {
		expect(new Set(CASES.map((c) => c.query + c.hash)).size).toBe(1000);
		const keys = new Set(CASES.flatMap((c) => c.query.split('&').map((p) => p.split('=')[0])));
		for (const k of [...Object.keys(defaults()), '__proto__', 'constructor']) expect(keys, k).toContain(k);
		expect(CASES.filter((c) => c.query.split('&').some((p, i, all) => all.findIndex((q) => q.split('=')[0] === p.split('=')[0]) !== i)).length).toBeGreaterThan(50);
		expect(CASES.filter((c) => undecodable(c.hash)).length).toBeGreaterThan(50);
	});

	it('the fragment guard leaves only fragments the router can decode', () => {
		for (const c of CASES) {
			const kept = undecodable(c.hash) ? '' : c.hash;
			expect(() => decodeURIComponent(kept), c.hash).not.toThrow();
		}
		expect(['#%', '#%E0%A4%A', '#a%'].every(undecodable)).toBe(true);
		expect(['', '#', '#%25', '#x', `#${encodeURIComponent('Yên 💥')}`].some(undecodable)).toBe(false);
	});

	it('every case parses to a well-formed state, with defaults for every bad key, and round-trips', () => {
		const failures: string[] = [];
		CASES.forEach((c, i) => {
			try {
				check(c.query);
			} catch (e) {
				failures.push(`case ${i} ?${c.query}${c.hash}: ${(e as Error).message.split('\n')[0]}`);
			}
		});
		expect(failures).toEqual([]);
	});
});
