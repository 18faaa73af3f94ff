import { describe, expect, it } from 'vitest';
import { booleanClockwise, booleanPointInPolygon, distance, polygon, point } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { maskAround, neighbourLabelPoint } from './context';

const square = (w: number, s: number, e: number, n: number): Feature<Polygon> => polygon([[[w, s], [e, s], [e, n], [w, n], [w, s]]], { name: 'x' });

describe('maskAround', () => {
	it('covers the outside and leaves the province as a clockwise hole', () => {
		const m = maskAround(square(105.5, 21.3, 106.2, 22));
		expect(booleanPointInPolygon(point([105.8, 21.6]), m)).toBe(false);
		expect(booleanPointInPolygon(point([105.85, 21.03]), m)).toBe(true); // Hà Nội
		expect(booleanClockwise(m.geometry.coordinates[0] as [number, number][])).toBe(false);
		expect(booleanClockwise(m.geometry.coordinates[1] as [number, number][])).toBe(true);
	});
});

describe('neighbourLabelPoint', () => {
	it('names a large neighbour near the shared border, inside the neighbour', () => {
		const prov = square(105.5, 21.3, 106.2, 22);
		const big = square(106.2, 21.0, 108.0, 23.0); // east of the province, 200 km wide
		const p = neighbourLabelPoint(big, prov, 0.18);
		expect(booleanPointInPolygon(p, big)).toBe(true);
		expect(p.geometry.coordinates[0]).toBeLessThan(106.4);
		expect(distance(p, point([106.2, p.geometry.coordinates[1]!]))).toBeLessThan(25);
		expect(p.properties).toEqual({ name: 'x' });
	});
});
