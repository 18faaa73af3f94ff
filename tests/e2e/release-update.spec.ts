import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { serve } from '../../scripts/bench/serve';
import { expect, test, type Page } from './support/driver';

/**
 * A new data release reaches open pages (issue 14): build A is served and visited by a visitor and a
 * kiosk; the server then swaps to build B (a changed zones.geojson and the service worker that
 * precaches it). The visitor gets a "new data available — reload" prompt and no surprise reload;
 * the kiosk reloads itself into release B when it is back at its attractor scene.
 */
const DIR = 'test-results/release-site';
const port = Number(process.env.PW_PORT ?? 4173) + 2000;
const origin = `http://127.0.0.1:${port}`;
let server: Server;

test.use({ serviceWorkers: 'allow' });
test.beforeAll(async () => {
	rmSync(DIR, { recursive: true, force: true });
	cpSync('build', DIR, { recursive: true });
	server = await serve(DIR, port);
});
test.afterAll(async () => {
	await new Promise((ok) => server?.close(ok));
	rmSync(DIR, { recursive: true, force: true });
});

/** Release B: Yên Bình's English name changes, and so does the worker's precache revision of the file. */
function swapToB(): void {
	const zones = JSON.parse(readFileSync(`${DIR}/data/zones.geojson`, 'utf8'));
	zones.features.find((f: { properties: { id: string } }) => f.properties.id === 'kcn-yen-binh').properties.name_en = 'Yen Binh Industrial Park, release B';
	writeFileSync(`${DIR}/data/zones.geojson`, JSON.stringify(zones));
	const sw = readFileSync(`${DIR}/sw.js`, 'utf8');
	const next = sw.replace(/(url:"data\/zones\.geojson",revision:")[0-9a-f]+"/, '$1release-b"');
	expect(next).not.toBe(sw);
	writeFileSync(`${DIR}/sw.js`, next);
}

const controlled = (page: Page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 45_000 });
const askForUpdate = (page: Page) => page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())!.update(); });

test('a visitor is asked to reload for new data; a kiosk takes it at its attractor scene', async ({ page, errors }) => {
	test.setTimeout(180_000);
	void errors;
	await page.goto(`${origin}/?lang=en`);
	await controlled(page);
	const kiosk = await page.context().newPage();
	await kiosk.goto(`${origin}/?lang=en&kiosk=1&interval=2&idle=2`);
	await controlled(kiosk);
	// The kiosk's only full load from here on is its reload into release B (the tour changes the URL in place).
	const kioskReloaded = kiosk.waitForEvent('load', { timeout: 120_000 });
	let visitorReloads = 0;
	page.on('framenavigated', (f) => { if (f === page.mainFrame()) visitorReloads++; });

	swapToB();
	await askForUpdate(page);

	// The visitor: a prompt, no reload of its own accord.
	const prompt = page.getByTestId('update-prompt');
	await expect(prompt).toContainText('New data available.');
	await expect(kiosk.getByTestId('update-prompt')).toHaveCount(0);
	// The kiosk's own periodic check (UPDATE_CHECK_MS) finds the same waiting release.
	await askForUpdate(kiosk).catch(() => undefined); // at its attractor it may reload at once, ending this call

	// The kiosk: back at the attractor (a visitor's touch, then the idle time), it reloads into release B.
	await kiosk.mouse.click(700, 450);
	// Waited for as an event, not polled with fetches: every fetch through the old worker keeps it busy,
	// and the browser swaps in the new release only once the old one is idle.
	await kioskReloaded;
	expect(await kiosk.evaluate(() => fetch('/data/zones.geojson').then((r) => r.text()))).toContain('release B');
	await expect(kiosk).toHaveURL(/kiosk=1/);
	expect(visitorReloads).toBe(0);
	await expect(prompt).toBeVisible();

	// The visitor reloads when they choose to, and sees release B.
	await prompt.getByRole('button', { name: 'Reload' }).click();
	await expect(page.locator('.map[data-idle="true"]')).toBeAttached({ timeout: 45_000 });
	await page.getByRole('searchbox').fill('yen binh');
	await expect(page.getByRole('option', { name: /release B/ })).toBeVisible();
});
