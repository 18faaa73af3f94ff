/**
 * The data must reproduce the headline figures it was built from. Each test recomputes a figure from
 * the features alone and compares it with the published figure in province.json; where they cannot
 * agree, the test says so rather than bending the data.
 */
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/lib/data/validate';
import { aggregate } from '../../src/lib/geo/aggregate';
import { inSouth, SOUTH_SOURCES, SOUTH_SPINE } from '../../src/lib/geo/corridor';
import { coverage } from '../../src/lib/geo/coverage';
import { readGeodata } from '../../scripts/lib/geodata-files';
import { derive, readCommuneLookup, sameSet } from '../../scripts/lib/communes-2025';
import { OLD_COMMUNE_POINT, placeSites, type Feat } from '../../scripts/lib/place-communes';
import { readiness } from '../../src/lib/geo/readiness';

const { errors, data } = validate(readGeodata('geodata'));
const d = data!;
const fig = (id: string) => {
	const f = d.province.find((x) => x.id === id);
	if (!f) throw new Error(`province.json has no figure ${id}`);
	return f.value;
};
const zone = (id: string) => d.zones.find((z) => z.properties.id === id)!.properties;

describe('geodata', () => {
	it('passes the validator', () => {
		expect(errors).toEqual([]);
	});

	it('has the 2023 set of 7 zones, 5 of them operating', () => {
		const counted = d.zones.filter((z) => z.properties.counted_2023);
		expect(counted).toHaveLength(fig('kcn-total-2023'));
		const operating = counted.filter((z) => z.properties.status_2023?.value === 'operating');
		expect(operating).toHaveLength(fig('kcn-operating-2023'));
		expect(operating.map((z) => z.properties.id).sort()).toEqual(
			['kcn-diem-thuy', 'kcn-nam-pho-yen', 'kcn-song-cong-1', 'kcn-song-cong-2', 'kcn-yen-binh']
		);
	});

	it('keeps Quyết Thắng, marked removed and out of the 2021–2030 plan', () => {
		const q = zone('kcn-quyet-thang');
		expect(q.plan_2030).toBe(false);
		expect(q.status?.value).toBe('removed');
		expect(q.counted_2023).toBe(false);
	});

	it('has the plan’s 11 KCN of old Thái Nguyên in the 2021–2030 plan', () => {
		const inPlan = d.zones.filter((z) => z.properties.plan_2030 && !z.properties.former_bac_kan && z.properties.subtype !== 'it_park');
		expect(inPlan).toHaveLength(fig('kcn-planned-2030'));
	});

	it('covers the plan’s KCN area as far as the data has areas (documented gap)', () => {
		const inPlan = d.zones.filter((z) => z.properties.plan_2030 && !z.properties.former_bac_kan && z.properties.subtype !== 'it_park');
		const ha = inPlan.reduce((s, z) => s + (z.properties.area_ha?.value ?? 0), 0);
		// The plan's 4,245 ha counts Tây Phổ Yên's KCN part (868 ha) while our area_ha is the whole 1,128 ha complex,
		// and some zones have only "more than" figures: the sum lands near the plan total, not on it.
		expect(Math.abs(ha - fig('kcn-area-planned-2030')) / fig('kcn-area-planned-2030')).toBeLessThan(0.02);
	});

	it('flags every zone of former Bắc Kạn with a Bắc Kạn district', () => {
		for (const z of d.zones.filter((x) => x.properties.former_bac_kan)) expect(z.properties.district?.startsWith('bk-')).toBe(true);
		expect(d.zones.some((z) => z.properties.former_bac_kan)).toBe(true);
	});

	it('has the cluster aggregates of 2023 and says how many of the 35 are mapped', () => {
		expect(fig('ccn-planned-2023')).toBe(35);
		expect(fig('ccn-with-investor-2023')).toBe(22);
		expect(fig('ccn-investment-2023-vnd')).toBe(6_650_000_000_000);
		expect(fig('ccn-secondary-projects-2023')).toBe(65);
		const cov = coverage(d);
		// Confirmed, live clusters: no more than the plan's 41; those with a location: fewer than the 35 of 2023.
		expect(cov.clustersNamed).toBeLessThanOrEqual(fig('ccn-planned-2030'));
		expect(cov.clustersMapped).toBe(d.clusters.filter((c) => c.geometry && !['removed_2021', 'unverified'].includes(c.properties.evidence ?? '') && c.properties.status?.value !== 'removed').length);
		expect(cov.clustersMapped).toBeLessThan(fig('ccn-planned-2023'));
	});

	it('names fewer investor-backed clusters than the 22 of 2023 (documented gap, not a guess)', () => {
		const withInvestor = d.clusters.filter((c) => c.properties.developer !== null && c.properties.counted_2023);
		expect(withInvestor.length).toBeLessThanOrEqual(fig('ccn-with-investor-2023'));
	});

	it('has the corridors the plan names', () => {
		const ids = d.corridors.map((c) => c.properties.id);
		for (const id of ['ct07', 'ql3', 'ql37', 'ql17', 'ql1b', 'ql3c', 'ql279', 'vanh-dai-5', 'tn-cho-moi']) expect(ids).toContain(id);
		expect(d.corridors.filter((c) => c.properties.kind === 'railway')).toHaveLength(3);
	});

	it('has the nine pre-2025 district seats and the investors’ reference destinations', () => {
		const seats = d.places.filter((p) => p.properties.place_type === 'district_seat' && !p.properties.district?.startsWith('bk-'));
		expect(seats).toHaveLength(9);
		const ids = d.places.map((p) => p.properties.id);
		for (const id of ['ref-ha-noi', 'ref-noi-bai', 'ref-lach-huyen', 'ref-huu-nghi', 'ref-bac-ninh', 'ref-bac-giang']) expect(ids).toContain(id);
	});

	it('draws no zone as surveyed or traced: every outline is indicative', () => {
		for (const s of [...d.zones, ...d.clusters]) expect(s.properties.geometry_quality).toBe('indicative');
	});

	it('puts all 11 zones of the 2030 plan and its IT park in the southern corridor, on a spine and sources that exist', () => {
		const t = aggregate(d.zones.filter(inSouth), 'plan2030');
		expect(t.zones).toBe(fig('kcn-planned-2030') + 1);
		const inPlan = d.zones.filter((z) => z.properties.plan_2030 && z.properties.subtype !== 'it_park');
		expect(inPlan).toHaveLength(fig('kcn-planned-2030'));
		expect(aggregate(d.zones.filter((z) => !inSouth(z)), 'plan2030').zones).toBe(0);
		for (const id of SOUTH_SPINE) expect(d.corridors.find((c) => c.properties.id === id)?.geometry, id).toBeTruthy();
		for (const code of SOUTH_SOURCES) expect(d.sources[code], code).toBeDefined();
	});

	it('shows the plan removing Quyết Thắng: in the 2023 phase it is not counted, in the plan it is removed', () => {
		const qt = d.zones.find((z) => z.properties.id === 'kcn-quyet-thang')!;
		expect(aggregate([qt], 'y2023').zones).toBe(0);
		expect(aggregate([qt], 'plan2030').byStatus.get('removed')).toBe(1);
		expect(aggregate([qt], 'today').area.value).toBeNull();
	});

	it('puts all 7 zones of 2023 on the map, Nam Phổ Yên at the commune of its area C', () => {
		const counted = d.zones.filter((z) => z.properties.counted_2023);
		expect(counted).toHaveLength(fig('kcn-total-2023'));
		for (const z of counted) expect(z.geometry, z.properties.id).not.toBeNull();
		const npy = zone('kcn-nam-pho-yen');
		expect([npy.point_kind, npy.location_confidence, npy.commune_2025?.value]).toEqual(['commune', 'low', ['phường Trung Thành']]);
		expect(npy.developer?.value).toBe('Công ty TNHH Đầu tư hạ tầng Lệ Trạch');
		// Both readings stay: still counted operating, and the dated reports of idle land beside it.
		expect(npy.status?.value).toBe('operating');
		expect(npy.reports?.filter((r) => r.about === 'status').length).toBeGreaterThanOrEqual(2);
	});
});

