import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './support/driver';

/**
 * A 5,000-character name (issue 14) must not hide the details: headings are clamped to a few lines in
 * the panel, list, compare tray and brief, with the full text still in the element (title, DOM).
 */
const LONG = 'Khu công nghiệp rất dài '.repeat(209).slice(0, 5000);

async function withLongName(page: Page): Promise<void> {
	const zones = JSON.parse(readFileSync('build/data/zones.geojson', 'utf8'));
	const yb = zones.features.find((f: { properties: { id: string } }) => f.properties.id === 'kcn-yen-binh');
	yb.properties.name_vi = LONG;
	yb.properties.name_en = LONG;
	await page.route('**/data/zones.geojson', (r) => r.fulfill({ status: 200, contentType: 'application/geo+json', body: JSON.stringify(zones) }));
}

test('a 5,000-character name leaves the panel, list and compare tray usable', async ({ page, open }) => {
	await withLongName(page);
	await open('?lang=en&sel=kcn-yen-binh&list=1&cmp=kcn-yen-binh,kcn-diem-thuy');
	const panel = page.getByTestId('side-panel');
	const h = panel.getByRole('heading', { level: 2 });
	await expect(h).toHaveAttribute('title', LONG);
	expect((await h.boundingBox())!.height).toBeLessThan(120);
	await expect(panel.getByText('District (pre-2025)', { exact: true })).toBeInViewport();

	const row = page.getByRole('button', { name: LONG }).filter({ has: page.locator(':scope.link') });
	await expect(row).toHaveCount(1);
	expect((await row.boundingBox())!.height).toBeLessThan(60);

	const chip = page.locator('.tray .names .chip', { hasText: 'Khu công nghiệp rất dài' });
	await expect(chip).toHaveAttribute('title', LONG);
	expect((await chip.boundingBox())!.width).toBeLessThan(400);
});

test('a 5,000-character name leaves the brief on one page', async ({ page, errors }) => {
	void errors;
	await withLongName(page);
	await page.goto('/brief?id=kcn-yen-binh&lang=en');
	const h1 = page.getByRole('heading', { level: 1 });
	await expect(h1).toHaveAttribute('title', LONG);
	expect((await h1.boundingBox())!.height).toBeLessThan(150);
	await expect(page.getByRole('heading', { name: 'Key figures' })).toBeInViewport();
});
