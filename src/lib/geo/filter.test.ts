import { describe, expect, it } from 'vitest';
import type { Site, SiteProperties } from '$lib/data/types';
import { classTotals, siteMatches, type FilterSpec } from './filter';

const none: FilterSpec = { status: [], sector: [], district: [], kind: [], minAvail: null, q: '' };
const fig = <T,>(value: T) => ({ value, as_of: '2024', source: 'Z01' });
function site(id: string, over: Partial<SiteProperties>): Site {
	return {
		type: 'Feature', geometry: null,
		properties: {
			id, kind: 'kcn', name_vi: id, name_en: id, status: fig('operating'), district: 'tp-pho-yen', district_also: [], sectors: null,
			available_ha: null, area_ha: null, ...over
		} as SiteProperties
	};
}
const a = site('kcn-a', { sectors: fig(['electronics', 'it']), available_ha: fig(20), area_ha: fig(100) });
const b = site('kcn-b', { status: fig('planned'), district: 'phu-binh', district_also: ['tp-pho-yen'], area_ha: fig(50) });
const c = site('ccn-c', { kind: 'ccn', status: null, district: null, evidence: 'unverified' });

describe('siteMatches', () => {
	it('keeps everything with no filter', () => {
		expect([a, b, c].filter((s) => siteMatches(s.properties, none))).toHaveLength(3);
	});
	it('matches any listed sector, not only the first', () => {
		expect(siteMatches(a.properties, { ...none, sector: ['it'] })).toBe(true);
		expect(siteMatches(b.properties, { ...none, sector: ['it'] })).toBe(false);
	});
	it('counts a site in every district it spans', () => {
		expect(siteMatches(b.properties, { ...none, district: ['tp-pho-yen'] })).toBe(true);
	});
	it('never treats unpublished available land as available', () => {
		expect(siteMatches(a.properties, { ...none, minAvail: 10 })).toBe(true);
		expect(siteMatches(b.properties, { ...none, minAvail: 0.5 })).toBe(false);
	});
	it('leaves a site without status out of any status filter', () => {
		expect(siteMatches(c.properties, { ...none, status: ['operating', 'planned'] })).toBe(false);
	});
});

describe('classTotals', () => {
	it('sums count and published hectares per class, noting how many had an area', () => {
		const t = classTotals([a, b, c], 'status');
		expect(t.get('operating')).toEqual({ count: 1, ha: 100, haCount: 1 });
		expect(t.get('planned')).toEqual({ count: 1, ha: 50, haCount: 1 });
		expect(t.get('none')).toEqual({ count: 1, ha: 0, haCount: 0 });
	});
	it('puts a multi-sector site under its first sector', () => {
		expect(classTotals([a], 'sector').get('electronics')?.count).toBe(1);
	});
});
