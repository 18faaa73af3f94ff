import { describe, expect, it } from 'vitest';
import type { DistancesFile } from './distances-file';
import type { SiteDistances } from './distances';
import { activeCriteria, checkSite, gaps, landCheck, matchSites, noNeeds, rankTarget, shortlist, type Needs } from './match';
import { fig, site } from './test-sites';

const near = (ix: number | null, noi_bai: number | null = null): SiteDistances => ({
	ix: ix === null ? null : { km: ix, to: 'ix-a' }, station: null,
	noi_bai: noi_bai === null ? null : { km: noi_bai, to: 'ref-noi-bai' }, ha_noi: null, port: null, border: null
});
const dist = (sites: Record<string, SiteDistances>): DistancesFile => ({
	method: 'straight-line', origin: '', sites,
	places: { 'ix-a': { name_vi: 'A', name_en: 'A', sources: ['E01'] }, 'ref-noi-bai': { name_vi: 'NB', name_en: 'NB', sources: ['P01', 'P02'] } }
});
const needs = (over: Partial<Needs>): Needs => ({ ...noNeeds(), ...over, km: { ...noNeeds().km, ...over.km } });
const ids = (r: { site: { properties: { id: string } } }[]) => r.map((x) => x.site.properties.id);

describe('land basis, in the stated order', () => {
	it('uses published available ha first, even when the other figures disagree', () => {
		const p = site('a', { available_ha: fig(30, '2025', 'Z09'), industrial_land_ha: fig(100), leased_ha: fig(95), occupancy_pct: fig(100) }).properties;
		expect(landCheck(p, 20)).toMatchObject({ mark: 'met', basis: 'available', value: 30, as_of: '2025', source: 'Z09' });
		expect(landCheck(p, 40).mark).toBe('not_met');
	});
	it('then industrial land (else total area) minus leased, dated by the older figure', () => {
		const p = site('a', { industrial_land_ha: fig(100, '2024', 'Z01'), area_ha: fig(150), leased_ha: fig(70, '2023', 'Z02'), occupancy_pct: fig(70) }).properties;
		expect(landCheck(p, 25)).toMatchObject({ mark: 'met', basis: 'area_minus_leased', value: 30, as_of: '2023', source: 'Z01 Z02' });
		const q = site('b', { area_ha: fig(50), leased_ha: fig(45) }).properties;
		expect(landCheck(q, 10)).toMatchObject({ mark: 'not_met', basis: 'area_minus_leased', value: 5 });
	});
	it('then occupancy below 100 % as "possibly" (never met), 100 % as not met', () => {
		expect(landCheck(site('a', { occupancy_pct: fig(97, '2022', 'Z02') }).properties, 5))
			.toEqual({ key: 'land', mark: 'possibly', value: 97, as_of: '2022', source: 'Z02', basis: 'occupancy' });
		expect(landCheck(site('a', { occupancy_pct: fig(100) }).properties, 5).mark).toBe('not_met');
	});
	it('else unknown, with nothing behind it', () => {
		expect(landCheck(site('a', { area_ha: fig(300) }).properties, 5)).toEqual({ key: 'land', mark: 'unknown', value: null, as_of: null, source: null, basis: 'none' });
	});
});

