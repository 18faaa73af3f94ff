/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): text that starts with `=`, `+`, `-`, `@`, a
 * tab or a carriage return must reach a spreadsheet as text, never as a live formula. The valid
 * fixture gets the classic payloads in every text field an export carries, still passes the
 * validator, and is exported in all three formats and read back with independent readers.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { DOMParser } from '@xmldom/xmldom';
import { validate } from '../../src/lib/data/validate';
import { buildDistances } from '../../src/lib/geo/distances-file';
import { toCsv, toGeoJson, toKml, type ExportInput } from '../../src/lib/export/formats';
import { readGeodata } from '../../scripts/lib/geodata-files';

export const FORMULAS = [
	'=HYPERLINK("http://x","y")',
	"=cmd|' /C calc'!A0",
	'+1+cmd|" /C calc"!A0',
	'-2+3+cmd|" /C calc"!A0',
	'@SUM(1+1)*cmd|" /C calc"!A0',
	'\t=1+1',
	'\r=1+1',
	'=1+1\nsecond line',
	'＝1+1'
];

const texts = readGeodata('tests/fixtures/valid');
const zones = JSON.parse(texts.zones!);
const props = zones.features.map((f: { properties: Record<string, unknown> }) => f.properties);
props.forEach((p: Record<string, unknown>, i: number) => {
	p.name_vi = FORMULAS[i % FORMULAS.length];
	p.name_en = FORMULAS[(i + 1) % FORMULAS.length];
	p.developer = { value: FORMULAS[(i + 3) % FORMULAS.length], as_of: '2024', source: p.sources ? (p.sources as string[])[0] : 'Z01' };
});
texts.zones = JSON.stringify(zones);
const sourcesFile = JSON.parse(texts.sources!);
sourcesFile.sources.forEach((s: { title: string }, i: number) => (s.title = FORMULAS[i % FORMULAS.length]!));
texts.sources = JSON.stringify(sourcesFile);
const { data, errors } = validate(texts);
if (!data) throw new Error(errors.join('\n'));
const sites = [...data!.zones, ...data!.clusters];
const input: ExportInput = { sites, distances: buildDistances(data!), sources: data!.sources, title: '=HYPERLINK("http://x","title")' };
const zoneIds = new Set(data!.zones.map((z) => z.properties.id));
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

describe('exports of formula-like text', () => {
	it('the payload fixture is valid data', () => expect(errors).toEqual([]));

	it('CSV: no cell starts like a formula; the text is kept behind one apostrophe', () => {
		const text = toCsv(input);
		const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
		expect(rows).toHaveLength(sites.length);
		for (const r of rows) for (const v of Object.values(r)) expect(v, JSON.stringify(v)).not.toMatch(FORMULA_START);
		const z = rows.filter((r) => zoneIds.has(r.id!));
		expect(z.length).toBeGreaterThan(0);
		for (const [i, r] of z.entries()) {
			const p = data!.zones[i]!.properties;
			expect(r.name_vi).toBe(`'${p.name_vi}`);
			expect(r.developer).toBe(`'${p.developer!.value}`);
		}
	});

	it('CSV: real numbers and dates stay numbers and dates', () => {
		const rows = Papa.parse<Record<string, string>>(toCsv(input).slice(1), { header: true, skipEmptyLines: true, dynamicTyping: true }).data;
		for (const [i, r] of rows.entries()) {
			const p = sites[i]!.properties;
			expect(r.area_ha).toBe(p.area_ha?.value ?? null);
			expect(r.area_ha_as_of === null ? null : String(r.area_ha_as_of)).toBe(p.area_ha?.as_of ?? null);
			if (r.lon !== null) expect(typeof r.lon).toBe('number');
		}
		expect(rows.some((r) => typeof r.lat === 'number' && r.lat > 0)).toBe(true);
	});

	it('GeoJSON and KML carry the text unchanged (no spreadsheet reads them as formulas)', () => {
		const fc = JSON.parse(toGeoJson(input));
		expect(fc.features.map((f: { properties: { name_vi: string } }) => f.properties.name_vi)).toEqual(sites.map((s) => s.properties.name_vi));
		const doc = new DOMParser().parseFromString(toKml(input, 'en'), 'text/xml');
		const names = Array.from(doc.getElementsByTagName('Placemark')).map((pm) => pm.getElementsByTagName('name')[0]?.textContent);
		expect(names).toEqual(sites.map((s) => s.properties.name_en));
	});
});
