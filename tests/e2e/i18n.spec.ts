import { readFileSync } from 'node:fs';
import { axeProblems, expect, test, type Page } from './support/driver';

/**
 * Journeys in Korean, Chinese and Japanese: switch language, search by the Latin name, open a
 * zone, read its translated generic terms and figures, and see the map label it in that language
 * with no request for CJK glyphs (Hangul and Han come from the device's fonts).
 */
const CASES = [
	{ lang: 'ko', button: '한국어', name: 'Yen Binh 산업단지', kind: '산업단지', district: '현(2025년 이전)', area: '400ha', overview: '성 개요', np: '미공개', zoomIn: '확대' },
	{ lang: 'zh', button: '中文', name: 'Yen Binh 工业园区', kind: '工业园区', district: '县（2025年前）', area: '400公顷', overview: '全省概况', np: '未公布', zoomIn: '放大' },
	{ lang: 'ja', button: '日本語', name: 'Yen Binh 工業団地', kind: '工業団地', district: '県（2025年以前）', area: '400 ha', overview: '省の概要', np: '未公表', zoomIn: '拡大' }
] as const;

/**
 * The shipped Latin fonts are the only font files; a glyph range in Hangul Jamo (U+1100–11FF) or at or
 * above U+2E80 (CJK radicals, kana, Han, Hangul syllables) would be a request for CJK glyphs. The ranges
 * between are Latin and punctuation (U+1E00 Vietnamese letters, U+2000 dashes) the labels use.
 */
function fontProblem(url: string): string | null {
	if (!/^http:\/\/(127\.0\.0\.1|localhost)/.test(url)) return `external: ${url}`;
	const range = /\/(\d+)-(\d+)\.pbf(\?|$)/.exec(url);
	// Hangul Jamo, and everything from the CJK radicals up (Han, kana, Hangul syllables, full-width forms);
	// Latin Extended Additional (Vietnamese, 7680–7935) and punctuation ranges are shipped Latin glyphs.
	const start = range ? Number(range[1]) : -1;
	if (range && ((start >= 0x1100 && start < 0x1200) || start >= 0x2e80)) return `CJK glyph range: ${url}`;
	if (/\.(woff2?|ttf|otf|ttc)(\?|$)/.test(url) && !/noto-sans-(latin|latin-ext|vietnamese)-\d+-normal/.test(url)) return `font file: ${url}`;
	return null;
}

for (const c of CASES) {
	test(`${c.lang}: switch, search "yen binh", read the zone in ${c.button}, map labels offline`, async ({ open, page }) => {
		test.setTimeout(120_000); // two page loads in software WebGL on a shared 2-core runner
		const problems: string[] = [];
		page.on('request', (r) => { const p = fontProblem(r.url()); if (p) problems.push(p); });
		await open();
		// Given a visitor who switches the language from its own-script name
		await page.getByRole('button', { name: c.button }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
		await expect(page).toHaveURL(new RegExp(`[?&]lang=${c.lang}(&|$)`));
		await expect(page.getByRole('complementary', { name: c.overview })).toBeVisible();
		// MapLibre's own controls follow the language too
		await expect(page.getByRole('button', { name: c.zoomIn, exact: true })).toBeVisible();

		// When they search with the Latin name, no diacritics
		await page.getByRole('searchbox').fill('yen binh');
		await page.getByRole('option', { name: new RegExp(`^${c.name}`) }).first().click();

		// Then the panel names the zone with its Latin name and the translated generic term
		const panel = page.getByRole('complementary', { name: c.name, exact: true });
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(c.name);
		await expect(panel.locator('.kind')).toHaveText(c.kind);
		await expect(panel.getByText(c.district, { exact: true })).toBeVisible();
		await expect(panel).toContainText(c.area);
		await expect(panel).toContainText(c.np);

		// And the map labels the zone in this language, from the derived name
		const label = await page.evaluate((l) => {
			const m = (window as never as { __tnim: { map: { getLayoutProperty(a: string, b: string): unknown; queryRenderedFeatures(o: object): { properties: Record<string, string> }[] } } }).__tnim.map;
			const f = m.queryRenderedFeatures({ layers: ['zone-labels'] }).find((x) => x.properties.id === 'kcn-yen-binh');
			return { field: m.getLayoutProperty('zone-labels', 'text-field'), name: f?.properties[`name_${l}`] };
		}, c.lang);
		expect(label).toEqual({ field: ['get', `name_${c.lang}`], name: c.name });

		// A reload keeps the language (it lives in the URL)
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
		await expect(page.locator('.map[data-idle="true"]')).toBeAttached({ timeout: 45_000 });
		expect(problems, 'no external request, no CJK glyph request, no font file but the shipped Latin ones').toEqual([]);
	});
}

test('presenter mode in Korean, Chinese and Japanese: captions translated, no axe violations', async ({ open, page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1920, height: 1080 });
	const problems: string[] = [];
	for (const [lang, title] of [['ko', 'Thái Nguyên성과 교통 회랑'], ['zh', 'Thái Nguyên 省及其交通走廊'], ['ja', 'Thái Nguyên 省とその交通回廊']] as const) {
		await open(`lang=${lang}&scene=province&present=1`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('#scene-title')).toHaveText(title);
		// The caption fades in; axe would measure a half-transparent text mid-animation.
		await page.locator('.scene').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
		problems.push(...(await axeProblems(page)).map((p) => `${lang}: ${p}`));
	}
	expect(problems).toEqual([]);
});

/** Which languages' catalogues the page has downloaded: a JS response holding a language's own subtitle. */
const SUBTITLES = Object.fromEntries(['vi', 'en', 'ko', 'zh', 'ja'].map((l) => [l, (JSON.parse(readFileSync(`messages/${l}.json`, 'utf8')) as { app_subtitle: string }).app_subtitle]));
function cataloguesFetched(page: Page): Set<string> {
	const got = new Set<string>();
	page.on('response', async (r) => {
		if (!/\.m?js(\?|$)/.test(r.url())) return;
		const body = await r.text().catch(() => '');
		for (const [l, text] of Object.entries(SUBTITLES)) if (body.includes(text)) got.add(l);
	});
	return got;
}

test('messages per language: a first visit downloads Vietnamese only; another language loads when asked for', async ({ open, page }) => {
	test.setTimeout(120_000);
	// Given a first visit in the default language
	const fetched = cataloguesFetched(page);
	await open();
	await expect(page.getByRole('complementary', { name: 'Tổng quan tỉnh' })).toBeVisible();
	expect([...fetched], 'only the Vietnamese catalogue before any switch').toEqual(['vi']);

	// When the visitor switches to Korean, then the Korean catalogue arrives and the page reads Korean
	await page.getByRole('button', { name: '한국어' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('complementary', { name: '성 개요' })).toBeVisible();
	await expect(page.getByText(SUBTITLES.ko!, { exact: true })).toBeVisible();
	expect([...fetched].sort()).toEqual(['ko', 'vi']);

	// And a deep link in Japanese hydrates the Vietnamese prerender, then reads Japanese; Korean and Chinese stay unfetched
	fetched.clear();
	await open('lang=ja');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.getByRole('complementary', { name: '省の概要' })).toBeVisible();
	expect([...fetched].filter((l) => l !== 'vi')).toEqual(['ja']);
});
