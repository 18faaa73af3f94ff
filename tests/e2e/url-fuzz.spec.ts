import { expect, test, urlFuzzCases } from './support/driver';

/**
 * URL fuzzing, part 2. All 1,000 seeded malformed links go through the codec and the app state in
 * vitest (src/lib/url/codec.fuzz.test.ts); 1,000 page loads would take far too long on software GL,
 * so here 20 open as real pages: the addresses from issue 14 and an evenly spread sample with
 * undecodable fragments among them. No page error, no console error, no failed request, and the map
 * and a panel render.
 */
const CASES = urlFuzzCases(1000);
const RAW = CASES.filter((c) => /%(?![0-9A-F]{2})/i.test(c.hash)).slice(0, 4);
const SAMPLE = [
	{ query: '', hash: '#%' },
	{ query: 'lang=en', hash: '#%E0%A4%A' },
	...RAW,
	...CASES.filter((_, i) => i % 72 === 0)
].slice(0, 20);

test('malformed shared links open the app without an error', async ({ page, errors }) => {
	test.setTimeout(SAMPLE.length * 20_000);
	void errors;
	expect(SAMPLE).toHaveLength(20);
	for (const [i, c] of SAMPLE.entries()) {
		await test.step(`?${c.query}${c.hash}`, async () => {
			await page.goto(`/?${c.query}&fuzz=${i}${c.hash}`);
			await expect(page.locator('.map[data-idle="true"]')).toBeAttached({ timeout: 45_000 });
			await expect(page.getByTestId('side-panel').getByRole('heading', { level: 2 })).not.toBeEmpty();
			expect(await page.evaluate(() => typeof (window as never as { __tnim?: { map?: unknown } }).__tnim?.map)).toBe('object');
		});
	}
});

test('an undecodable fragment is dropped with the usual notice, on the map and on the brief', async ({ page, errors }) => {
	void errors;
	await page.goto('/?lang=en#%');
	await expect(page.getByRole('alert')).toContainText('Some values in the link were not valid');
	await expect(page.locator('.map[data-idle="true"]')).toBeAttached({ timeout: 45_000 });
	expect(new URL(page.url()).hash).toBe('');
	await page.goto('/brief?id=kcn-yen-binh&lang=en#%');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Yen Binh');
	await expect(page.getByRole('alert')).toContainText('Some values in the link were not valid');
});
