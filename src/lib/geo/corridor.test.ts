import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Corridor } from '$lib/data/types';
import { corridorBand } from './band';
import { inSouth } from './corridor';
import { distanceToCorridorKm, sitesNear } from './near';
import { site } from './test-sites';

// A north–south line along 105.9° E. One degree of longitude at 21.5° N is
// 111.195 km × cos(21.5°) ≈ 103.46 km on Turf's sphere (R = 6371.0088 km).
const line: Corridor = {
	type: 'Feature', geometry: { type: 'LineString', coordinates: [[105.9, 21.3], [105.9, 21.7]] },
	properties: { id: 'ct07' } as Corridor['properties']
};
const KM_PER_DEG = (6371.0088 * Math.PI / 180) * Math.cos((21.5 * Math.PI) / 180);
const pt = (lon: number, lat = 21.5) => ({ type: 'Point' as const, coordinates: [lon, lat] });

describe('southern corridor membership', () => {
	it('goes by district or by a district the site also spans', () => {
		expect(inSouth(site('a', { district: 'phu-binh' }))).toBe(true);
		expect(inSouth(site('b', { district: 'dai-tu' }))).toBe(false);
		expect(inSouth(site('c', { district: 'dai-tu', district_also: ['tp-song-cong'] }))).toBe(true);
		expect(inSouth(site('d', { district: null }))).toBe(false);
	});
});

describe('distance to a corridor', () => {
	it('is the perpendicular distance for a point beside the line', () => {
		expect(distanceToCorridorKm(site('a', {}, pt(105.95)), line)).toBeCloseTo(0.05 * KM_PER_DEG, 1);
	});
	it('is the distance to the end for a point beyond it', () => {
		const d = distanceToCorridorKm(site('a', {}, pt(105.9, 21.8)), line)!;
		expect(d).toBeCloseTo(turf.distance([105.9, 21.8], [105.9, 21.7]), 3);
	});
	it('is 0 for an outline the line crosses, and the nearest edge otherwise', () => {
		const crossed = turf.circle([105.905, 21.5], 2).geometry;
		expect(distanceToCorridorKm(site('a', {}, crossed), line)).toBe(0);
		const beside = turf.circle([106.0, 21.5], 2, { steps: 256 }).geometry;
		expect(distanceToCorridorKm(site('b', {}, beside), line)).toBeCloseTo(0.1 * KM_PER_DEG - 2, 1);
	});
	it('is null without a location', () => {
		expect(distanceToCorridorKm(site('a'), line)).toBeNull();
	});
	it('lists sites within N km nearest first and leaves the rest out', () => {
		const near = sitesNear([site('far', {}, pt(106.1)), site('b', {}, pt(105.93)), site('a', {}, pt(105.91)), site('x')], line, 5);
		expect(near.map((n) => n.site.properties.id)).toEqual(['a', 'b']);
	});
	it('draws a band whose width is the chosen distance', () => {
		const band = corridorBand(line, 5)!;
		expect(turf.booleanPointInPolygon([105.9 + 4.5 / KM_PER_DEG, 21.5], band as never)).toBe(true);
		expect(turf.booleanPointInPolygon([105.9 + 5.5 / KM_PER_DEG, 21.5], band as never)).toBe(false);
	});
});