describe('2025 communes (NQ 1683) and commune points (P01)', () => {
	const lookup = readCommuneLookup();
	const sites = [...d.zones, ...d.clusters].filter((s) => !s.properties.former_bac_kan);
	const named = d.clusters.filter((c) => c.properties.status?.value !== 'removed' && !['removed_2021', 'unverified'].includes(c.properties.evidence ?? ''));

	it('places every named live cluster whose commune maps to one 2025 unit', () => {
		const known = named.filter((c) => derive(lookup, c.properties).units?.length === 1);
		expect(known.length).toBeGreaterThan(20);
		for (const c of known) expect(c.geometry, c.properties.id).not.toBeNull();
		// Only the split commune (Thượng Đình) keeps a named cluster off the map.
		expect(named.filter((c) => !c.geometry).map((c) => c.properties.id)).toEqual(['ccn-thuong-dinh']);
	});

	it('is exactly what scripts/place-communes.ts makes of it (no hand edit out of step with the rule)', () => {
		const raw = readGeodata('geodata');
		for (const key of ['zones', 'clusters'] as const) {
			const fc = JSON.parse(raw[key]!) as { features: Feat[] };
			placeSites(fc.features, lookup);
			expect(fc, key).toEqual(JSON.parse(raw[key]!));
		}
	});

	it('keeps a pre-2025 commune’s own reference point where the data has one (a smaller unit than its 2025 merger)', () => {
		for (const id of OLD_COMMUNE_POINT) {
			const p = sites.find((s) => s.properties.id === id)!.properties;
			expect(p.point_kind, id).toBe('commune');
			expect(p.sources.some((c) => /^A(09|10|11)$/.test(c)), id).toBe(true);
			expect(p.sources, id).not.toContain('P01');
			expect(p.notes_en, id).toMatch(/commune/i);
		}
	});

	it('draws every other commune point exactly on its 2025 unit’s point', () => {
		const communal = sites.filter((s) => s.properties.point_kind === 'commune' && !OLD_COMMUNE_POINT.has(s.properties.id));
		expect(communal.length).toBeGreaterThan(20);
		for (const s of communal) {
			const units = derive(lookup, s.properties).units;
			expect(units, s.properties.id).toHaveLength(1);
			const pt = lookup.points.get(units![0]!);
			expect(s.properties.anchor, s.properties.id).toEqual(pt);
			expect(s.geometry, s.properties.id).toEqual({ type: 'Point', coordinates: pt });
			expect(s.properties.sources, s.properties.id).toContain('P01');
			expect(['low', 'very_low'], s.properties.id).toContain(s.properties.location_confidence);
		}
	});

	it('gives commune_2025 as NQ 1683 maps the old communes (a newer differing source keeps NQ 1683 in alt)', () => {
		let checked = 0;
		for (const s of sites) {
			const p = s.properties;
			const dv = derive(lookup, p);
			if (!p.old_communes?.length) continue;
			expect(dv.unresolved, p.id).toEqual([]);
			if (!dv.units) { expect(p.commune_2025?.source, p.id).not.toBe('NQ1683'); continue; }
			const f = p.commune_2025!;
			expect(f, p.id).not.toBeNull();
			const agrees = sameSet(f.value, dv.units) || (f.alt ?? []).some((a) => a.source === 'NQ1683' && sameSet(a.value, dv.units!));
			expect(agrees, `${p.id}: ${f.value.join(', ')} vs ${dv.units.join(', ')}`).toBe(true);
			checked++;
		}
		expect(checked).toBeGreaterThan(40);
	});
});

