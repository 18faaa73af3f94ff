import { describe, expect, it } from 'vitest';
import type { GeoData, Site } from '$lib/data/types';
import { AppState } from './app-state.svelte';

const site = (id: string): Site => ({ type: 'Feature', geometry: null, properties: { id } as Site['properties'] });
const data = (ids: string[]): GeoData => ({ zones: ids.map(site), clusters: [], corridors: [], places: [], province: [], sources: {} });

describe('the compare tray state', () => {
	it('drops ids a shared link names but the data does not have, with a warning', () => {
		const app = new AppState();
		app.cmp = ['kcn-a', 'kcn-gone', 'kcn-b'];
		app.setData(data(['kcn-a', 'kcn-b']), []);
		expect(app.cmp).toEqual(['kcn-a', 'kcn-b']);
		expect(app.warnings.some((w) => w.startsWith('cmp: kcn-gone'))).toBe(true);
	});
	it('keeps the tray when the sites failed to load, rather than emptying a shared comparison', () => {
		const app = new AppState();
		app.cmp = ['kcn-a'];
		app.setData(data([]), ['zones.geojson']);
		expect(app.cmp).toEqual(['kcn-a']);
	});
	it('adds in order, removes on a second toggle, and takes no fifth site', () => {
		const app = new AppState();
		for (const id of ['a', 'b', 'c', 'd', 'e']) app.toggleCompare(id);
		expect(app.cmp).toEqual(['a', 'b', 'c', 'd']);
		app.toggleCompare('b');
		expect(app.cmp).toEqual(['a', 'c', 'd']);
	});
});
