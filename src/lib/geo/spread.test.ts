import { describe, expect, it } from 'vitest';
import type { Site } from '$lib/data/types';
import { MARKER_R, ringRadius, spreadSites } from './spread';

const pt = (id: string, c: [number, number] | null, poly = false) =>
	({ type: 'Feature', properties: { id }, geometry: c ? (poly ? { type: 'Polygon', coordinates: [[c, c, c, c]] } : { type: 'Point', coordinates: c }) : null }) as unknown as Site;

describe('spreadSites', () => {
	it('leaves a site alone at its point and ignores outlines and unplaced sites', () => {
		const s = spreadSites([pt('a', [105.8, 21.5]), pt('b', [105.9, 21.5], true), pt('c', null), pt('d', [105.9, 21.5])]);
		expect(s.size).toBe(0);
	});

	it('puts sites that share a point on a ring, no two markers overlapping, at every zoom', () => {
		const ids = ['ccn-f', 'ccn-a', 'ccn-c', 'ccn-e', 'ccn-b', 'ccn-d'];
		const s = spreadSites(ids.map((id) => pt(id, [105.9789, 21.4614])));
		expect(s.size).toBe(6);
		const offs = [...s.values()];
		for (const o of offs) expect(o.n).toBe(6);
		for (let i = 0; i < offs.length; i++) for (let j = i + 1; j < offs.length; j++) {
			const d = Math.hypot(offs[i]!.dx - offs[j]!.dx, offs[i]!.dy - offs[j]!.dy);
			expect(d).toBeGreaterThanOrEqual(2 * MARKER_R);
		}
		// Offsets are screen pixels around the shared point: they do not depend on zoom, so nothing ever stacks.
		expect(Math.hypot(offs[0]!.dx, offs[0]!.dy)).toBeCloseTo(ringRadius(6), 0);
	});

	it('is deterministic: input order does not change who goes where (first id at 12 o\'clock)', () => {
		const a = spreadSites(['x', 'y', 'z'].map((id) => pt(id, [105.8, 21.6])));
		const b = spreadSites(['z', 'x', 'y'].map((id) => pt(id, [105.8, 21.6])));
		expect([...b].sort()).toEqual([...a].sort());
		expect(a.get('x')).toMatchObject({ dx: 0 });
		expect(a.get('x')!.dy).toBeLessThan(0);
	});

	it('treats points within ~100 m as one shared point, and 1 km apart as two', () => {
		const s = spreadSites([pt('a', [105.8, 21.6]), pt('b', [105.8005, 21.6004]), pt('c', [105.81, 21.6])]);
		expect([...s.keys()].sort()).toEqual(['a', 'b']);
		expect(s.get('b')!.hub).toEqual([105.8, 21.6]);
	});

	it('keeps two sites apart by more than a marker', () => {
		expect(2 * ringRadius(2)).toBeGreaterThanOrEqual(2 * MARKER_R + 3);
		expect(ringRadius(1)).toBe(0);
	});
});
