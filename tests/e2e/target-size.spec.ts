import { expect, targetSizeProblems, test } from './support/driver';

/**
 * WCAG 2.2 target size (issue 14; Lighthouse flags it): every control is 24×24 CSS px or spaced so,
 * on a desktop and a phone, in the views with the most controls.
 */
for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
	test(`controls are large enough for a finger at ${viewport.width} px`, async ({ page, open }) => {
		await page.setViewportSize(viewport);
		await open('?lang=en&sel=kcn-yen-binh&list=1&cmp=kcn-yen-binh,kcn-diem-thuy');
		expect(await targetSizeProblems(page)).toEqual([]);
		await open('?lang=en');
		expect(await targetSizeProblems(page)).toEqual([]);
	});
}
