import { expect, test, type Page } from './support/driver';

/**
 * Runs against the site built from tests/fixtures/xss (the `xss-fixture` project in
 * playwright.config.ts): every text field carries an injection payload. Whatever a visitor opens,
 * no dialog appears, no payload becomes an element or an attribute, and every link is http(s).
 */
async function injected(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const el of document.querySelectorAll('*')) {
			for (const a of el.getAttributeNames()) if (/^on/i.test(a)) out.push(`<${el.tagName.toLowerCase()} ${a}>`);
		}
		for (const el of document.querySelectorAll('img[src="x"], svg, iframe, object, embed')) {
			if (!el.closest('.maplibregl-ctrl')) out.push(`<${el.tagName.toLowerCase()}> in ${el.parentElement?.className}`);
		}
		for (const s of document.scripts) if (s.textContent?.includes('alert')) out.push('<script> with a payload');
		for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
			if (!['http:', 'https:'].includes(new URL(a.href).protocol)) out.push(`link to ${a.getAttribute('href')}`);
		}
		return out;
	});
}

test('no data value is ever rendered as HTML or run', async ({ open, page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
	const clean = async (where: string) => expect(await injected(page), where).toEqual([]);

	await open('sel=kcn-song-cong-1');
	const panel = page.getByTestId('side-panel');
	// The payload is there, as text.
	await expect(panel.getByRole('heading', { level: 2 })).toContainText("KCN Sông Công I '><svg onload=alert(1)>");
	await expect(panel).toContainText('Developer');
	await clean('zone panel');
	const links = panel.locator('a[href*="example.org"]');
	expect(await links.count()).toBeGreaterThan(0);
	for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) expect(href).toMatch(/^https:\/\/example\.org\//);

	await page.getByRole('button', { name: 'Danh sách' }).click();
	await expect(page.locator('section.list tbody tr')).toHaveCount(2);
	await clean('list view');
	await page.locator('section.list tbody tr').filter({ hasText: 'CCN Lương Sơn' }).getByRole('button').first().click();
	await expect(panel.getByRole('heading', { level: 2 })).toContainText('CCN Lương Sơn');
	await clean('cluster panel');

	await page.getByRole('searchbox').fill('ha noi');
	await expect(page.getByRole('option').first()).toContainText('<a href="javascript:alert(1)">x</a>');
	await clean('search results');
	await page.getByRole('option').first().click();
	await clean('corridor panel');

	await page.getByRole('searchbox').fill('trung tam');
	await page.getByRole('option').first().click();
	await expect(panel.getByRole('heading', { level: 2 })).toContainText('javascript:alert(1)');
	await clean('place panel');

	await page.getByRole('button', { name: 'English' }).click();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('complementary', { name: /Province overview/ })).toBeVisible();
	await clean('overview in English');
	expect(dialogs).toEqual([]);
});
