import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from './support/driver';

test.describe('investor tools', () => {
	test('shortlist three zones near an interchange, compare them, share the link and a CSV', async ({ open, page }) => {
		test.setTimeout(90_000); // two page loads in software WebGL on a shared 2-core runner
		await open();
		// Given an investor who wants industrial parks ≤ 15 km (straight line) from an interchange, not reported full
		await page.getByText('Bộ lọc', { exact: true }).click();
		await page.getByRole('group', { name: 'Loại' }).getByRole('checkbox', { name: 'Khu công nghiệp' }).check();
		await page.getByLabel('Cách nút giao cao tốc tối đa (km, đường chim bay)').fill('15');
		await page.getByLabel('Tình trạng còn đất').selectOption({ label: 'Trừ nơi đã báo kín' });
		await expect(page).toHaveURL(/maxIx=15/);
		await expect(page).toHaveURL(/land=open/);
		await page.getByRole('button', { name: 'Danh sách', exact: true }).click();
		const list = page.getByRole('region', { name: /Danh sách khu, cụm/ });
		// KCN Yên Bình is 5 km away but reported 100 % occupied: filtered out
		await expect(list.getByRole('button', { name: 'KCN Yên Bình', exact: true })).toHaveCount(0);
		await list.getByRole('button', { name: 'Đến nút giao (km, đường chim bay)' }).click();
		// Nearest first: KCN Nam Phổ Yên, placed since round 4 at its area C's commune point (3.3 km).
		await expect(list.getByRole('row').nth(1)).toContainText('KCN Nam Phổ Yên');
		await expect(list.getByRole('row').nth(1)).toContainText('3,3 km');

		// When they add three of the zones to the comparison
		for (const name of ['KCN Phú Bình', 'KCN Sông Công I', 'KCN Tây Phổ Yên']) {
			await list.getByRole('button', { name, exact: true }).click();
			const panel = page.getByRole('complementary', { name });
			await expect(panel.getByTestId('distances')).toContainText('Nút giao Yên Bình');
			await panel.getByRole('button', { name: 'Thêm vào so sánh' }).click();
		}
		const tray = page.getByRole('region', { name: /So sánh \(3\)/ });
		await expect(tray).toBeVisible();
		await expect(page).toHaveURL(/cmp=kcn-phu-binh%2Ckcn-song-cong-1%2Ckcn-tay-pho-yen|cmp=kcn-phu-binh,kcn-song-cong-1,kcn-tay-pho-yen/);

		// Then the link alone brings the comparison back
		await page.reload();
		const back = page.getByRole('region', { name: /So sánh \(3\)/ });
		await back.getByRole('button', { name: 'Xem so sánh' }).click();
		const table = back.getByRole('table');
		await expect(table.getByRole('columnheader')).toHaveText(['Chỉ tiêu', 'KCN Phú Bình', 'KCN Sông Công I', 'KCN Tây Phổ Yên']);
		await expect(table.getByRole('row', { name: /^Tỷ lệ lấp đầy/ })).toContainText('97');

		// And the CSV of the comparison has one row per zone, every figure with its date and source
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			back.getByRole('group', { name: 'Xuất bảng so sánh' }).getByRole('button', { name: 'CSV' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/\.csv$/);
		const bytes = readFileSync((await download.path())!);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
		const col = (row: Record<string, string>, name: string) => row[name];
		expect(rows.map((r) => r.id)).toEqual(['kcn-phu-binh', 'kcn-song-cong-1', 'kcn-tay-pho-yen']);
		const sc1 = rows[1]!;
		expect(col(sc1, 'name_vi')).toBe('KCN Sông Công I');
		expect([col(sc1, 'occupancy_pct'), col(sc1, 'occupancy_pct_as_of'), col(sc1, 'occupancy_pct_source')]).toEqual(['97', '2022', 'Z02']);
		expect(col(sc1, 'area_ha_source')).toBe('R02');
		expect(Number(col(sc1, 'straight_km_ix'))).toBeLessThanOrEqual(15);
		expect(col(sc1, 'available_ha')).toBe('');
		expect(col(sc1, 'not_published')).toContain('available_ha');
	});

	test('the one-page brief of a zone shows its name, area, distances and sources, in vi and en', async ({ page, errors }) => {
		void errors;
		await page.goto('/brief?id=kcn-song-cong-1');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('KCN Sông Công I');
		const main = page.getByRole('main');
		await expect(main).toContainText('196,9 ha');
		await expect(main).toContainText('Khoảng cách đường chim bay');
		await expect(main.getByRole('link', { name: 'R02' }).first()).toBeVisible();
		await expect(main.getByRole('img', { name: /Vị trí/ })).toBeVisible();
		await expect(main).toContainText(/Số liệu mới nhất của khu, cụm này tính đến/);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'In / lưu PDF' })).toBeHidden();

		await page.goto('/brief?id=kcn-song-cong-1&lang=en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Song Cong I Industrial Park');
		await expect(page.getByRole('main')).toContainText('196.9 ha');
		await expect(page.getByRole('main')).toContainText('Straight-line, not road distance');
	});
});
