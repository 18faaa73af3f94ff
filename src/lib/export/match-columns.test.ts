import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { DistancesFile } from '$lib/geo/distances-file';
import { matchSites, noNeeds, shortlist, type Needs } from '$lib/geo/match';
import { fig, site } from '$lib/geo/test-sites';
import { toCsv, toGeoJson, toKml } from './formats';
import { matchColumns } from './match-columns';
import { COLUMNS } from './record';

const src = { sources: ['Z01'], district_also: [], published_distances: [] };
const sites = [
	site('kcn-a', { ...src, occupancy_pct: fig(97, '2022', 'Z02'), wastewater_plant: fig(true, '2023', 'Z40') }),
	site('kcn-b', { ...src, occupancy_pct: fig(100, '2024', 'Z03') }),
	site('kcn-c', { ...src, status: null })
];
const dist = { method: 'straight-line', origin: '', places: {}, sites: {} } as unknown as DistancesFile;
const needs: Needs = { ...noNeeds(), ha: 10, flags: ['operating', 'wastewater'] };
const ranked = matchSites(sites, needs, dist);
const short = shortlist(ranked).map((r) => r.site);
const input = { sites: short, distances: dist, sources: {}, title: 't', extra: matchColumns(ranked, needs) };

describe('the shortlist export', () => {
	it('adds the per-need columns after the usual ones, in rank order, in the CSV', () => {
		const rows = Papa.parse<Record<string, string>>(toCsv(input).slice(1), { header: true }).data.filter((r) => r.id);
		expect(Object.keys(rows[0]!)).toEqual([
			...COLUMNS, 'match_rank', 'match_result', 'match_needs', 'match_rank_by', 'match_rank_km',
			'match_land', 'match_land_value', 'match_land_as_of', 'match_land_source', 'match_land_basis',
			'match_operating', 'match_operating_value', 'match_operating_as_of', 'match_operating_source',
			'match_wastewater', 'match_wastewater_value', 'match_wastewater_as_of', 'match_wastewater_source'
		]);
		expect(rows.map((r) => [r.id, r.match_rank, r.match_result])).toEqual([['kcn-a', '1', 'may_fit'], ['kcn-c', '2', 'may_fit']]);
		const a = rows[0]!;
		expect([a.match_land, a.match_land_value, a.match_land_as_of, a.match_land_source, a.match_land_basis]).toEqual(['possibly', '97', '2022', 'Z02', 'occupancy']);
		expect([a.match_wastewater, a.match_wastewater_value, a.match_wastewater_source]).toEqual(['met', 'yes', 'Z40']);
		expect(a.match_needs).toBe('needHa=10&need=operating,wastewater');
		expect(rows[1]!.match_operating).toBe('unknown');
		expect(rows[1]!.match_operating_value).toBe('');
	});

	it('carries the same columns into GeoJSON properties and KML extended data', () => {
		const gj = JSON.parse(toGeoJson(input)) as { features: { properties: Record<string, unknown> }[] };
		expect(gj.features[0]!.properties).toMatchObject({ match_rank: 1, match_land: 'possibly', match_land_basis: 'occupancy' });
		const kml = toKml(input, 'en');
		expect(kml).toContain('<Data name="match_land"><value>possibly</value></Data>');
	});

	it('leaves the usual export unchanged without extra columns', () => {
		const header = toCsv({ ...input, extra: undefined }).slice(1).split('\r\n')[0]!.split(',');
		expect(header).toEqual(COLUMNS);
	});
});
