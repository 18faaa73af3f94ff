import { describe, expect, it } from 'vitest';
import type { Point } from 'geojson';
import type { GeoData } from '$lib/data/types';
import { coverage } from './coverage';
import { fig, site } from './test-sites';

const pt: Point = { type: 'Point', coordinates: [105.8, 21.5] };
const data = (clusters: GeoData['clusters']): GeoData => ({
	zones: [site('kcn-a', {}, pt), site('kcn-b')], clusters, corridors: [], places: [], sources: {},
	province: [{ id: 'ccn-planned-2023', group: 'clusters_2023', label_vi: 'x', label_en: 'x', unit: 'count', ...fig(35) }]
});

describe('coverage', () => {
	it('counts placed named clusters against the 35 of 2023 and how many sit at a commune point', () => {
		const c = coverage(data([
			site('ccn-commune', { kind: 'ccn', evidence: 'verified', point_kind: 'commune' }, pt),
			site('ccn-tenant', { kind: 'ccn', evidence: 'verified', point_kind: 'tenant' }, pt),
			site('ccn-unplaced', { kind: 'ccn', evidence: 'plan_2021' }),
			// Neither an unverified name nor a removed cluster counts, placed or not.
			site('ccn-unverified', { kind: 'ccn', evidence: 'unverified', point_kind: 'commune' }, pt),
			site('ccn-removed', { kind: 'ccn', evidence: 'removed_2021', status: fig('removed'), point_kind: 'commune' }, pt)
		]));
		expect(c).toEqual({ zonesTotal: 2, zonesMapped: 1, clustersNamed: 3, clustersMapped: 2, clustersAtCommune: 1, clustersPlanned2023: 35 });
	});

	it('says "unknown" (null) for the 2023 total when the province file lacks it', () => {
		const d = data([]);
		d.province = [];
		expect(coverage(d).clustersPlanned2023).toBeNull();
		expect(coverage(d).clustersAtCommune).toBe(0);
	});
});
