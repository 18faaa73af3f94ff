/**
 * `npm run data:build` (run by `npm run build`): validate geodata/ and write the app's copy to
 * static/data/. Broken data stops here with the validator's named errors, never at runtime.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../src/lib/data/validate';
import { geodataDir, readGeodata } from './lib/geodata-files';
import { buildDistances } from '../src/lib/geo/distances-file';

const { errors, data } = validate(readGeodata(geodataDir()));
if (errors.length || !data) {
	console.error(`data:build: ${errors.length} problem(s); nothing written:`);
	for (const e of errors) console.error(`  ${e}`);
	process.exit(1);
}
const out = 'static/data';
mkdirSync(out, { recursive: true });
const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
writeFileSync(join(out, 'zones.geojson'), fc(data.zones));
writeFileSync(join(out, 'clusters.geojson'), fc(data.clusters));
writeFileSync(join(out, 'corridors.geojson'), fc(data.corridors));
writeFileSync(join(out, 'places.geojson'), fc(data.places));
writeFileSync(join(out, 'province.json'), JSON.stringify({ figures: data.province }));
writeFileSync(join(out, 'sources.json'), JSON.stringify({ sources: Object.values(data.sources) }));
// Derived, not curated: straight-line distances to interchanges, stations, the airport, ports, the border.
writeFileSync(join(out, 'distances.json'), JSON.stringify(buildDistances(data)));
console.log(`data:build: wrote ${out}/ (${data.zones.length} zones, ${data.clusters.length} clusters, ${data.corridors.length} corridors, ${data.places.length} places)`);
