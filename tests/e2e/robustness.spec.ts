import { expect, test } from './support/driver';

// Failure handling beyond map.spec.ts's HTTP 500 case: a data file that arrives but does not parse.
test('a data file that does not parse leaves a notice and every other layer', async ({ open, page, map, errors }) => {
	await page.route('**/data/places.geojson', (r) => r.fulfill({ status: 200, contentType: 'application/geo+json', body: '{"type": "FeatureCollection", "features": [' }));
	await open();
	await expect(page.getByRole('alert')).toContainText('places.geojson');
	expect(await map.rendered(['zones-fill', 'zones-point', 'clusters-circle'])).toContain('kcn-yen-binh');
	expect(await map.rendered(['expressways'])).toContain('ct07');
	await page.getByRole('searchbox').fill('yen binh');
	await page.getByRole('option', { name: /^KCN Yên Bình Khu/ }).click();
	await expect(page.getByRole('complementary', { name: /KCN Yên Bình/ })).toContainText('Tổng diện tích');
	expect(errors).toEqual([]);
});
