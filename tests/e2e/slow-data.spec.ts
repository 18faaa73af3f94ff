import { expect, test } from './support/driver';

/**
 * One slow data file (issue 14): places.geojson is held back. Zones and clusters render as soon as
 * their own files arrive, a polite indicator names what is still coming and, after a while, says
 * it is late while the rest works; `map:idle` still means "every layer's data is drawn".
 */
test('a slow data file leaves the rest of the map usable and says what is still coming', async ({ page, map, errors }) => {
	void errors;
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/data/places.geojson', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/?lang=en');

	const status = page.getByRole('status').filter({ has: page.getByText(/places\.geojson/) });
	await expect(status).toContainText('Loading places.geojson');
	await expect.poll(() => map.rendered(['zones-fill', 'zones-point']), { timeout: 30_000 }).toContain('kcn-yen-binh');
	expect(await map.rendered(['clusters-circle'])).not.toEqual([]);
	await expect(page.locator('.map')).not.toHaveAttribute('data-idle', 'true');

	// Still held after a while: the indicator says which file is late, and the zones can be used.
	await expect(status).toContainText('places.geojson is taking longer than usual', { timeout: 20_000 });
	await page.getByRole('searchbox').fill('yen binh');
	await page.getByRole('option', { name: /^Yen Binh Industrial Park/ }).click();
	await expect(page.getByRole('complementary', { name: /Yen Binh/ })).toContainText('Total area');

	release();
	await expect(page.locator('.map[data-idle="true"]')).toBeAttached({ timeout: 45_000 });
	await expect(page.getByTestId('loading-status')).toBeEmpty();
	expect(await map.rendered(['places-circle'])).not.toEqual([]);
});
