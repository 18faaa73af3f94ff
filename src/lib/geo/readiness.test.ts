import { describe, expect, it } from 'vitest';
import type { SiteProperties } from '$lib/data/types';
import { landBadge, landMatches, readiness } from './readiness';

const fig = <T>(value: T, as_of = '2024-12', source = 'Z14') => ({ value, as_of, source });
const site = (over: Partial<SiteProperties>): SiteProperties =>
	({ status: null, available_ha: null, occupancy_pct: null, wastewater_plant: null, ready_built_factories: null, ...over }) as SiteProperties;

describe('readiness badges', () => {
	it('says unknown, with no date, when nothing is published', () => {
		expect(readiness(site({})).map((b) => [b.key, b.state, b.as_of])).toEqual([
			['operating', 'unknown', null], ['land', 'unknown', null], ['wastewater', 'unknown', null], ['factories', 'unknown', null]
		]);
	});
	it('carries each figure\'s date and source', () => {
		const b = readiness(site({ status: fig('operating' as const, '2025-06', 'Z02'), wastewater_plant: fig(true, '2023', 'Z57') }));
		expect(b[0]).toEqual({ key: 'operating', state: 'yes', as_of: '2025-06', source: 'Z02' });
		expect(b[2]).toEqual({ key: 'wastewater', state: 'yes', as_of: '2023', source: 'Z57' });
	});
	it('reads a site under construction as not operating', () => {
		expect(readiness(site({ status: fig('under_construction' as const) }))[0]!.state).toBe('no');
	});
});

describe('land available', () => {
	it('prefers published available hectares over occupancy', () => {
		expect(landBadge(site({ available_ha: fig(0), occupancy_pct: fig(80) })).state).toBe('no');
		expect(landBadge(site({ available_ha: fig(12.5), occupancy_pct: fig(100) })).state).toBe('yes');
	});
	it('falls back to occupancy: 97 % is yes, 100 % is no', () => {
		expect(landBadge(site({ occupancy_pct: fig(97, '2022', 'Z02') }))).toEqual({ key: 'land', state: 'yes', as_of: '2022', source: 'Z02' });
		expect(landBadge(site({ occupancy_pct: fig(100) })).state).toBe('no');
	});
	it('filters: "yes" keeps only published land, "open" drops only sites reported full', () => {
		const full = site({ occupancy_pct: fig(100) }), some = site({ occupancy_pct: fig(90) }), unknown = site({});
		expect([full, some, unknown].map((s) => landMatches(s, 'yes'))).toEqual([false, true, false]);
		expect([full, some, unknown].map((s) => landMatches(s, 'open'))).toEqual([false, true, true]);
		expect([full, some, unknown].map((s) => landMatches(s, null))).toEqual([true, true, true]);
	});
});
