import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES, validate, type FileKey } from './validate';

const DIR = 'tests/fixtures/valid';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function load(): Record<FileKey, Json> {
	return Object.fromEntries(
		(Object.entries(FILES) as [FileKey, string][]).map(([k, f]) => [k, JSON.parse(readFileSync(join(DIR, f), 'utf8'))])
	) as Record<FileKey, Json>;
}
function run(files: Record<FileKey, Json>) {
	return validate(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, JSON.stringify(v)])));
}
const zone = (f: Record<FileKey, Json>) => f.zones.features[0];
const cluster = (f: Record<FileKey, Json>) => f.clusters.features[0];

describe('validate', () => {
	it('accepts the valid fixture', () => {
		const r = run(load());
		expect(r.errors).toEqual([]);
		expect(r.data?.zones).toHaveLength(1);
	});

	// One broken fixture per rule: the mutation, and the message it must produce.
	const cases: [string, (f: Record<FileKey, Json>) => void, string][] = [
		['a percentage over 100', (f) => { zone(f).properties.occupancy_pct.value = 140; }, 'zones.geojson: kcn-song-cong-1: occupancy_pct.value: 140 is not a percentage'],
		['a negative area', (f) => { cluster(f).properties.area_ha.value = -3; }, 'clusters.geojson: ccn-luong-son: area_ha.value: -3 must be positive'],
		['an unknown status', (f) => { zone(f).properties.status.value = 'booming'; }, 'zones.geojson: kcn-song-cong-1: status.value: "booming"'],
		['an unknown sector', (f) => { zone(f).properties.sectors = { value: ['rockets'], as_of: '2024', source: 'Z01' }; }, 'zones.geojson: kcn-song-cong-1: sectors.value.0: "rockets"'],
		['a non-ISO date', (f) => { zone(f).properties.area_ha.as_of = '12/2014'; }, 'zones.geojson: kcn-song-cong-1: area_ha.as_of: "12/2014" is not an ISO date'],
		['a figure without a source', (f) => { delete zone(f).properties.area_ha.source; }, 'zones.geojson: kcn-song-cong-1: area_ha.source:'],
		['a figure without a date', (f) => { delete zone(f).properties.area_ha.as_of; }, 'zones.geojson: kcn-song-cong-1: area_ha.as_of:'],
		['a figure citing a source the feature does not list', (f) => { cluster(f).properties.area_ha.source = 'TCCS'; }, 'clusters.geojson: ccn-luong-son: area_ha.source: TCCS is not one of the feature\'s sources'],
		['a source missing from sources.json', (f) => { cluster(f).properties.sources.push('Z99'); }, 'clusters.geojson: ccn-luong-son: sources: Z99 is not in sources.json'],
		['a duplicate id', (f) => { cluster(f).properties.id = 'kcn-song-cong-1'; cluster(f).properties.kind = 'kcn'; }, 'clusters.geojson: kcn-song-cong-1: id: is also used in zones.geojson'],
		['a non-kebab id', (f) => { zone(f).properties.id = 'KCN Sông Công'; }, 'zones.geojson: KCN Sông Công: id: "KCN Sông Công" is not a kebab-case ascii id'],
		['an unknown property', (f) => { zone(f).properties.colour = 'red'; }, 'zones.geojson: kcn-song-cong-1: (properties): Unrecognized key: "colour"'],
		['non-NFC text', (f) => { zone(f).properties.name_vi = 'KCN Sông Công I'.normalize('NFD'); }, 'zones.geojson: kcn-song-cong-1: name_vi:'],
		['a clockwise outer ring', (f) => { zone(f).geometry.coordinates[0].reverse(); }, 'zones.geojson: kcn-song-cong-1: geometry: outer ring is clockwise'],
		['a self-intersecting ring', (f) => { zone(f).geometry.coordinates = [[[105.8, 21.4], [105.9, 21.5], [105.9, 21.4], [105.8, 21.5], [105.8, 21.4]]]; }, 'zones.geojson: kcn-song-cong-1: geometry: ring intersects itself'],
		['more than 6 decimals', (f) => { cluster(f).geometry.coordinates = [105.81312345, 21.4872]; }, 'clusters.geojson: ccn-luong-son: geometry: coordinate [105.81312345, 21.4872] has more than 6 decimals'],
		['a point outside the province', (f) => { cluster(f).geometry.coordinates = [108.2, 16.05]; }, 'clusters.geojson: ccn-luong-son: geometry: coordinate [108.2, 16.05] lies outside the allowed extent'],
		['an indicative outline of the wrong size', (f) => { zone(f).properties.area_ha.value = 400; }, 'zones.geojson: kcn-song-cong-1: geometry: indicative outline covers 195.0 ha, not within 10% of area_ha 400'],
		['a site far from its district', (f) => { cluster(f).properties.district = 'dinh-hoa'; f.places.features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [105.642, 21.907] }, properties: { ...f.places.features[0].properties, id: 'seat-dinh-hoa', district: 'dinh-hoa' } }); }, 'clusters.geojson: ccn-luong-son: district: anchor lies'],
		['a status missing on a confirmed site', (f) => { cluster(f).properties.status = null; }, 'clusters.geojson: ccn-luong-son: status: is required unless evidence is unverified or removed_2021'],
		['notes in one language only', (f) => { zone(f).properties.notes_vi = 'Ghi chú'; }, 'zones.geojson: kcn-song-cong-1: notes_vi/notes_en: give both languages or neither'],
		['a javascript: source url', (f) => { f.sources.sources[1].url = 'javascript:alert(1)'; }, 'sources.json: Z01: url:'],
		['a line geometry among zones', (f) => { zone(f).geometry = { type: 'LineString', coordinates: [[105.8, 21.4], [105.9, 21.5]] }; }, 'zones.geojson: kcn-song-cong-1: geometry: LineString is not allowed here'],
		['broken JSON', (f) => { f.province = '{' as never; }, 'province.json: (file): is not valid JSON'],
		['invalid GeoJSON', (f) => { f.clusters.features[0].geometry = { type: 'Point', coordinates: [1] }; }, 'clusters.geojson: (file): is not a valid GeoJSON FeatureCollection'],
		['a dated report citing a source the feature does not list', (f) => { zone(f).properties.reports = [{ about: 'status', as_of: '2025-08', source: 'Z99', note_vi: 'Bỏ hoang', note_en: 'Idle' }]; }, 'zones.geojson: kcn-song-cong-1: reports.source: Z99 is not one of the feature\'s sources'],
		['an undated report', (f) => { zone(f).properties.reports = [{ about: 'status', source: 'Z01', note_vi: 'Bỏ hoang', note_en: 'Idle' }]; }, 'zones.geojson: kcn-song-cong-1: reports.0.as_of:'],
		['a province figure with an unknown source', (f) => { f.province.figures[0].source = 'X1'; }, 'province.json: kcn-total-2023: source: X1 is not in sources.json']
	];

	it.each(cases)('rejects %s with a message naming file, feature and field', (_name, mutate, message) => {
		const files = load();
		mutate(files);
		const texts = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
		const r = validate(texts);
		expect(r.data).toBeNull();
		expect(r.errors.some((e) => e.startsWith(message)), `${message}\n  got:\n  ${r.errors.join('\n  ')}`).toBe(true);
	});

	it('reports every problem at once', () => {
		const files = load();
		zone(files).properties.occupancy_pct.value = 140;
		cluster(files).properties.area_ha.value = -1;
		expect(run(files).errors.length).toBeGreaterThanOrEqual(2);
	});

	it('lets synthetic benchmark sites (syn- ids) lie outside the province only when asked to', () => {
		const files = load();
		const far = structuredClone(cluster(files));
		far.properties.id = 'syn-1-ccn-luong-son';
		far.geometry.coordinates = [104.8, 22.9];
		far.properties.anchor = [104.8, 22.9];
		files.clusters.features.push(far);
		const texts = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, JSON.stringify(v)]));
		expect(validate(texts).errors.some((e) => e.startsWith('clusters.geojson: syn-1-ccn-luong-son: geometry: coordinate [104.8, 22.9] lies outside'))).toBe(true);
		expect(validate(texts, { synthetic: true }).errors).toEqual([]);
		// A real id gets no exemption.
		far.properties.id = 'ccn-far-away';
		const real = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, JSON.stringify(v)]));
		expect(validate(real, { synthetic: true }).errors.some((e) => e.startsWith('clusters.geojson: ccn-far-away: geometry:'))).toBe(true);
	});

	it('says which file is missing', () => {
		const texts = Object.fromEntries(Object.entries(load()).filter(([k]) => k !== 'places').map(([k, v]) => [k, JSON.stringify(v)]));
		expect(validate(texts).errors).toContain('places.geojson: (file): is missing');
	});
});
