import { describe, expect, it } from 'vitest';
import { contextFilters, scaleSize, schemeFor, TEXT_SIZE } from './context';
import { groundRadius, notSpread, sdfDot } from './site-marks';

describe('context styles', () => {
	it('follow the units: districts show the 2024 outline, communes the 2025 one, the other faint', () => {
		expect(schemeFor('district')).toBe('2024');
		expect(schemeFor('commune')).toBe('2025');
		const f = contextFilters('2025');
		expect(JSON.stringify(f['context-province'])).toContain('"2025"');
		expect(JSON.stringify(f['context-province-alt'])).toContain('"2024"');
		expect(JSON.stringify(f['context-neighbour-labels'])).toContain('"2025"');
		expect(JSON.stringify(f['context-mask'])).toContain('"mask"');
	});

	it('keep the label hierarchy: province > neighbours and Hà Nội > communes and towns', () => {
		expect(TEXT_SIZE.province).toBeGreaterThan(TEXT_SIZE.neighbour);
		expect(TEXT_SIZE.capital).toBe(TEXT_SIZE.neighbour);
		expect(TEXT_SIZE.neighbour).toBeGreaterThan(TEXT_SIZE.commune);
		expect(TEXT_SIZE.commune).toBeGreaterThanOrEqual(TEXT_SIZE.town);
	});

	it('scale a plain or case label size for the projector, leaving conditions alone', () => {
		expect(scaleSize(11, 1.6)).toBe(17.6);
		expect(scaleSize(['case', ['<=', ['get', 'scalerank'], 2], 13, 11], 2)).toEqual(['case', ['<=', ['get', 'scalerank'], 2], 26, 22]);
	});
});

describe('site marks', () => {
	it('draws a ring the same ground size at every zoom (doubling per zoom level)', () => {
		const [op, kind, input, z0, r0, z1, r1] = groundRadius as unknown as unknown[];
		expect([op, kind, input, z0, r0]).toEqual(['interpolate', ['exponential', 2], ['zoom'], 0, ['get', 'r0']]);
		expect(r1).toEqual(['*', ['get', 'r0'], 2 ** (z1 as number)]);
	});

	it('leaves spread sites out of the plain circles', () => {
		expect(notSpread(['a'])).toEqual(['!', ['in', ['get', 'id'], ['literal', ['a']]]]);
	});

	it('makes an SDF dot whose edge sits at alpha 0.75 (MapLibre\'s SDF cut-off)', () => {
		const d = sdfDot(7, 24);
		const alpha = (x: number, y: number) => d.data[(y * 24 + x) * 4 + 3]!;
		expect(alpha(12, 12)).toBe(255);
		expect(alpha(0, 0)).toBe(0);
		expect(Math.abs(alpha(12 + 7, 12) - 192)).toBeLessThan(32);
	});
});
