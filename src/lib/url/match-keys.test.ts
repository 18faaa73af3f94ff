import { describe, expect, it } from 'vitest';
import { AppState } from '$lib/state/app-state.svelte';
import { defaults, parse, serialize } from './codec';
import { needsFromUrl, needsToUrl } from './match-keys';

describe('matcher URL keys', () => {
	it('omits every default: a closed, empty finder leaves the URL bare', () => {
		expect(serialize(defaults()).toString()).toBe('');
	});

	it('round-trips a full set of needs, in a canonical order', () => {
		const q = 'find=1&needHa=20.5&needSector=electronics&need=factories,operating,south&needIx=10&needNoiBai=40.5&needHaNoi=60&needPort=150';
		const r = parse(new URLSearchParams(q));
		expect(r.warnings).toEqual([]);
		expect(needsFromUrl(r.state)).toEqual({
			ha: 20.5, sector: 'electronics', flags: ['operating', 'factories', 'south'], km: { ix: 10, noi_bai: 40.5, ha_noi: 60, port: 150 }
		});
		expect(decodeURIComponent(serialize(r.state).toString()))
			.toBe('find=1&needHa=20.5&needSector=electronics&need=operating,factories,south&needIx=10&needNoiBai=40.5&needHaNoi=60&needPort=150');
	});

	it.each([
		['find=yes', 'find'], ['needHa=0', 'needHa'], ['needHa=-4', 'needHa'], ['needHa=1e3', 'needHa'], ['needHa=20001', 'needHa'],
		['needSector=rockets', 'needSector'], ['need=operating,flying', 'need'], ['need=', 'need'], ['needIx=0', 'needIx'],
		['needNoiBai=12.34', 'needNoiBai'], ['needHaNoi=999', 'needHaNoi'], ['needPort=NaN', 'needPort']
	])('falls back to the default for %s with a warning', (query, key) => {
		const r = parse(new URLSearchParams(query));
		expect(r.state[key as keyof typeof r.state]).toEqual(defaults()[key as keyof ReturnType<typeof defaults>]);
		expect(r.warnings.some((w) => w.startsWith(`${key}:`))).toBe(true);
	});

	it('reaches the app state and comes back unchanged (a shared link reopens the same finder)', () => {
		const { state } = parse(new URLSearchParams('find=1&needHa=5&need=wastewater&needPort=120'));
		const app = new AppState();
		app.fromUrl(state);
		expect(app.finder.open).toBe(true);
		expect(app.finder.needs.km.port).toBe(120);
		expect(app.toUrl()).toEqual(state);
		expect(needsToUrl(app.finder.needs, true)).toMatchObject({ find: true, needHa: 5, need: ['wastewater'], needPort: 120 });
	});
});
