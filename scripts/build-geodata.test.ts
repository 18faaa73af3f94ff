import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Broken data never builds: `npm run build` starts with this script, which must stop with the
// validator's named errors and write nothing.
const tmp = mkdtempSync(join(tmpdir(), 'tnim-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function build(dir: string, env: Record<string, string> = {}): { code: number; out: string } {
	try {
		const out = execFileSync('npx', ['tsx', 'scripts/build-geodata.ts'], { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, GEODATA_DIR: dir, DATA_OUT: join(tmp, 'out'), ...env } });
		return { code: 0, out };
	} catch (e) {
		const x = e as { status: number; stderr: string; stdout: string };
		return { code: x.status, out: x.stdout + x.stderr };
	}
}

describe('data:build', () => {
	it('stops on broken data with the validator\'s named errors and writes nothing', () => {
		const dir = join(tmp, 'broken');
		cpSync('tests/fixtures/valid', dir, { recursive: true });
		const zones = JSON.parse(readFileSync(join(dir, 'zones.geojson'), 'utf8'));
		zones.features[0].properties.occupancy_pct.value = 140;
		writeFileSync(join(dir, 'zones.geojson'), JSON.stringify(zones));
		writeFileSync(join(dir, 'province.json'), '{ not json');
		const r = build(dir);
		expect(r.code).toBe(1);
		expect(r.out).toContain('zones.geojson: kcn-song-cong-1: occupancy_pct.value: 140 is not a percentage');
		expect(r.out).toContain('province.json: (file): is not valid JSON');
		expect(existsSync(join(tmp, 'out'))).toBe(false);
	}, 30_000);

	it('refuses to write synthetic benchmark data into static/', () => {
		const r = build('tests/fixtures/valid', { TNIM_SYNTHETIC: '1', DATA_OUT: 'static/data' });
		expect(r.code).toBe(1);
		expect(r.out).toContain('never written to static/');
	}, 30_000);
});
