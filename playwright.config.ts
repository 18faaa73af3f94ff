import { defineConfig } from '@playwright/test';

/**
 * End-to-end journeys against the built static site (vite preview serves build/), in Debian's
 * Chromium with software WebGL (SwiftShader). One worker: two cores and software GL are slow.
 */
// PW_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.PW_PORT ?? 4173);
// The site built from the XSS fixture (tests/fixtures/xss) is served beside it.
const xssPort = port + 1000;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: process.env.CI ? [['line'], ['json', { outputFile: 'test-results/e2e.json' }]] : [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		viewport: { width: 1440, height: 900 },
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking',
				'--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--no-sandbox'
			]
		},
		// The offline pack's service worker would precache the whole app in every test; only the offline journey asks for it.
		serviceWorkers: 'block',
		trace: 'off',
		screenshot: 'only-on-failure'
	},
	projects: [
		{ name: 'app', testIgnore: /xss\.spec\.ts/ },
		{ name: 'xss-fixture', testMatch: /xss\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${xssPort}` } }
	],
	webServer: [
		{
			command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
			url: `http://127.0.0.1:${port}`,
			reuseExistingServer: false,
			timeout: 60_000
		},
		{
			command: `npx tsx scripts/serve-fixture.ts ${xssPort}`,
			url: `http://127.0.0.1:${xssPort}`,
			reuseExistingServer: false,
			timeout: 60_000
		}
	]
});
