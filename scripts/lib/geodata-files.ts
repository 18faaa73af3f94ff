import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FILES, type FileKey } from '../../src/lib/data/validate';

/** The folder the data comes from: geodata/, or GEODATA_DIR (the XSS and broken-data fixtures use it). */
export function geodataDir(): string {
	return resolve(process.env.GEODATA_DIR ?? 'geodata');
}

export function readGeodata(dir = geodataDir()): Partial<Record<FileKey, string>> {
	const texts: Partial<Record<FileKey, string>> = {};
	for (const [key, name] of Object.entries(FILES) as [FileKey, string][]) {
		const path = join(dir, name);
		if (existsSync(path)) texts[key] = readFileSync(path, 'utf8');
	}
	return texts;
}
