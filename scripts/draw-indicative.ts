/**
 * `npm run data:draw`: (re)draw the indicative outline of every zone that has an anchor point and a
 * published area but no surveyed or traced outline: a circle of exactly that area around the anchor.
 * The outline is honest about what it is (geometry_quality "indicative"); the app says so.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { indicativeOutline } from '../src/lib/geo/indicative';
import { geodataDir } from './lib/geodata-files';
import { formatGeoJson } from './lib/format-json';

const path = join(geodataDir(), 'zones.geojson');
const fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
let drawn = 0;
for (const f of fc.features as Feature[]) {
	const p = f.properties as { id: string; anchor: [number, number] | null; area_ha: { value: number } | null; geometry_quality: string; point_kind: string | null };
	if (p.geometry_quality !== 'indicative') continue;
	if (!p.anchor) { f.geometry = null as unknown as Polygon; continue; }
	// A commune point says which commune the site is in, not where its centre is: a circle of the
	// zone's area around it would draw an extent no source gives, so it stays a point.
	if (!p.area_ha || p.point_kind === 'commune') { f.geometry = { type: 'Point', coordinates: p.anchor }; continue; }
	f.geometry = indicativeOutline(p.anchor, p.area_ha.value);
	drawn++;
}
writeFileSync(path, formatGeoJson(fc));
console.log(`data:draw: ${drawn} indicative outlines drawn in ${path}`);
