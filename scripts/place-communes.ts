/**
 * `npx tsx scripts/place-communes.ts`: apply the 2025 commune reform to zones and clusters.
 * For every site whose pre-2025 commune is given it derives `commune_2025` from NQ 1683
 * (geodata/lookup/communes-2025.csv); where a live site has no better point than a town or
 * commune reference, it puts the site at its 2025 unit's point (P01) as a *commune point*
 * (point_kind "commune"), never as a site point. The geodata files stay the source of truth:
 * this writes them, `npm run data:check` and tests/data/headline.test.ts check the result.
 * Idempotent: a second run changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCommuneLookup } from './lib/communes-2025';
import { formatGeoJson } from './lib/format-json';
import { geodataDir } from './lib/geodata-files';
import { placeSites, type Feat } from './lib/place-communes';

const lookup = readCommuneLookup();
const dir = geodataDir();
const log: string[] = [];

function apply(file: string): void {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	const fc = JSON.parse(text) as { features: Feat[] };
	// Keep each file's own layout (zones.geojson keeps coordinates on one line, clusters.geojson does not) so diffs stay small.
	const plain = JSON.stringify(fc, null, 2) + '\n' === text;
	log.push(...placeSites(fc.features, lookup));
	writeFileSync(path, plain ? JSON.stringify(fc, null, 2) + '\n' : formatGeoJson(fc));
}

apply('zones.geojson');
apply('clusters.geojson');
console.log(log.join('\n'));
