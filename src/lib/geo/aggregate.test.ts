import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate';
import { fig, site } from './test-sites';

describe('aggregate', () => {
	it('an empty set has zero sites and every land total "not published", never 0', () => {
		const t = aggregate([], 'today');
		expect([t.zones, t.clusters]).toEqual([0, 0]);
		for (const s of [t.area, t.industrial, t.available, t.occupancy]) expect(s).toMatchObject({ value: null, n: 0, of: 0, asOf: null });
	});
	it('sites that all lack a figure give null for it, with the count of sites it rests on', () => {
		const t = aggregate([site('kcn-a'), site('ccn-b', { kind: 'ccn' })], 'today');
		expect([t.zones, t.clusters]).toEqual([1, 1]);
		expect(t.available).toMatchObject({ value: null, n: 0, of: 2 });
		expect(t.byStatus.get('operating')).toBe(2);
		expect(t.bySector.get('none')).toBe(2);
	});
	it('sums published areas, keeps their as-of range and sources, and skips removed land', () => {
		const t = aggregate([
			site('kcn-a', { area_ha: fig(100, '2022', 'Z01'), sectors: fig(['electronics']) }),
			site('kcn-b', { area_ha: fig(50.5, '2025-08', 'Z14') }),
			site('kcn-c'),
			site('kcn-gone', { status: fig('removed'), area_ha: fig(200) })
		], 'today');
		expect(t.zones).toBe(3);
		expect(t.area).toEqual({ value: 150.5, n: 2, of: 3, asOf: ['2022', '2025-08'], sources: ['Z01', 'Z14'] });
		expect(t.byStatus.get('removed')).toBe(1);
		expect(t.bySector.get('electronics')).toBe(1);
	});
	it('weights occupancy by industrial land, else total area, and skips sites without a weight', () => {
		const t = aggregate([
			site('kcn-a', { occupancy_pct: fig(100), industrial_land_ha: fig(100), area_ha: fig(400) }),
			site('kcn-b', { occupancy_pct: fig(50), area_ha: fig(300) }),
			site('kcn-c', { occupancy_pct: fig(10) })
		], 'today');
		// (100·100 + 50·300) / (100 + 300) = 62.5
		expect(t.occupancy.value).toBeCloseTo(62.5, 9);
		expect(t.occupancy.n).toBe(2);
	});
	it('follows the phase: the plan counts only its own sites', () => {
		const sites = [
			site('kcn-kept', { counted_2023: true, plan_2030: true, area_ha: fig(100) }),
			site('kcn-new', { counted_2023: false, plan_2030: true, area_ha: fig(300) }),
			site('kcn-out', { plan_2030: false, area_ha: fig(50) })
		];
		expect(aggregate(sites, 'y2023').area.value).toBe(100);
		expect(aggregate(sites, 'today').area.value).toBe(450);
		expect(aggregate(sites, 'plan2030').area.value).toBe(400);
		expect(aggregate(sites, 'plan2030').byStatus.get('plan_added')).toBe(1);
	});
});
