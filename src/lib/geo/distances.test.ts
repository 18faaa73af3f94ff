import { describe, expect, it } from 'vitest';
import { circle } from '@turf/turf';

import { km, nearest, representativePoint, siteDistances, withinKm, type PlaceLike, type SiteDistances } from './distances';

// Expected values worked by hand with the haversine formula, R = 6371.0088 km (Turf's mean radius):
// d = 2R·asin(√(sin²(Δφ/2) + cos φ1·cos φ2·sin²(Δλ/2))).
describe('km (straight line)', () => {
	it('gives 111.2 km for one degree of latitude', () => {
		expect(km([105, 21], [105, 22])).toBe(111.2); // 2R·(0.5°) = R·π/180 = 111.195
	});
	it('shrinks a degree of longitude with latitude (cos 60° = ½)', () => {
		expect(km([0, 60], [1, 60])).toBe(55.6); // 2R·asin(½·sin 0.5°) = 55.597
	});
	it('puts Nội Bài 22.0 km from Hoàn Kiếm', () => {
		expect(km([105.8542, 21.0285], [105.8069, 21.2212])).toBe(22.0); // 21.98
	});
	it('is symmetric and zero at the same point', () => {
		expect(km([105.9, 21.385], [105.947, 21.079])).toBe(km([105.947, 21.079], [105.9, 21.385]));
		expect(km([105.9, 21.4], [105.9, 21.4])).toBe(0);
	});
});

const place = (id: string, type: string, c: [number, number]): PlaceLike =>
	({ type: 'Feature', geometry: { type: 'Point', coordinates: c }, properties: { id, place_type: type } });
const PLACES = [
	place('ix-yen-binh', 'interchange', [105.9, 21.385]), place('ix-ninh-hiep', 'interchange', [105.947, 21.079]),
	place('ref-noi-bai', 'destination', [105.8069, 21.2212]), place('ref-ha-noi', 'destination', [105.8542, 21.0285]),
	place('ref-hai-phong-dinh-vu', 'destination', [106.775, 20.845]), place('ref-lach-huyen', 'destination', [106.93, 20.82]),
	place('ref-huu-nghi', 'destination', [106.705, 21.977]), place('st-pho-yen', 'station', [105.878, 21.411]),
	place('st-khuc-rong', 'station', [105.91, 21.56])
];

describe('nearest of a set', () => {
	it('picks the closer interchange: Yên Bình 5.1 km, not Ninh Hiệp 39.4 km', () => {
		const from = [105.9005, 21.4309];
		expect(nearest(from, [{ id: 'ix-ninh-hiep', coords: [105.947, 21.079] }, { id: 'ix-yen-binh', coords: [105.9, 21.385] }]))
			.toEqual({ km: 5.1, to: 'ix-yen-binh' });
	});
	it('is null without an origin or without destinations', () => {
		expect(nearest(null, [{ id: 'a', coords: [0, 0] }])).toBeNull();
		expect(nearest([0, 0], [])).toBeNull();
	});
});

describe('siteDistances', () => {
	it('has no distances for a site with no known location', () => {
		const d = siteDistances(representativePoint(null, null), PLACES);
		expect(Object.values(d).every((x) => x === null)).toBe(true);
	});
	it('measures every target, the port as the nearer of Đình Vũ and Lạch Huyện', () => {
		const d = siteDistances([105.9005, 21.4309], PLACES);
		expect(d.ix).toEqual({ km: 5.1, to: 'ix-yen-binh' });
		expect(d.noi_bai?.to).toBe('ref-noi-bai');
		expect(d.port?.to).toBe('ref-hai-phong-dinh-vu');
		expect(d.border?.to).toBe('ref-huu-nghi');
	});
	it('skips excluded places (a station on a disused line)', () => {
		const from = [105.91, 21.55];
		expect(siteDistances(from, PLACES).station?.to).toBe('st-khuc-rong');
		expect(siteDistances(from, PLACES, new Set(['st-khuc-rong'])).station?.to).toBe('st-pho-yen');
	});
});

describe('representativePoint', () => {
	it('uses a point site as is', () => {
		expect(representativePoint({ type: 'Point', coordinates: [105.8, 21.5] })).toEqual([105.8, 21.5]);
	});
	it('measures an outline from its anchor', () => {
		const g = circle([105.9, 21.43], 1).geometry;
		expect(representativePoint(g, [105.9, 21.43])).toEqual([105.9, 21.43]);
	});
	it('falls back to a point on the outline when there is no anchor', () => {
		const g = circle([105.9, 21.43], 1).geometry;
		const p = representativePoint(g, null)!;
		expect(km(p, [105.9, 21.43])).toBeLessThanOrEqual(1);
	});
});

describe('withinKm (the interchange filter)', () => {
	const d = { ix: { km: 12.3, to: 'ix-yen-binh' } } as SiteDistances;
	it('keeps a site within the limit, including on it', () => {
		expect(withinKm(d, 'ix', 15)).toBe(true);
		expect(withinKm(d, 'ix', 12.3)).toBe(true);
		expect(withinKm(d, 'ix', 10)).toBe(false);
	});
	it('never keeps a site whose distance is unknown, and keeps all without a limit', () => {
		expect(withinKm(undefined, 'ix', 15)).toBe(false);
		expect(withinKm({ ix: null } as SiteDistances, 'ix', 15)).toBe(false);
		expect(withinKm(undefined, 'ix', null)).toBe(true);
	});
});
