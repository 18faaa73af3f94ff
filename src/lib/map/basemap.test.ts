import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { adaptBasemap } from './basemap';

const style = {
	version: 8,
	sources: { openmaptiles: { type: 'vector', url: 'https://tiles.example/planet' } },
	layers: [
		{ id: 'background', type: 'background', paint: {} },
		{ id: 'water', type: 'fill', source: 'openmaptiles', 'source-layer': 'water', paint: {} },
		{ id: 'poi', type: 'symbol', source: 'openmaptiles', 'source-layer': 'poi', layout: { 'icon-image': 'x' } },
		{ id: 'place', type: 'symbol', source: 'openmaptiles', 'source-layer': 'place', layout: { 'text-field': '{name}', 'text-font': ['Noto Sans Italic'], 'icon-image': 'dot' } }
	]
} as unknown as StyleSpecification;

describe('adaptBasemap', () => {
	const b = adaptBasemap(style);
	it('prefixes sources and layers so they never collide with ours', () => {
		expect(Object.keys(b.sources)).toEqual(['osm-openmaptiles']);
		expect(b.layers.map((l) => l.id)).toEqual(['osm-water', 'osm-place']);
		expect(b.layers.every((l) => (l as { source: string }).source === 'osm-openmaptiles')).toBe(true);
	});
	it('drops icon-only layers and draws labels with our own font', () => {
		const place = b.layers.find((l) => l.id === 'osm-place') as { layout: Record<string, unknown> };
		expect(place.layout['text-font']).toEqual(['Noto Sans Regular']);
		expect(place.layout['icon-image']).toBeUndefined();
	});
});
