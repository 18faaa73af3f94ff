/**
 * Planner journeys: the southern growth corridor with live totals, the plan phases, the units, and
 * "within N km" of a corridor. The expected totals are recomputed here from geodata/ with plain
 * code (not the app's functions), so a wrong aggregation in the app shows up as a mismatch.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './support/driver';

type Fig<T> = { value: T } | null;
type P = {
	id: string; kind: 'kcn' | 'ccn'; district: string | null; district_also: string[]; evidence: string | null;
	status: Fig<string>; plan_2030: boolean | null; counted_2023: boolean | null;
	area_ha: Fig<number>; industrial_land_ha: Fig<number>; available_ha: Fig<number>; occupancy_pct: Fig<number>;
};
const read = (f: string) => (JSON.parse(readFileSync(`geodata/${f}`, 'utf8')) as { features: { properties: P }[] }).features.map((x) => x.properties);
const SITES = [...read('zones.geojson'), ...read('clusters.geojson')];
const SOUTH = ['tp-thai-nguyen', 'tp-song-cong', 'tp-pho-yen', 'phu-binh'];
const south = (p: P) => [p.district, ...p.district_also].some((d) => d !== null && SOUTH.includes(d));
const removed = (p: P) => p.status?.value === 'removed' || p.evidence === 'removed_2021';

function expected(keep: (p: P) => boolean) {
	const ps = SITES.filter(keep);
	const sum = (k: 'area_ha' | 'industrial_land_ha' | 'available_ha') => {
		const xs = ps.map((p) => p[k]?.value).filter((v): v is number => v !== undefined);
		return xs.length ? xs.reduce((a, b) => a + b, 0) : null;
	};
	let w = 0, ow = 0;
	for (const p of ps) {
		const weight = (p.industrial_land_ha ?? p.area_ha)?.value;
		if (p.occupancy_pct && weight) { w += weight; ow += p.occupancy_pct.value * weight; }
	}
	return {
		zones: ps.filter((p) => p.kind === 'kcn').length, clusters: ps.filter((p) => p.kind === 'ccn').length,
		area: sum('area_ha'), industrial: sum('industrial_land_ha'), available: sum('available_ha'), occupancy: w ? ow / w : null
	};
}

test.describe('planner', () => {
	test('the southern corridor toggle highlights the south and shows totals that match the data', async ({ open, page, map }) => {
		await open();
		await page.getByRole('checkbox', { name: 'Hành lang tăng trưởng phía Nam' }).check();
		const panel = page.getByRole('complementary', { name: 'Hành lang tăng trưởng phía Nam' });
		await expect(panel).toBeVisible();
		await expect(page).toHaveURL(/south=1/);
		await expect(panel.getByTestId('south-caption')).toContainText('Quyết định 222/QĐ-TTg');

		const totals = panel.getByTestId('south-totals');
		const cell = (side: 0 | 1, name: string) => totals.locator(`td[data-total="${name}"]`).nth(side);
		for (const [side, keep] of [[0, (p: P) => south(p) && !removed(p)], [1, (p: P) => !south(p) && !removed(p)]] as const) {
			const e = expected(keep);
			await expect(cell(side, 'zones')).toHaveAttribute('data-value', String(e.zones));
			await expect(cell(side, 'clusters')).toHaveAttribute('data-value', String(e.clusters));
			for (const k of ['area', 'industrial', 'occupancy'] as const) {
				const v = Number(await cell(side, k).getAttribute('data-value'));
				if (e[k] === null) await expect(cell(side, k)).toHaveAttribute('data-value', '');
				else expect(v, `${k} side ${side}`).toBeCloseTo(e[k]!, 6);
			}
		}
		// No site publishes available land: the total says so rather than 0.
		expect(expected(() => true).available).toBeNull();
		await expect(cell(0, 'available')).toContainText('chưa công bố');
		await expect(cell(0, 'area')).toContainText('ha');

		// The rest of the province is dimmed on the map.
		expect(await map.state('zones', 'kcn-yen-binh')).toMatchObject({ dim: false });
		expect(await map.state('zones', 'kcn-cho-moi-1')).toMatchObject({ dim: true });
		expect(await map.visibility('spine-halo')).toBe('visible');
	});

	test('the 2030 plan shows the added zones and the removed one; 2023 hides what came later', async ({ open, page, map }) => {
		await open('south=1');
		await page.getByRole('radio', { name: 'Quy hoạch 2030' }).check();
		await expect(page).toHaveURL(/phase=plan2030/);
		const legend = page.getByRole('region', { name: 'Chú giải' }).or(page.locator('section.legend'));
		await expect(legend.getByRole('button', { name: /Quy hoạch bổ sung mới/ })).toBeVisible();
		await expect(legend.getByRole('button', { name: /Đã đưa ra khỏi quy hoạch/ })).toBeVisible();
		const cls = (id: string) => page.evaluate((fid) => {
			const m = (window as never as { __tnim: { map: { querySourceFeatures(s: string): { properties: { id: string; c_plan: string } }[] } } }).__tnim.map;
			return m.querySourceFeatures('zones').find((f) => f.properties.id === fid)?.properties.c_plan;
		}, id);
		expect(await cls('kcn-tay-pho-yen')).toBe('plan_added');
		expect(await cls('kcn-quyet-thang')).toBe('removed');
		expect(await map.rendered(['zones-fill', 'zones-point'])).toContain('kcn-tay-pho-yen');
		// The plan's zones in the south: the totals count exactly the sites the plan lists.
		const e = expected((p) => south(p) && p.plan_2030 === true && !removed(p));
		await expect(page.getByTestId('south-totals').locator('td[data-total="zones"]').first()).toHaveAttribute('data-value', String(e.zones));

		await page.getByRole('radio', { name: '2023', exact: true }).check();
		await expect(page).toHaveURL(/phase=y2023/);
		await expect.poll(() => map.rendered(['zones-fill', 'zones-point'])).not.toContain('kcn-tay-pho-yen');
		expect(await map.rendered(['zones-fill', 'zones-point'])).toContain('kcn-song-cong-1');
		const e23 = expected((p) => south(p) && p.counted_2023 === true);
		await expect(page.getByTestId('south-totals').locator('td[data-total="zones"]').first()).toHaveAttribute('data-value', String(e23.zones));
	});

	test('a shared link reproduces the planner view, and the distance picks the sites near the expressway', async ({ open, page }) => {
		await open('south=1&phase=plan2030&km=2&lang=en');
		await expect(page.getByRole('checkbox', { name: 'Southern growth corridor' })).toBeChecked();
		await expect(page.getByRole('radio', { name: '2030 plan' })).toBeChecked();
		const near = page.getByTestId('near-list');
		await expect(near.getByRole('combobox')).toHaveValue('2');
		await expect(near.locator('li[data-site="kcn-yen-binh"]')).toContainText('km');
		await expect(near.locator('li[data-site="kcn-phu-binh"]')).toHaveCount(0);
		const twoKm = await near.locator('li').count();
		await near.getByRole('combobox').selectOption('10');
		await expect(page).toHaveURL(/km=10/);
		await expect.poll(() => near.locator('li').count()).toBeGreaterThan(twoKm);
		// A site in the list opens its panel.
		await near.getByRole('button', { name: 'Yen Binh Industrial Park', exact: true }).click();
		await expect(page.getByRole('complementary', { name: 'Yen Binh Industrial Park' })).toBeVisible();
	});

	test('a selected corridor shows its length, status and the sites near it', async ({ open, page }) => {
		await open('sel=ql3');
		const panel = page.getByRole('complementary', { name: /QL3|Quốc lộ 3/ });
		await expect(panel).toContainText('Chiều dài');
		await expect(panel).toContainText('Đang hoạt động');
		await expect(panel.getByTestId('near-list').locator('li').first()).toBeVisible();
	});

	test('colour by 2025 communes, and a site shows both its district and its commune', async ({ open, page }) => {
		await open('by=district');
		await page.getByRole('radio', { name: 'Xã, phường (2025)' }).check();
		await expect(page).toHaveURL(/units=commune/);
		await expect(page.getByRole('button', { name: /phường Bách Quang/ })).toBeVisible();
		await page.getByRole('searchbox').fill('song cong i');
		await page.getByRole('option', { name: /^KCN Sông Công I\b/ }).first().click();
		const panel = page.getByRole('complementary', { name: /KCN Sông Công I/ });
		await expect(panel).toContainText('Sông Công');
		await expect(panel).toContainText('phường Bách Quang');
	});
});
