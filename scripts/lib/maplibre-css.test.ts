import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimMapLibreCss, UNUSED } from './maplibre-css.ts';

const full = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8');
const trimmed = trimMapLibreCss(full);

describe("MapLibre's stylesheet, trimmed to what the app creates", () => {
	it('keeps the map, the canvas, box zoom, the control corners, the zoom buttons and the scale bar', () => {
		for (const sel of ['.maplibregl-map', '.maplibregl-canvas', '.maplibregl-boxzoom', '.maplibregl-ctrl-bottom-right', '.maplibregl-ctrl-bottom-left',
			'.maplibregl-ctrl-group', '.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out', '.maplibregl-ctrl-scale', '.maplibregl-ctrl-icon']) {
			expect(trimmed, sel).toContain(sel);
		}
		// The zoom buttons' icons, including their forced-colors (high contrast) variants.
		expect(trimmed.match(/\.maplibregl-ctrl-zoom-in \.maplibregl-ctrl-icon\{/g)?.length ?? 0).toBe(full.match(/\.maplibregl-ctrl-zoom-in \.maplibregl-ctrl-icon\{/g)?.length);
	});

	it('drops every rule for the controls and widgets the app never adds, and most of the weight', () => {
		for (const c of UNUSED) expect(trimmed, c).not.toMatch(new RegExp(`\\.${c}(?![\\w-])|\\.${c}-`));
		expect(trimmed).not.toContain('user-location-dot-pulse');
		expect(trimmed).not.toContain('@keyframes maplibregl-spin');
		expect(trimmed.length).toBeLessThan(full.length / 3);
	});

	it('leaves valid CSS: balanced braces, no empty blocks', () => {
		expect(trimmed.split('{').length).toBe(trimmed.split('}').length);
		expect(trimmed).not.toMatch(/\{\s*\}/);
	});
});
