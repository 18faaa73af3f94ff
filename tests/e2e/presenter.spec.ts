import { readFileSync } from 'node:fs';
import { expect, test } from './support/driver';
import { SCENES } from '../../src/lib/story/scenes';

const vi = JSON.parse(readFileSync('messages/vi.json', 'utf8')) as Record<string, string>;
const title = (i: number) => vi[SCENES[i]!.title]!;
const sceneTitle = (page: import('./support/driver').Page) => page.getByRole('heading', { level: 2 }).and(page.locator('#scene-title'));

test.describe('presenter mode and the event pack', () => {
	// Scene changes jump instead of fly, as for a visitor who asks for reduced motion: software GL is slow.
	test.use({ reducedMotion: 'reduce' });

	test('a presenter steps through every scene with the clicker keys', async ({ open, page }) => {
		await open();
		await page.getByRole('button', { name: 'Trình chiếu' }).click();
		// The app's controls make way for the projector layout, and the map's labels grow for the room.
		await expect(page.getByRole('searchbox')).toHaveCount(0);
		const labelSize = () => page.evaluate(() => (window as never as { __tnim: { map: { getLayoutProperty(l: string, p: string): unknown } } }).__tnim.map.getLayoutProperty('zone-labels', 'text-size'));
		await expect.poll(labelSize).toBeGreaterThan(20);
		const keys = ['ArrowRight', 'PageDown', ' '];
		for (let i = 0; i < SCENES.length; i++) {
			await expect(sceneTitle(page)).toHaveText(title(i));
			await expect(page.getByTestId('scene-counter')).toHaveText(`${i + 1} / ${SCENES.length}`);
			await expect(page).toHaveURL(new RegExp(`[?&]scene=${SCENES[i]!.id}(&|$)`));
			await expect(page).toHaveURL(/present=1/);
			if (i < SCENES.length - 1) await page.keyboard.press(keys[i % keys.length]!);
		}
		await page.keyboard.press('PageUp');
		await expect(sceneTitle(page)).toHaveText(title(SCENES.length - 2));
		await page.keyboard.press('Home');
		await expect(sceneTitle(page)).toHaveText(title(0));
		await page.keyboard.press('End');
		await expect(sceneTitle(page)).toHaveText(title(SCENES.length - 1));
		await page.keyboard.press('Escape');
		await expect(page.getByRole('searchbox')).toBeVisible();
		expect(await labelSize()).toBe(13);
		await expect(page).not.toHaveURL(/present=1/);
		// Back in the ordinary map, the visitor's own move leaves the scene.
		await expect(page).toHaveURL(/scene=contacts/);
		const box = (await page.getByRole('region', { name: /^Bản đồ/ }).boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 5 });
		await page.mouse.up();
		await expect(page).not.toHaveURL(/scene=/);
	});

	test('a kiosk plays itself and returns to the attractor after idle', async ({ page, errors }) => {
		void errors;
		// Not open(): a kiosk on a 3-second interval may never let a slow software-GL map go idle.
		await page.goto('/?kiosk=1&interval=3&idle=2');
		await expect(sceneTitle(page)).toHaveText(title(0));
		await expect(page).toHaveURL(/scene=south-corridor/, { timeout: 10_000 });
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/scene=yen-binh/);
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/scene=province/, { timeout: 10_000 });
		await expect(page.getByRole('navigation', { name: 'Điều khiển trình chiếu' })).toHaveCount(0);
	});

	test.describe('offline', () => {
		// The rest of the suite runs without the service worker (playwright.config.ts); this journey needs it.
		test.use({ serviceWorkers: 'allow' });
		test('after one visit the map and data load with the network off', async ({ open, page, map }) => {
			await open();
			await page.evaluate(async () => { await navigator.serviceWorker.ready; });
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
			await expect(page.getByTestId('offline-ready')).toContainText('Sẵn sàng ngoại tuyến');
			await page.context().setOffline(true);
			await page.reload();
			await expect(page.locator('.map[data-idle="true"]')).toBeAttached({ timeout: 45_000 });
			expect(await map.rendered(['zones-fill', 'zones-point'])).toContain('kcn-yen-binh');
			await expect(page.getByRole('complementary', { name: 'Tổng quan tỉnh' })).toBeVisible();
			await page.context().setOffline(false);
		});
	});

	test('a scene URL opens that scene, with a QR code and a 16:9 slide export', async ({ open, page }) => {
		await open('scene=song-cong&present=1');
		await expect(sceneTitle(page)).toHaveText('KCN Sông Công I và Sông Công II');
		await expect(page.getByTestId('scene-counter')).toHaveText(`4 / ${SCENES.length}`);
		await expect(page).toHaveURL(/kind=kcn/);
		const qr = page.getByRole('img', { name: 'Mã QR mở cảnh này trên điện thoại' });
		await expect(qr).toHaveAttribute('src', /^data:image\/png;base64,/);
		const url = new URL((await qr.getAttribute('data-url'))!);
		expect([...url.searchParams]).toEqual([['scene', 'song-cong']]);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Xuất ảnh PNG 16:9' }).click()
		]);
		expect(download.suggestedFilename()).toBe('thai-nguyen-song-cong-vi.png');
		const png = readFileSync((await download.path())!);
		expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
		const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
		expect(w / h).toBeCloseTo(16 / 9, 3);
		expect(png.length).toBeGreaterThan(50_000);
	});
});
