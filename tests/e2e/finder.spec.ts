import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { axeProblems, expect, test, type Page } from './support/driver';

const shortIds = (page: Page) =>
	page.getByRole('list', { name: 'Danh sách rút gọn' }).locator(':scope > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')!));

test.describe('find land for my project', () => {
	test('needs → honest shortlist → the link reopens it → the CSV carries every mark', async ({ open, page, map }) => {
		test.setTimeout(120_000); // two page loads and a brief in software WebGL on a shared 2-core runner
		const scripts: string[] = [];
		page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
		await open();
		const atStart = scripts.length;
		// Given an investor who needs 20 ha in an operating site at most 10 km (straight line) from an interchange
		await page.getByRole('button', { name: 'Tìm đất cho dự án' }).click();
		const panel = page.getByRole('complementary', { name: 'Tìm đất cho dự án' });
		// The panel and the matcher load on first use, not with the first page
		await expect(panel.getByTestId('finder')).toBeVisible();
		expect(scripts.length).toBeGreaterThan(atStart);
		await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
		await panel.getByLabel('Diện tích đất cần (ha)').fill('20');
		await panel.getByRole('checkbox', { name: 'Khu đang hoạt động' }).check();
		await panel.getByLabel('Đến nút giao cao tốc').fill('10');
		await expect(page).toHaveURL(/find=1&needHa=20&need=operating&needIx=10/);

		// Then every shortlisted site fails no need, and none is "all met" on land: no site publishes available land
		await expect(panel.getByTestId('match-counts')).toContainText('Đạt mọi tiêu chí: 0');
		await expect(panel.getByTestId('match-land-summary')).toContainText('Không khu, cụm nào công bố diện tích đất còn trống.');
		const list = panel.getByRole('list', { name: 'Danh sách rút gọn' });
		await expect(list.locator(':scope > li').first()).toBeVisible();
		await expect(list.locator('[data-mark="not_met"]')).toHaveCount(0);
		await expect(list.locator('[data-criterion="land"][data-mark="met"]')).toHaveCount(0);
		// Unknown shows as words and an icon, with "not published" behind it
		const firstUnknown = list.locator('[data-mark="unknown"]').first();
		await expect(firstUnknown).toContainText('chưa rõ');
		await expect(firstUnknown).toContainText('?');
		// KCN Yên Bình, 5 km from an interchange but reported 100 % occupied, is ruled out on land, with its source
		await panel.getByText(/^Bị loại \(\d+\)$/).click();
		const yenBinh = panel.locator('li[data-id="kcn-yen-binh"]');
		await expect(yenBinh.locator('[data-criterion="land"]')).toHaveAttribute('data-mark', 'not_met');
		await expect(yenBinh.locator('[data-criterion="land"]')).toContainText('lấp đầy 100');
		// Removed sites never appear, not even among the ruled out
		await expect(panel.locator('li[data-id="kcn-quyet-thang"], li[data-id="ccn-phu-lac-1"]')).toHaveCount(0);

		// And the map keeps the shortlist bright and dims the rest, by paint
		const ids = await shortIds(page);
		expect(ids.length).toBeGreaterThan(0);
		// (feature-state `dim`, set per site: no filter, no re-tiling); unplaced sites have no feature to dim
		await expect.poll(async () => {
			const seen = await page.evaluate(() => {
				type M = { querySourceFeatures(s: string): { properties: { id: string } }[]; getFeatureState(f: object): { dim?: boolean } };
				const m = (window as never as { __tnim: { map: M } }).__tnim.map;
				const all: string[] = [], bright: string[] = [];
				for (const source of ['zones', 'clusters']) for (const f of m.querySourceFeatures(source)) {
					all.push(f.properties.id);
					if (m.getFeatureState({ source, id: f.properties.id }).dim === false) bright.push(f.properties.id);
				}
				return { all: [...new Set(all)], bright: [...new Set(bright)].sort() };
			});
			const placed = ids.filter((i) => seen.all.includes(i)).sort();
			return placed.length && placed.join(',') === seen.bright.join(',') ? 'bright = placed shortlist' : `bright ${seen.bright} vs shortlist ${placed}`;
		}).toBe('bright = placed shortlist');

		// When the link is opened again, the same shortlist comes back in the same order
		await page.reload();
		await expect(page.getByRole('complementary', { name: 'Tìm đất cho dự án' })).toBeVisible({ timeout: 45_000 });
		await expect(page.getByLabel('Diện tích đất cần (ha)')).toHaveValue('20');
		await expect.poll(() => shortIds(page)).toEqual(ids);

		// And the shortlist's CSV has one row per site in rank order, with every need's mark, figure, date and source
		const again = page.getByRole('complementary', { name: 'Tìm đất cho dự án' });
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			again.getByRole('group', { name: /^Xuất danh sách rút gọn/ }).getByRole('button', { name: 'CSV' }).click()
		]);
		const rows = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8').slice(1), { header: true, skipEmptyLines: true }).data;
		expect(rows.map((r) => r.id)).toEqual(ids);
		expect(rows.map((r) => Number(r.match_rank))).toEqual(ids.map((_, i) => i + 1));
		for (const r of rows) {
			expect(r.match_needs).toBe('needHa=20&need=operating&needIx=10');
			expect(r.match_result).toBe('may_fit');
			expect(['possibly', 'unknown']).toContain(r.match_land);
			expect(['available', 'area_minus_leased', 'occupancy', 'none']).toContain(r.match_land_basis);
			expect(['met', 'unknown']).toContain(r.match_operating);
			if (r.match_operating === 'met') expect([r.match_operating_value, r.match_operating_as_of !== '', r.match_operating_source !== '']).toEqual(['operating', true, true]);
			expect(['met', 'unknown']).toContain(r.match_ix);
		}

		// And the top four open in the compare tray, and the briefs print one page per site
		await again.getByRole('button', { name: /^So sánh \d khu đầu danh sách$/ }).click();
		await expect(page.getByRole('region', { name: `So sánh (${Math.min(4, ids.length)})` })).toBeVisible();
		const href = await again.getByRole('link', { name: 'Bản tóm tắt một trang mỗi khu (A4)' }).getAttribute('href');
		expect(href).toContain(`ids=${ids.slice(0, 12).join('%2C')}`);
		await page.goto(href!);
		await expect(page.locator('main[data-loaded="true"] h1')).toHaveCount(Math.min(12, ids.length));
		expect(await axeProblems(page), 'axe on the multi-site brief').toEqual([]);
		await page.getByRole('link', { name: /Về bản đồ/ }).click();
		await expect(page).toHaveURL(/find=1&needHa=20&need=operating&needIx=10/);
	});

	test('in English, an empty finder lists every site that is not removed and says what it cannot know', async ({ open, page }) => {
		await open('lang=en&find=1');
		const panel = page.getByRole('complementary', { name: 'Find land for my project' });
		await expect(panel.getByText('No need stated yet', { exact: false })).toBeVisible();
		await expect(panel.getByTestId('match-land-summary')).toContainText('No site publishes available land. Possibly available (occupancy below 100 %):');
		await expect(panel.locator('li[data-id="kcn-yen-binh"]')).toBeVisible();
		await expect(panel.locator('li[data-id="kcn-quyet-thang"]')).toHaveCount(0);
		// With needs stated and the ruled-out sites open, the panel passes axe (marks are words and icons, not colour)
		await panel.getByRole('checkbox', { name: 'Wastewater treatment plant' }).check();
		await panel.getByLabel('To Nội Bài airport').fill('45');
		await panel.getByText(/^Ruled out \(\d+\)$/).click();
		await expect(panel.locator('[data-criterion="noi_bai"]').first()).toBeVisible();
		expect(await axeProblems(page), 'axe on the land finder').toEqual([]);
		// Closing the finder takes its keys' panel flag out of the address
		await panel.getByRole('button', { name: 'Close the land finder' }).click();
		await expect(page).not.toHaveURL(/find=1/);
		await expect(page.getByRole('complementary', { name: 'Province overview' }).getByRole('heading', { level: 2 })).toBeFocused();
	});
});
