import { describe, expect, it } from 'vitest';
import * as engine from '$lib/geo/match';
import { fig, site } from '$lib/geo/test-sites';
import { AppState } from './app-state.svelte';

function app(): AppState {
	const a = new AppState();
	const sites = [
		site('kcn-op', { district: 'tp-pho-yen', status: fig('operating') }),
		site('kcn-plan', { district: 'tp-pho-yen', status: fig('planned') }),
		site('kcn-gap', { district: 'dinh-hoa', status: null }),
		site('kcn-gone', { district: 'tp-pho-yen', status: fig('removed') })
	];
	a.setData({ zones: sites, clusters: [], corridors: [], places: [], province: [], sources: {} }, []);
	return a;
}

describe('the finder in the app state', () => {
	it('ranks nothing until the panel has loaded the matcher, and dims nothing while no need is stated', () => {
		const a = app();
		a.finder.open = true;
		expect(a.finder.ranked).toBeNull();
		a.finder.engine = engine;
		expect(a.finder.ranked!.map((r) => r.site.properties.id)).not.toContain('kcn-gone');
		expect(a.focus).toBeNull();
	});

	it('keeps the shortlist bright (met or unknown, never the ruled out) and wins over the corridor highlight', () => {
		const a = app();
		a.setSouth(true);
		a.finder.engine = engine;
		a.finder.open = true;
		a.finder.needs = { ...engine.noNeeds(), flags: ['operating'] };
		expect(a.focus).toEqual(['kcn-op', 'kcn-gap']);
		a.finder.open = false;
		expect(a.focus).toEqual(['kcn-op', 'kcn-plan', 'kcn-gone']);
	});
});
