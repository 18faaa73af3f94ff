/**
 * `npm run data:draw`: (re)draw the indicative outline of every zone that has an anchor point and a
 * published area but no surveyed or traced outline: a circle of exactly that area around the anchor.
 * The outline is honest about what it is (geometry_quality "indicative"); the app says so.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { circle, rewind, truncate } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { geodataDir } from './lib/geodata-files';
import { formatGeoJson } from './lib/format-json';

const STEPS = 48;
const path = join(geodataDir(), 'zones.geojson');
const fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
let drawn = 0;
for (const f of fc.features as Feature[]) {
	const p = f.properties as { id: string; anchor: [number, number] | null; area_ha: { value: number } | null; geometry_quality: string };
	if (p.geometry_quality !== 'indicative') continue;
	if (!p.anchor) { f.geometry = null as unknown as Polygon; continue; }
	if (!p.area_ha) { f.geometry = { type: 'Point', coordinates: p.anchor }; continue; }
	// A regular polygon of STEPS sides covers (STEPS / 2π)·sin(2π / STEPS) of its circumcircle: enlarge to match.
	const shrink = (STEPS / (2 * Math.PI)) * Math.sin((2 * Math.PI) / STEPS);
	const radiusKm = Math.sqrt((p.area_ha.value * 10_000) / (Math.PI * shrink)) / 1000;
	const c = truncate(rewind(circle(p.anchor, radiusKm, { steps: STEPS, units: 'kilometers' })), { precision: 6 });
	f.geometry = (c as Feature<Polygon>).geometry;
	drawn++;
}
writeFileSync(path, formatGeoJson(fc));
console.log(`data:draw: ${drawn} indicative outlines drawn in ${path}`);
