import { describe, expect, it } from 'vitest';
import { validate } from '$lib/data/validate';
import type { GeoData } from '$lib/data/types';
import { readGeodata } from '../../../scripts/lib/geodata-files';
import { dataAsOf, siteDataDate } from './as-of';

const data = validate(readGeodata('geodata')).data!;
const fig = (as_of: string) => ({ value: 1, as_of, source: 'X' });
const empty: GeoData = { zones: [], clusters: [], corridors: [], places: [], province: [], sources: {} };

describe('dataAsOf: one data date for the offline badge, the presenter footer and the brief', () => {
	it('takes the latest date of site and province figures, a full date beating its own month', () => {
		const site = (as_of: string) => ({ type: 'Feature', geometry: null, properties: { area_ha: fig(as_of) } }) as never;
		expect(dataAsOf({ ...empty, zones: [site('2025-11')], province: [{ as_of: '2024' } as never] })).toBe('2025-11');
		expect(dataAsOf({ ...empty, clusters: [site('2023-07-02')], province: [{ as_of: '2025-11-22' } as never] })).toBe('2025-11-22');
		expect(dataAsOf(empty)).toBeNull();
	});

	it('is a date the real data holds, no older than any site figure or province figure', () => {
		const d = dataAsOf(data)!;
		expect(d).toMatch(/^\d{4}(-\d{2}){0,2}$/);
		const all = [...data.zones, ...data.clusters].map((s) => siteDataDate(s.properties)).concat(data.province.map((f) => f.as_of));
		expect(all).toContain(d);
		for (const x of all) if (x) expect(x <= d).toBe(true);
	});
});
