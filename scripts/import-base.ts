/**
 * One-off import (kept so the derivation is reproducible): copies the open base-context geometry
 * from a folder laid out like /work/shared/geometry (README there) into geodata/base/, simplifying
 * as the weight budget asks. Thái Nguyên's own outlines lose at most ~11 m (0.0001°, Douglas–Peucker
 * on the 5-decimal source); neighbours are context only and are simplified to ~330 m.
 * The output stays CC BY-SA 4.0 (boundaries) / CC BY 4.0 (commune points) / public domain
 * (Natural Earth): see geodata/base/LICENCE.md.
 *
 *   npx tsx scripts/import-base.ts /path/to/geometry
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simplify, truncate, rewind, cleanCoords } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

const from = process.argv[2];
if (!from) { console.error('usage: tsx scripts/import-base.ts <geometry folder>'); process.exit(1); }
const out = 'geodata/base';
const read = (f: string) => JSON.parse(readFileSync(join(from, f), 'utf8')) as FeatureCollection;
const nfc = (s: unknown) => (typeof s === 'string' ? s.normalize('NFC') : s);
const write = (name: string, features: Feature[]) =>
	writeFileSync(join(out, name), JSON.stringify({ type: 'FeatureCollection', features }, null, 0).replace(/\},\{"type":"Feature"/g, '},\n{"type":"Feature"') + '\n');

function clean(f: Feature, tolerance: number, decimals: number): Feature {
	let g = f as Feature<Geometry>;
	if (tolerance > 0) g = simplify(g, { tolerance, highQuality: true, mutate: false });
	g = truncate(cleanCoords(g), { precision: decimals, mutate: false });
	return rewind(g as never, { reverse: false }) as Feature;
}
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const outline = (file: string, scheme: '2024' | '2025') => read(file).features.map((f) => clean({
	type: 'Feature', geometry: f.geometry,
	properties: { id: `province-${scheme}`, kind: 'province', scheme, name_vi: 'Thái Nguyên', name_en: 'Thai Nguyen', gso_code: f.properties!.gso_code }
}, 0.0001, 5));
write('province.geojson', [...outline('thai-nguyen-province-2024.geojson', '2024'), ...outline('thai-nguyen-province-2025.geojson', '2025')]);

// English names drop the Vietnamese diacritics (the source's own ASCII form), as the app does for district names.
const neighbours = (file: string, scheme: '2024' | '2025') => read(file).features.map((f) => clean({
	type: 'Feature', geometry: f.geometry,
	properties: {
		id: `${slug(String(f.properties!.name_ascii))}-${scheme}`, kind: 'neighbour', scheme,
		name_vi: nfc(f.properties!.name), name_en: f.properties!.name_ascii, gso_code: f.properties!.gso_code
	}
}, 0.003, 4));
write('neighbours.geojson', [...neighbours('neighbours-provinces-2024.geojson', '2024'), ...neighbours('neighbours-provinces-2025.geojson', '2025')]);

write('communes-2025.geojson', read('communes-2025-points.geojson').features.map((f) => ({
	type: 'Feature', geometry: f.geometry,
	properties: {
		id: `c2025-${f.properties!.gso_code}`, kind: 'commune', name_vi: nfc(f.properties!.name), name_en: f.properties!.name_ascii,
		gso_code: f.properties!.gso_code, former_province: nfc(f.properties!.former_province)
	}
})));

// Natural Earth spells some towns without diacritics or in English; the Vietnamese name is restored here.
const VI: Record<string, string> = { Hanoi: 'Hà Nội', Haiphong: 'Hải Phòng', 'Hai Duong': 'Hải Dương', 'Hoa Binh': 'Hòa Bình' };
const EN: Record<string, string> = { Hanoi: 'Hanoi', Haiphong: 'Hai Phong' };
write('natural-earth.geojson', read('ne-context.geojson').features.map((f) => {
	const p = f.properties!;
	const en = String(p.name_en);
	const river = p.kind === 'river';
	return clean({
		type: 'Feature', geometry: f.geometry,
		properties: river
			? { id: 'ne-red-river', kind: 'river', name_vi: nfc(p.name), name_en: en }
			: { id: `ne-${slug(en)}`, kind: 'town', name_vi: nfc(VI[en] ?? p.name), name_en: EN[en] ?? en, scalerank: p.scalerank, pop_max: p.pop_max }
	}, river ? 0.002 : 0, 4);
}));
console.log('import-base: wrote geodata/base/');
