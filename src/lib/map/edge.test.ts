import { describe, expect, it } from 'vitest';
import { compass, edgePointer, HALF, separate } from './edge';

const free = { left: 340, top: 80, right: 1010, bottom: 860 };

describe('edgePointer', () => {
	it('is null for a place inside the free part of the map', () => {
		expect(edgePointer(free, { x: 600, y: 400 })).toBeNull();
	});

	it('sits on the bottom edge, inside the free rectangle, for a place far south', () => {
		const p = edgePointer(free, { x: 675, y: 3000 })!;
		expect(p.edge).toBe('bottom');
		expect(p.y).toBeCloseTo(free.bottom - HALF.h, 5);
		expect(p.x).toBeCloseTo(675, 0);
		expect(p.angle).toBeCloseTo(90, 0);
	});

	it('never goes under a panel: a place under the right panel points from the right edge of the free area', () => {
		const p = edgePointer(free, { x: 1300, y: 470 })!;
		expect(p.edge).toBe('right');
		expect(p.x + HALF.w).toBeLessThanOrEqual(free.right + 0.01);
	});
});

describe('separate', () => {
	it('moves overlapping pointers apart along their edge', () => {
		const a = edgePointer(free, { x: 680, y: 3000 })!;
		const b = edgePointer(free, { x: 690, y: 2900 })!;
		const [p, q] = separate([a, b], free);
		expect(Math.abs(p!.x - q!.x)).toBeGreaterThanOrEqual(2 * HALF.w);
	});

	it('moves the other way when the edge of the free area is in the way', () => {
		const a = { x: free.left + HALF.w, y: free.bottom - HALF.h, angle: 100, edge: 'bottom' as const };
		const [p, q] = separate([a, { ...a, x: a.x + 10 }], free);
		expect(q!.x - p!.x).toBeGreaterThanOrEqual(2 * HALF.w);
		expect(q!.x + HALF.w).toBeLessThanOrEqual(free.right);
	});
});

describe('separate on a narrow screen', () => {
	it('stacks pointers inward when the edge has no room for both', () => {
		const narrow = { left: 8, top: 150, right: 382, bottom: 480 };
		const a = { x: 195, y: narrow.bottom - HALF.h, angle: 90, edge: 'bottom' as const };
		const [p, q] = separate([a, { ...a, x: 200 }], narrow);
		expect(p!.y - q!.y).toBeGreaterThanOrEqual(2 * HALF.h);
	});
});

describe('compass', () => {
	it('names the eight directions', () => {
		expect(compass(0)).toBe('n');
		expect(compass(-170)).toBe('s');
		expect(compass(200)).toBe('s');
		expect(compass(225)).toBe('sw');
		expect(compass(359)).toBe('n');
	});
});
