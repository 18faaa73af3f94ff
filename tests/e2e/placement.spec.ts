/**
 * Issue 11, data side: every 2023 zone is on the map, a commune point says it is one, dated reports
 * sit beside the figure they qualify, and the overview counts what is placed and how.
 */
import { readFileSync } from 'node:fs';
import { axeProblems, expect, test } from './support/driver';

const clusters = JSON.parse(readFileSync('build/data/clusters.geojson', 'utf8')) as {
	features: { geometry: unknown; properties: { evidence: string | null; status: { value: string } | null; point_kind: string | null } }[];
};

test.describe('sites placed at their commune', () => {
	test('"nam pho yen" finds the zone, drawn at area C’s commune point, with its idle-land reports beside its status', async ({ open, page, map }) => {
		await open();
		// It shares its commune point with Tân Phú 1 and 2, so it is drawn spread around that point.
		expect(await map.rendered(['zones-fill', 'zones-point', 'sites-spread'])).toContain('kcn-nam-pho-yen');
		await page.getByRole('searchbox').fill('nam pho yen');
		await page.getByRole('option', { name: /^KCN Nam Phổ Yên/ }).click();
		const panel = page.getByRole('complementary', { name: /KCN Nam Phổ Yên/ });
		await expect(panel.locator('[data-point-kind="commune"]')).toHaveText(/Điểm xã\/phường, không phải vị trí thực.*phường Trung Thành.*Độ tin cậy: thấp/);
		await expect(panel).toContainText('Công ty TNHH Đầu tư hạ tầng Lệ Trạch');
		const reports = panel.getByRole('list', { name: /Báo cáo tình trạng thực tế/ });
		await expect(reports.getByRole('listitem')).toHaveCount(2);
		await expect(reports).toContainText('bãi chăn thả');
		await expect(reports.getByRole('link', { name: 'F4-02' })).toHaveAttribute('href', /^https:\/\/laodong\.vn\//);
		expect(await axeProblems(page)).toEqual([]);
	});

	test('in English, Điềm Thụy’s 100 % carries the Area B vacancy report of 2025-08', async ({ open, page }) => {
		await open('lang=en&sel=kcn-diem-thuy');
		const panel = page.getByRole('complementary', { name: /Diem Thuy|Điềm Thụy/ });
		const reports = panel.getByRole('list', { name: /Reports of conditions on the ground/ });
		await expect(reports).toContainText('Area B still an empty lot');
		await expect(reports).toContainText(/Report \(.*2025/);
	});

	test('the overview says how many of the 35 clusters are placed and how many at a commune point', async ({ open, page }) => {
		const named = clusters.features.filter((c) => c.geometry && c.properties.status?.value !== 'removed' && !['removed_2021', 'unverified'].includes(c.properties.evidence ?? ''));
		const commune = named.filter((c) => c.properties.point_kind === 'commune').length;
		await open();
		await expect(page.getByTestId('coverage-placed')).toHaveText(`${named.length} / 35 cụm công nghiệp (2023) có trên bản đồ, ${commune} trong số đó đặt tại điểm xã/phường`);
	});
});
