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

// A part of the page that loads on demand (a panel's code) and cannot be fetched: offline without it, or a new
// release replaced the files the open page asks for. The place says so and offers a reload, never a blank panel.
test('a panel whose code does not load says so, and a reload brings the same view back', async ({ page, open }) => {
	let blocked = true;
	// The site details' own chunk is the only script with this class in it (the brief route's node aside).
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const res = await route.fetch();
		const body = await res.text();
		if (blocked && body.includes('other-name')) return route.abort('aborted');
		return route.fulfill({ response: res, body });
	});
	await open('lang=en&sel=kcn-yen-binh');
	const panel = page.getByRole('complementary', { name: /Yen Binh/ });
	await expect(panel.getByTestId('lazy-failed')).toContainText('This part did not load');
	await expect(panel.getByText('Total area')).toHaveCount(0);

	blocked = false;
	await panel.getByRole('button', { name: 'Reload' }).click();
	await expect(page.locator('.map[data-idle="true"]')).toBeAttached({ timeout: 45_000 });
	await expect(page).toHaveURL(/sel=kcn-yen-binh/);
	await expect(page.getByRole('complementary', { name: /Yen Binh/ })).toContainText('Total area');
	await expect(page.getByTestId('lazy-failed')).toHaveCount(0);
});

// A browser or device without WebGL (or with it switched off): the map cannot start. The page says so where the
// map would be, and everything else (search, the panel's figures and sources) works without it.
test('without WebGL the map says it cannot start, and search and the figures still work', async ({ page, errors }) => {
	void errors;
	await page.addInitScript(() => {
		const get = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
			return /webgl/.test(type) ? null : (get as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
		} as typeof get;
	});
	await page.goto('/?lang=en');
	await expect(page.getByTestId('map-failed')).toContainText('The map could not start in this browser');
	await expect(page.locator('.map canvas')).toHaveCount(0);
	await page.getByRole('searchbox').fill('yen binh');
	await page.getByRole('option', { name: /Yen Binh Industrial Park/ }).first().click();
	await expect(page.getByRole('complementary', { name: /Yen Binh/ })).toContainText('Total area');
});
