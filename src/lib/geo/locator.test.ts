import { describe, expect, it } from 'vitest';
import type { Corridor, Place, Site } from '$lib/data/types';
import { HALF_KM, locator } from './locator';

const site = (geometry: Site['geometry']): Site => ({ type: 'Feature', geometry, properties: { anchor: null } as unknown as Site['properties'] });
const place = (id: string, c: [number, number], type = 'interchange'): Place =>
	({ type: 'Feature', geometry: { type: 'Point', coordinates: c }, properties: { id, place_type: type, name_vi: id, name_en: id } } as unknown as Place);

describe('locator (the brief\'s map snapshot)', () => {
	it('has nothing to draw for a site with no location', () => {
		expect(locator(site(null), [], [])).toBeNull();
	});
	it('centres the site and keeps places within the square only', () => {
		const l = locator(site({ type: 'Point', coordinates: [105.9, 21.43] }), [], [place('near', [105.9, 21.385]), place('far', [105.947, 21.079])], 360)!;
		expect(l.site).toEqual({ x: 180, y: 180, d: null });
		expect(l.points.map((p) => p.id)).toEqual(['near']);
		// 0.045° of latitude south ≈ 5.0 km → 5.0 km × 15 px/km below the centre
		expect(l.points[0]!.y).toBeCloseTo(180 + 5.0 * (360 / (2 * HALF_KM)), 0);
	});
	it('draws a scale bar of 5 km at the map scale, and the corridors as paths', () => {
		const line = { type: 'Feature', geometry: { type: 'LineString', coordinates: [[105.8, 21.4], [106, 21.5]] }, properties: { kind: 'railway' } } as unknown as Corridor;
		const l = locator(site({ type: 'Point', coordinates: [105.9, 21.43] }), [line], [], 240)!;
		expect(l.scale).toEqual({ km: 5, px: 50 });
		expect(l.lines[0]!.d).toMatch(/^M-?\d+(\.\d)? -?\d+(\.\d)?L/);
	});
});
