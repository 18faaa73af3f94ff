import { describe, expect, it } from 'vitest';
import { POINT_KINDS } from '$lib/data/vocab';
import { metresPerPxZ0, ringKm, ringPxZ0 } from './uncertainty';

describe('ringKm', () => {
	it('grows from a zone or tenant point to a commune, a town and an estimate', () => {
		const at = (k: (typeof POINT_KINDS)[number]) => ringKm(k, 'medium');
		expect(at('tenant')).toBeLessThan(at('zone'));
		expect(at('zone')).toBeLessThan(at('ward'));
		expect(at('ward')).toBeLessThan(at('commune'));
		expect(at('commune')).toBeLessThan(at('town'));
		expect(at('town')).toBeLessThan(at('estimate'));
		expect(at('zone')).toBeLessThanOrEqual(0.5);
		expect(at('commune')).toBeGreaterThanOrEqual(2);
	});

	it('widens as confidence falls, and treats unknown confidence as low and unknown kind as an estimate', () => {
		expect(ringKm('commune', 'high')).toBeLessThan(ringKm('commune', 'medium'));
		expect(ringKm('commune', 'low')).toBeLessThan(ringKm('commune', 'very_low'));
		expect(ringKm('commune', null)).toBe(ringKm('commune', 'low'));
		expect(ringKm(null, 'medium')).toBe(ringKm('estimate', 'medium'));
	});

	it('is a positive distance for every kind and confidence', () => {
		for (const k of POINT_KINDS) expect(ringKm(k, 'high')).toBeGreaterThan(0);
	});
});

describe('ringPxZ0', () => {
	it('matches Web-Mercator scale: ~142 m per px at zoom 9 at Thái Nguyên (512-px tiles)', () => {
		expect(metresPerPxZ0(21.6) / 2 ** 9).toBeCloseTo(142.1, 0);
		// 4 km at zoom 10 ≈ 4000 / (metresPerPxZ0 / 1024) px
		expect(ringPxZ0(4, 21.6) * 2 ** 10).toBeCloseTo(4000 / (metresPerPxZ0(21.6) / 1024), 6);
	});
});
