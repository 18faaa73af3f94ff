import { expect, test, urlFuzzCases } from './support/driver';

/**
 * URL fuzzing, part 2. All 500 seeded malformed links go through the codec and the app state in
 * vitest (src/lib/url/codec.fuzz.test.ts); 500 page loads would take minutes on software GL, so
 * here an evenly spread sample of the same cases opens as real pages: no page error, no console
 * error, no failed request, and the map and a panel render.
 */
const SAMPLE = urlFuzzCases(500).filter((_, i) => i % 63 === 0);

test('malformed shared links open the app without an error', async ({ page, errors }) => {
	test.setTimeout(SAMPLE.length * 20_000);
	void errors;
	expect(SAMPLE).toHaveLength(8);
	for (const [i, c] of SAMPLE.entries()) {
		await test.step(`?${c.query}${c.hash}`, async () => {
			await page.goto(`/?${c.query}&fuzz=${i}${c.hash}`);
			await expect(page.locator('.map[data-idle="true"]')).toBeAttached({ timeout: 45_000 });
			await expect(page.getByTestId('side-panel').getByRole('heading', { level: 2 })).not.toBeEmpty();
			expect(await page.evaluate(() => typeof (window as never as { __tnim?: { map?: unknown } }).__tnim?.map)).toBe('object');
		});
	}
});
