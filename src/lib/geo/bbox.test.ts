import { readFileSync } from 'node:fs';
import { bbox, featureCollection } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bboxOf } from './bbox';

const load = (f: string) => JSON.parse(readFileSync(`geodata/${f}`, 'utf8')) as FeatureCollection<Geometry | null>;

describe('bboxOf', () => {
	it("gives Turf's bbox for every feature of the real data and for each whole file", () => {
		for (const file of ['zones.geojson', 'clusters.geojson', 'corridors.geojson', 'places.geojson']) {
			const fc = load(file);
			const feats = fc.features.filter((f) => f.geometry) as Feature<Geometry>[];
			expect(feats.length).toBeGreaterThan(0);
			for (const f of feats) expect(bboxOf([f.geometry]), `${file} ${String(f.properties?.id)}`).toEqual(bbox(f));
			expect(bboxOf(fc.features.map((f) => f.geometry))).toEqual(bbox(featureCollection(feats)));
		}
	});
	it('skips missing geometries and has no box without a position', () => {
		expect(bboxOf([])).toBeNull();
		expect(bboxOf([null])).toBeNull();
		expect(bboxOf([null, { type: 'Point', coordinates: [105.8, 21.6] }])).toEqual([105.8, 21.6, 105.8, 21.6]);
		expect(bboxOf([{ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }, { type: 'LineString', coordinates: [[-1, 5], [3, 0]] }] }])).toEqual([-1, 0, 3, 5]);
	});
});
