/**
 * The XSS test's site (a second webServer in playwright.config.ts): builds tests/fixtures/xss/ through
 * the real validator and build-geodata into build-xss/data, then serves the built app (build/) with
 * its /data/ taken from there. The app's bundle holds no data, so this is the site built from that data.
 * Usage: tsx scripts/serve-fixture.ts <port>
 */
import { execSync } from 'node:child_process';
import { serve } from './bench/serve';

const port = Number(process.argv[2] ?? 5175);
execSync('npx tsx scripts/build-geodata.ts', {
	stdio: 'inherit', env: { ...process.env, GEODATA_DIR: 'tests/fixtures/xss', DATA_OUT: 'build-xss/data' }
});
await serve('build', port, 'build-xss/data');
console.log(`serving build/ with tests/fixtures/xss data on http://127.0.0.1:${port}`);
