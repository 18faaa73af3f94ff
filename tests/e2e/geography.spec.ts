/**
 * The map's geography, offline: the province outline that follows the units shown, neighbours named,
 * the attribution, shared points spread apart, and edge pointers toward Hà Nội. Assertions read the
 * rendered features (test hook) and what the page says, never pixels.
 */
import { expect, test, type Page } from './support/driver';

const PROVINCE_VIEW = 'map=8.3/21.75/105.95';

/** Screen position of every site marker MapLibre drew, with a spread marker's own offset. */
function markerPositions(page: Page) {
	return page.evaluate(() => {
		type F = { properties: { id: string; offset?: string | number[] }; geometry: { coordinates: number[] } };
		const m = (window as never as { __tnim: { map: { queryRenderedFeatures(o: object): F[]; project(c: number[]): { x: number; y: number } } } }).__tnim.map;
		const out: Record<string, [number, number]> = {};
		for (const layer of ['zones-point', 'clusters-circle', 'sites-spread']) {
			for (const f of m.queryRenderedFeatures({ layers: [layer] })) {
				const p = m.project(f.geometry.coordinates);
				const raw = f.properties.offset;
				const o = (typeof raw === 'string' ? JSON.parse(raw) : raw ?? [0, 0]) as number[];
				out[f.properties.id] = [p.x + o[0]!, p.y + o[1]!];
			}
		}
		return out;
	});
}

test.describe('the map’s geography', () => {
	test('shows the pre-2025 province, its neighbours named, and swaps to the 2025 province with the units', async ({ open, map, page }) => {
		await open(`${PROVINCE_VIEW}&by=district`);
		// The context loads after the first idle: wait for it to render.
		await expect.poll(() => map.rendered(['context-province'])).toEqual(['province-2024']);
		expect(await map.rendered(['context-province-alt'])).toEqual(['province-2025']);
		expect(await map.rendered(['context-mask'])).toEqual(['mask-2024']);
		// Labels are placed once their glyphs are drawn: poll.
		await expect.poll(() => map.rendered(['context-neighbour-labels']))
			.toEqual(expect.arrayContaining(['ha-noi-2024-label', 'bac-kan-2024-label', 'tuyen-quang-2024-label', 'lang-son-2024-label']));
		await expect(page.getByTestId('legend-outline')).toContainText('trước tháng 7/2025');

		await page.getByRole('radio', { name: 'Xã, phường (2025)' }).check();
		await expect.poll(() => map.rendered(['context-province'])).toEqual(['province-2025']);
		expect(await map.rendered(['context-province-alt'])).toEqual(['province-2024']);
		await expect.poll(() => map.rendered(['context-neighbour-labels'])).toEqual(expect.arrayContaining(['ha-noi-2025-label', 'tuyen-quang-2025-label']));
		expect((await map.rendered(['context-neighbour-labels'])).some((id) => id.endsWith('-2024-label'))).toBe(false);
		await expect(page.getByTestId('legend-outline')).toContainText('từ tháng 7/2025');
	});

	test('names the communes and wards of 2025 at city zoom, and says what is not drawn', async ({ open, map, page }) => {
		await open('lang=en&map=11/21.59/105.84');
		await expect.poll(async () => (await map.rendered(['context-commune-labels'])).length).toBeGreaterThan(3);
		await expect(page.getByText(/Not shown, as no open source gives them: district polygons, the Cầu river, Núi Cốc lake/)).toBeVisible();
	});

	test('at the province view no two site markers sit on the same screen point', async ({ open, page, map }) => {
		await open(PROVINCE_VIEW);
		await expect.poll(async () => (await map.rendered(['sites-spread'])).length).toBeGreaterThan(1);
		const pos = Object.entries(await markerPositions(page));
		expect(pos.length).toBeGreaterThan(10);
		for (let i = 0; i < pos.length; i++) for (let j = i + 1; j < pos.length; j++) {
			const [a, p] = pos[i]!, [b, q] = pos[j]!;
			expect(Math.hypot(p[0] - q[0], p[1] - q[1]), `${a} and ${b}`).toBeGreaterThan(4);
		}
	});

	test('a site that shares its point says so, with the kind of point and its ring', async ({ open, page }) => {
		await open('lang=en&sel=ccn-ha-chau-1');
		const note = page.getByTestId('point-note');
		await expect(note).toContainText('commune point');
		await expect(note).toContainText(/≈ \d+(\.\d)? km/);
		await expect(page.getByTestId('shared-point')).toHaveText(/Shares an approximate point with \d+ other sites/);
	});

	test('points to Hà Nội from the edge when it is off screen, with the straight-line distance', async ({ open, page }) => {
		await open('lang=en&map=10.5/21.75/105.85');
		const hanoi = page.locator('.edge li[data-target="ref-ha-noi"]');
		await expect(hanoi).toBeVisible();
		await expect(hanoi).toContainText(/\d+ km/);
		await expect(hanoi).toContainText(/south of the map centre/);
		// Never under a panel: the pointer lies between the control panel and the side panel.
		const box = (await hanoi.boundingBox())!;
		const side = (await page.getByTestId('side-panel').boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(side.x);
		// With Hà Nội in view, no pointer.
		await open('lang=en&map=8/21.4/105.9');
		await expect(page.locator('.edge li[data-target="ref-ha-noi"]')).toHaveCount(0);
	});

	test('carries the attribution of the open boundaries, commune points and Natural Earth', async ({ open, page }) => {
		await open('lang=en');
		// The page's own credits: prerendered, in the page's language, on screen before the map starts.
		const attrib = page.getByTestId('map-credits');
		await expect(attrib.getByRole('paragraph')).toBeVisible();
		await expect(attrib).toContainText('Boundaries: Open Development Mekong (CC BY-SA 4.0)');
		await expect(attrib).toContainText('Vietnam Administrative Divisions Dataset, open-admin-data (CC BY 4.0)');
		await expect(attrib).toContainText('Made with Natural Earth');
	});
});
