import { describe, expect, it } from 'vitest';
import { layerId, ZORDER } from './zorder';

describe('zorder', () => {
	it('lists each layer once', () => {
		expect(new Set(ZORDER).size).toBe(ZORDER.length);
	});
	it('inserts a layer below the lowest layer above it that already exists', () => {
		const present = new Set(['zone-labels', 'district-labels']);
		expect(layerId('zones-fill', (id) => present.has(id))).toEqual({ id: 'zones-fill', beforeId: 'zone-labels' });
		expect(layerId('district-labels', (id) => present.has(id))).toEqual({ id: 'district-labels' });
	});
	it('keeps labels above every data layer', () => {
		expect(ZORDER.indexOf('zone-labels')).toBeGreaterThan(ZORDER.indexOf('clusters-circle'));
	});
});
