/**
 * The benchmark's national-scale dataset: the real zones and clusters copied 29 more times (30× in
 * all), each copy moved to a seeded random place over northern Vietnam. Every copy is marked: id
 * `syn-<n>-<id>`, name "Synthetic <n> …". It is written to a temp folder and validated with
 * TNIM_SYNTHETIC=1 (see src/lib/data/validate.ts); it is never written to geodata/ or static/.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGION_BBOX } from '../../src/lib/data/validate';
import { rng } from '../lib/rng';


type Pos = number[];
const r6 = (n: number) => Math.round(n * 1e6) / 1e6;
function mapCoords(c: unknown, f: (p: Pos) => Pos): unknown {
	return Array.isArray(c) && typeof c[0] === 'number' ? f(c as Pos) : (c as unknown[]).map((x) => mapCoords(x, f));
}
function extent(c: unknown, acc = [Infinity, Infinity, -Infinity, -Infinity]): number[] {
	if (Array.isArray(c) && typeof c[0] === 'number') {
		acc[0] = Math.min(acc[0]!, c[0]); acc[1] = Math.min(acc[1]!, c[1] as number);
		acc[2] = Math.max(acc[2]!, c[0]); acc[3] = Math.max(acc[3]!, c[1] as number);
	} else for (const x of c as unknown[]) extent(x, acc);
	return acc;
}

interface Feat { type: 'Feature'; geometry: { type: string; coordinates: unknown } | null; properties: Record<string, unknown> }

export function makeSynthetic(srcDir: string, outDir: string, copies = 29, seed = 7): number {
	const rand = rng(seed);
	const [w, s, e, n] = REGION_BBOX.map((v, i) => v + (i < 2 ? 0.05 : -0.05)) as [number, number, number, number];
	mkdirSync(outDir, { recursive: true });
	let total = 0;
	for (const file of ['zones.geojson', 'clusters.geojson']) {
		const fc = JSON.parse(readFileSync(join(srcDir, file), 'utf8')) as { features: Feat[] };
		const out: Feat[] = [...fc.features];
		for (let k = 1; k <= copies; k++) {
			for (const f of fc.features) {
				const p = f.properties;
				const anchor = p.anchor as Pos | null;
				const box = f.geometry ? extent(f.geometry.coordinates) : anchor ? [anchor[0]!, anchor[1]!, anchor[0]!, anchor[1]!] : null;
				// A place for the copy whose whole extent stays inside the region.
				const dx = box ? w - box[0]! + rand() * (e - w - (box[2]! - box[0]!)) : 0;
				const dy = box ? s - box[1]! + rand() * (n - s - (box[3]! - box[1]!)) : 0;
				const move = (q: Pos) => [r6(q[0]! + dx), r6(q[1]! + dy)];
				out.push({
					type: 'Feature',
					geometry: f.geometry && { type: f.geometry.type, coordinates: mapCoords(f.geometry.coordinates, move) },
					properties: {
						...p, id: `syn-${k}-${p.id as string}`,
						name_vi: `Synthetic ${k} ${p.name_vi as string}`, name_en: `Synthetic ${k} ${p.name_en as string}`,
						anchor: anchor ? move(anchor) : null
					}
				});
			}
		}
		total += out.length;
		writeFileSync(join(outDir, file), JSON.stringify({ type: 'FeatureCollection', features: out }));
	}
	for (const file of ['corridors.geojson', 'places.geojson', 'province.json', 'sources.json']) copyFileSync(join(srcDir, file), join(outDir, file));
	return total;
}