describe('facts round 4', () => {
	it('keeps Điềm Thụy’s 100 % with the 2025-08 Area B vacancy report beside it', () => {
		const p = zone('kcn-diem-thuy');
		expect(p.occupancy_pct?.value).toBe(100);
		expect(p.reports?.find((r) => r.about === 'occupancy_pct')).toMatchObject({ as_of: '2025-08', source: 'F4-08' });
	});

	it('shows Yên Bình’s central wastewater plant, so its readiness badge says yes', () => {
		const p = zone('kcn-yen-binh');
		expect(readiness(p).find((b) => b.key === 'wastewater')?.state).toBe('yes');
		expect(p.area_ha?.alt?.some((a) => a.source === 'F4-06' && a.value === 200)).toBe(true);
	});

	it('keeps Sông Công II’s stale 40 % and Tân Dương’s capital conflict in alt', () => {
		expect(zone('kcn-song-cong-2').occupancy_pct?.alt?.some((a) => a.value === 40 && a.source === 'F4-04')).toBe(true);
		const td = d.clusters.find((c) => c.properties.id === 'ccn-tan-duong')!.properties;
		expect(td.industrial_land_ha?.value).toBe(7.82);
		expect(td.investment_vnd?.alt?.some((a) => a.source === 'F4-12')).toBe(true);
	});

	it('reads “CCN Trung Thành” as area C of Nam Phổ Yên: not a named cluster, not drawn, id still resolvable', () => {
		const tt = d.clusters.find((c) => c.properties.id === 'ccn-trung-thanh')!;
		expect(tt.properties.evidence).toBe('unverified');
		expect(tt.geometry).toBeNull();
		expect(zone('kcn-nam-pho-yen').aliases).toContain('KCN Trung Thành');
	});

	it('has the 27 clusters established at end-2024 and former Bắc Kạn’s 6', () => {
		expect(fig('ccn-established-2024-12')).toBe(27);
		expect(fig('ccn-established-area-2024-12')).toBe(1073);
		expect(fig('bk-ccn-established-2024-12')).toBe(6);
		// Named live clusters never exceed what the province says exists.
		expect(coverage(d).clustersNamed).toBeLessThanOrEqual(fig('ccn-planned-2023'));
	});
});