describe('criteria', () => {
	it('checks only what the investor asked, in a fixed order', () => {
		expect(activeCriteria(noNeeds())).toEqual([]);
		expect(activeCriteria(needs({ flags: ['south', 'operating'], ha: 5, km: { noi_bai: 40 } as Needs['km'] }))).toEqual(['land', 'operating', 'noi_bai', 'south']);
	});
	it('never counts silence as met: no figure means unknown for every criterion', () => {
		const s = site('a', { status: null, district: null, sectors: null });
		const all = needs({ ha: 1, sector: 'electronics', flags: ['operating', 'wastewater', 'factories', 'south'], km: { ix: 10, noi_bai: 50, ha_noi: 60, port: 150 } });
		const checks = checkSite(s, all, dist({}));
		expect(checks).toHaveLength(10);
		expect(checks.every((c) => c.mark === 'unknown' && c.value === null)).toBe(true);
		const [m] = matchSites([s], all, null);
		expect(m!.metAll).toBe(false);
		expect(m!.unknown).toBe(10);
	});
	it('carries the figure, date and source behind each mark', () => {
		const s = site('a', { status: fig('operating', '2025-06', 'Z02'), wastewater_plant: fig(false, '2023', 'Z57'), sectors: fig(['mixed'] as never[], '2024', 'Z03') });
		const c = checkSite(s, needs({ sector: 'textiles', flags: ['operating', 'wastewater'], km: { noi_bai: 40 } as Needs['km'] }), dist({ a: near(5, 38.5) }));
		expect(c).toEqual([
			{ key: 'sector', mark: 'possibly', value: ['mixed'], as_of: '2024', source: 'Z03' },
			{ key: 'operating', mark: 'met', value: 'operating', as_of: '2025-06', source: 'Z02' },
			{ key: 'wastewater', mark: 'not_met', value: false, as_of: '2023', source: 'Z57' },
			{ key: 'noi_bai', mark: 'met', value: 38.5, as_of: null, source: 'P01 P02', to: 'ref-noi-bai' }
		]);
	});
	it('places the southern corridor by district; a site with no district is unknown', () => {
		const n = needs({ flags: ['south'] });
		expect(checkSite(site('a', { district: 'tp-pho-yen' }), n, null)[0]!.mark).toBe('met');
		expect(checkSite(site('b', { district: 'dinh-hoa' }), n, null)[0]!.mark).toBe('not_met');
		expect(checkSite(site('c', { district: null }), n, null)[0]!.mark).toBe('unknown');
	});
});

describe('ranking', () => {
	const data = [
		site('gap-near', { status: null }),
		site('fail', { status: fig('planned') }),
		site('met-far', { status: fig('operating') }),
		site('met-near', { status: fig('operating') }),
		site('gone', { status: fig('removed') }),
		site('gone-2021', { status: null, evidence: 'removed_2021' })
	];
	const d = dist({ 'gap-near': near(1), fail: near(0.5), 'met-far': near(9), 'met-near': near(3), gone: near(0.1) });
	const n = needs({ flags: ['operating'], km: { ix: 10 } as Needs['km'] });

	it('never lists removed sites', () => {
		expect(ids(matchSites(data, noNeeds(), d))).not.toContain('gone');
		expect(ids(matchSites(data, noNeeds(), d))).not.toContain('gone-2021');
	});
	it('puts all-met first, then fewest unknowns, then the distance, however near a gap is', () => {
		expect(ids(matchSites(data, n, d))).toEqual(['met-near', 'met-far', 'gap-near', 'fail']);
	});
	it('ranks fewest unknowns before distance among sites with gaps', () => {
		const two = [site('x', { status: null }), site('y', { status: null, wastewater_plant: fig(true) })];
		const r = matchSites(two, needs({ flags: ['operating', 'wastewater'] }), dist({ x: near(1), y: near(20) }));
		expect(ids(r)).toEqual(['y', 'x']);
	});
	it('breaks ties by the first distance asked about, unknown distance last', () => {
		const n2 = needs({ km: { noi_bai: 100 } as Needs['km'] });
		expect(rankTarget(n2)).toBe('noi_bai');
		expect(rankTarget(noNeeds())).toBe('ix');
		const r = matchSites([site('p'), site('q'), site('r')], noNeeds(), dist({ p: near(9, 10), q: near(2, 30), r: near(null) }));
		expect(ids(r)).toEqual(['q', 'p', 'r']);
		expect(ids(matchSites([site('p'), site('q')], n2, dist({ p: near(9, 10), q: near(2, 30) })))).toEqual(['p', 'q']);
	});
	it('shortlists the sites no criterion rules out', () => {
		expect(ids(shortlist(matchSites(data, n, d)))).toEqual(['met-near', 'met-far', 'gap-near']);
	});
});

describe('what it cannot know', () => {
	it('counts the land bases over every site and the unknowns per asked criterion', () => {
		const data = [site('a', { occupancy_pct: fig(97) }), site('b', { occupancy_pct: fig(100) }), site('c'), site('d', { available_ha: fig(4) }), site('e', { status: fig('removed') })];
		const n = needs({ flags: ['wastewater'] });
		const g = gaps(matchSites(data, n, null), n);
		expect(g).toEqual({ total: 4, land: { available: 1, area_minus_leased: 0, occupancy: 1, none: 1, full: 1 }, unknown: { wastewater: 4 } });
	});
});
