import { expect, test, axeProblems, focusRing, type Page } from './support/driver';

/**
 * Every main view passes axe-core's WCAG 2.1 A/AA rules with no serious or critical violation
 * (colour contrast included), the keyboard alone gets through a whole journey with a visible focus
 * ring at each step, and <html lang> follows the interface language. The views are reached from one
 * page load, step by step, to keep the suite fast on software GL.
 */
interface View { name: string; go: (page: Page) => Promise<unknown> }
const VIEWS: View[] = [
	{ name: 'overview', go: async () => {} },
	{ name: 'search results', go: (page) => page.getByRole('searchbox').fill('song cong') },
	{ name: 'filters open', go: async (page) => { await page.getByRole('searchbox').fill(''); await page.getByText('Bộ lọc', { exact: true }).click(); } },
	{ name: 'southern corridor totals', go: (page) => page.getByRole('checkbox', { name: 'Hành lang tăng trưởng phía Nam' }).check() },
	{ name: 'list view', go: (page) => page.getByRole('button', { name: 'Danh sách' }).click() },
	{ name: 'panel open', go: (page) => page.getByRole('row', { name: /KCN Yên Bình/ }).first().getByRole('button').first().click() },
	// The panel stays open through every language, so axe reads the same view in each script.
	{ name: 'Korean', go: (page) => page.getByRole('button', { name: '한국어' }).click() },
	{ name: 'Chinese', go: (page) => page.getByRole('button', { name: '中文' }).click() },
	{ name: 'Japanese', go: (page) => page.getByRole('button', { name: '日本語' }).click() },
	{ name: 'English', go: (page) => page.getByRole('button', { name: 'English' }).click() },
	{ name: 'phone size', go: (page) => page.setViewportSize({ width: 390, height: 844 }) },
	{
		name: 'presenter mode',
		go: async (page) => {
			await page.setViewportSize({ width: 1920, height: 1080 });
			await page.getByRole('button', { name: 'Present' }).click();
			await page.locator('#scene-title').waitFor();
			// The caption fades in; axe would measure the contrast of a half-transparent text mid-animation.
			await page.locator('.scene').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
		}
	}
];

test.describe('accessibility', () => {
	test('every main view: no serious or critical axe violations', async ({ open, page }) => {
		test.slow(); // axe over twelve views
		await open();
		const problems: string[] = [];
		for (const v of VIEWS) {
			await test.step(v.name, async () => {
				await v.go(page);
				problems.push(...(await axeProblems(page)).map((p) => `${v.name}: ${p}`));
			});
		}
		expect(problems).toEqual([]);
	});

	test('a keyboard-only journey, with a visible focus ring at every step', async ({ open, page }) => {
		await open();
		const ringed = async (what?: RegExp) => {
			const f = await focusRing(page);
			if (what) expect(f.what).toMatch(what);
			expect(f.ring, `focus ring on ${f.what}`).toBe(true);
			return f.what;
		};
		// Tab to the search box: every stop on the way shows where the focus is.
		let stops = 0;
		for (; stops < 10; stops++) {
			await page.keyboard.press('Tab');
			if ((await ringed()).startsWith('input#search-input')) break;
		}
		expect(stops).toBeLessThan(10);
		await page.keyboard.type('yen binh');
		await page.keyboard.press('ArrowDown');
		await ringed(/^li "KCN Yên Bình/);
		await page.keyboard.press('Enter');
		// The panel opens with focus on its heading; Tab reads on through it.
		const panel = page.getByRole('complementary', { name: /KCN Yên Bình/ });
		await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
		// The details load on first use (prefetched once the browser is idle after the map's first draw; this
		// journey starts sooner): Tab on once they are there.
		await expect(panel.getByRole('link').first()).toBeVisible();
		await page.keyboard.press('Tab');
		await ringed(/^button "Đóng"/);
		await page.keyboard.press('Tab');
		await ringed();
		// Close it from the keyboard: focus goes back to where the journey came from.
		await page.keyboard.press('Escape');
		await expect(page.getByRole('complementary', { name: 'Tổng quan tỉnh' })).toBeVisible();
		await ringed(/^input#search-input/);
		// Change style-by: Tab into the radio group, arrow to the next mode.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('radio', { name: 'Trạng thái' })).toBeFocused();
		await ringed(/^input/);
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('radio', { name: 'Ngành' })).toBeChecked();
		await ringed(/^input/);
		await expect(page).toHaveURL(/by=sector/);
	});

	test('<html lang> follows the interface language', async ({ open, page }) => {
		await open('lang=en');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.getByRole('button', { name: 'Tiếng Việt' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
		// The language buttons name themselves in their own language and script.
		await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
		for (const [name, lang] of [['한국어', 'ko'], ['中文', 'zh'], ['日本語', 'ja']]) {
			await expect(page.getByRole('button', { name })).toHaveAttribute('lang', lang!);
		}
		await page.getByRole('button', { name: '日本語' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	});
});
