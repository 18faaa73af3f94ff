/**
 * Round trip of the exports: build CSV, GeoJSON and KML from the real data, parse them back with
 * independent readers (papaparse, JSON, an XML DOM parser) and compare with the data itself.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { validate } from '../../src/lib/data/validate';
import { buildDistances } from '../../src/lib/geo/distances-file';
import { BOM, toCsv, toGeoJson, toKml, type ExportInput } from '../../src/lib/export/formats';
import { COLUMNS } from '../../src/lib/export/record';
import { readGeodata } from '../../scripts/lib/geodata-files';

const data = validate(readGeodata('geodata')).data!;
const sites = [...data.zones, ...data.clusters];
const input: ExportInput = { sites, distances: buildDistances(data), sources: data.sources, title: 'test' };
const byId = new Map(sites.map((s) => [s.properties.id, s.properties]));

describe('CSV export', () => {
	const text = toCsv(input);
	const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;

	it('starts with the UTF-8 BOM and keeps Vietnamese text intact', () => {
		expect(text.startsWith(BOM)).toBe(true);
		expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(rows.map((r) => r.name_vi)).toEqual(sites.map((s) => s.properties.name_vi));
	});

	it('has one row per site and every figure with its date and source, or an empty cell marked not published', () => {
		expect(rows).toHaveLength(sites.length);
		expect(Object.keys(rows[0]!)).toEqual(COLUMNS);
		for (const r of rows) {
			const p = byId.get(r.id!)!;
			for (const k of ['area_ha', 'occupancy_pct'] as const) {
				const f = p[k];
				if (f) {
					expect(Number(r[k])).toBe(f.value);
					expect([r[`${k}_as_of`], r[`${k}_source`]]).toEqual([f.as_of, f.source]);
				} else {
					expect([r[k], r[`${k}_as_of`], r[`${k}_source`]]).toEqual(['', '', '']);
					expect(r.not_published!.split(' ')).toContain(k);
				}
			}
			expect(r.sources).toBe(p.sources.join(' '));
		}
	});

	it('labels distances straight-line, and leaves them empty for a site with no location', () => {
		const yb = rows.find((r) => r.id === 'kcn-yen-binh')!;
		expect(Number(yb.straight_km_ix)).toBeGreaterThan(0);
		expect(yb.straight_km_ix_to).toMatch(/Yên Bình/);
		expect(yb.distance_method).toMatch(/straight-line/);
		// published distances travel apart from the straight-line ones, each with its source and date
		const pb = rows.find((r) => r.id === 'kcn-phu-binh')!;
		expect(pb.published_distances).toContain('ix 10 km (Z28, 2025-09-11)');
		const unmapped = rows.find((r) => !sites.find((s) => s.properties.id === r.id)!.geometry)!;
		expect(unmapped.straight_km_ix).toBe('');
	});
});

describe('GeoJSON export', () => {
	const fc = JSON.parse(toGeoJson(input));
	it('is a FeatureCollection with the sites\' geometry and figures', () => {
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.features).toHaveLength(sites.length);
		for (const [i, f] of (fc.features as { id: string; geometry: unknown; properties: Record<string, unknown> }[]).entries()) {
			const s = sites[i]!;
			expect(f.id).toBe(s.properties.id);
			expect(f.geometry).toEqual(s.geometry);
			expect(f.properties.area_ha).toBe(s.properties.area_ha?.value ?? null);
			expect(f.properties.area_ha_source).toBe(s.properties.area_ha?.source ?? null);
		}
	});
	it('carries the source list and the data date', () => {
		expect(fc.metadata.sources.length).toBeGreaterThan(10);
		expect(fc.metadata.data_as_of).toMatch(/^\d{4}/);
	});
});

describe('KML export', () => {
	const doc = new DOMParser().parseFromString(toKml(input, 'vi'), 'text/xml');
	const marks = Array.from(doc.getElementsByTagName('Placemark'));
	const data = (pm: Element, name: string) =>
		Array.from(pm.getElementsByTagName('Data')).find((d) => d.getAttribute('name') === name)?.getElementsByTagName('value')[0]?.textContent ?? null;

	it('has a placemark per site, named in the chosen language', () => {
		expect(marks).toHaveLength(sites.length);
		expect(marks.map((pm) => pm.getElementsByTagName('name')[0]?.textContent)).toEqual(sites.map((s) => s.properties.name_vi));
	});
	it('keeps figures with their source and date, and omits unpublished ones', () => {
		for (const pm of marks) {
			const p = byId.get(data(pm, 'id')!)!;
			expect(data(pm, 'area_ha')).toBe(p.area_ha ? String(p.area_ha.value) : null);
			expect(data(pm, 'area_ha_as_of')).toBe(p.area_ha?.as_of ?? null);
			expect(data(pm, 'sources')).toBe(p.sources.join(' '));
		}
	});
	it('draws a point as a Point and leaves an unlocated site without geometry', () => {
		const geomOf = (id: string) => marks.find((pm) => data(pm, 'id') === id)!;
		for (const s of sites) {
			const pm = geomOf(s.properties.id);
			if (!s.geometry) expect(pm.getElementsByTagName('coordinates')).toHaveLength(0);
			else if (s.geometry.type === 'Point') expect(pm.getElementsByTagName('coordinates')[0]!.textContent).toBe(s.geometry.coordinates.join(','));
			else expect(pm.getElementsByTagName('Polygon').length).toBeGreaterThan(0);
		}
	});
});
