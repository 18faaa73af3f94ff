import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BASE_FILES, type BaseKey } from '../../src/lib/data/validate-base';

/**
 * geodata/base/ under the data folder; a fixture folder without its own base (the XSS and
 * broken-data fixtures) uses the real one, so the site it builds still has its context.
 */
export function baseDir(dataDir: string): string {
	const own = join(dataDir, 'base');
	return existsSync(own) ? own : resolve('geodata/base');
}

export function readBase(dir: string): Partial<Record<BaseKey, string>> {
	const texts: Partial<Record<BaseKey, string>> = {};
	for (const [key, name] of Object.entries(BASE_FILES) as [BaseKey, string][]) {
		const path = join(dir, name);
		if (existsSync(path)) texts[key] = readFileSync(path, 'utf8');
	}
	return texts;
}
