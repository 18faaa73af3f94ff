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
import type { Figure, SiteProperties } from '../src/lib/data/types';
import { derive, readCommuneLookup, sameSet } from './lib/communes-2025';
import { formatGeoJson } from './lib/format-json';
import { geodataDir } from './lib/geodata-files';

/**
 * Sites whose old commune is read from the site's name, not stated by a source
 * (shared fact sheets, communes-2025.md §4 "inferred"): placed, if at all, at very low confidence.
 */
export const COMMUNE_FROM_NAME = new Set([
	'ccn-minh-duc-1', 'ccn-kim-son', 'ccn-yen-ninh', 'ccn-la-hien', 'ccn-trung-thanh', 'ccn-phuc-tan', 'ccn-cao-ngan',
	'ccn-tan-quang', 'ccn-nga-my', 'ccn-ha-thuong', 'ccn-ban-dat', 'kcn-quyet-thang', 'ccn-son-cam-3'
]);
/** Point kinds a commune point may replace: a district town or another commune reference is no better. */
const REPLACEABLE = new Set([null, 'town', 'commune']);
const AS_OF = '2025-07-01';
/** Where the old commune covers only part of the site, the figure says so. */
const PART_NOTE: Record<string, { vi: string; en: string }> = {
	'kcn-nam-pho-yen': {
		vi: 'Chỉ là xã/phường của khu C (KCN Trung Thành, F4-01); khu A và B chưa có nguồn nêu vị trí.',
		en: 'Only the commune of area C (KCN Trung Thành, F4-01); no source locates areas A and B.'
	}
};

type Feat = { properties: SiteProperties; geometry: unknown };
const lookup = readCommuneLookup();
const dir = geodataDir();
const log: string[] = [];

function commune2025(p: SiteProperties, units: string[], oldNames: string[]): Figure<string[]> {
	const inferred = COMMUNE_FROM_NAME.has(p.id);
	const was = p.commune_2025;
	const agrees = was && was.source !== 'NQ1683' && sameSet(was.value, units) ? was.source : null;
	const vi = `Theo NQ 1683/NQ-UBTVQH15: ${oldNames.join(', ')} → ${units.join(', ')}.`
		+ (inferred ? ' Xã/phường cũ chỉ suy từ tên, chưa có nguồn xác nhận.' : '') + (agrees ? ` Khớp với ${agrees}.` : '');
	const en = `By NQ 1683/NQ-UBTVQH15: ${oldNames.join(', ')} → ${units.join(', ')}.`
		+ (inferred ? ' The old commune is read from the name only, unconfirmed.' : '') + (agrees ? ` Agrees with ${agrees}.` : '');
	const part = PART_NOTE[p.id];
	return { value: units, as_of: AS_OF, source: 'NQ1683', note_vi: part ? `${vi} ${part.vi}` : vi, note_en: part ? `${en} ${part.en}` : en };
}

function apply(file: string): void {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	const fc = JSON.parse(text) as { features: Feat[] };
	// Keep each file's own layout (zones.geojson keeps coordinates on one line, clusters.geojson does not) so diffs stay small.
	const plain = JSON.stringify(fc, null, 2) + '\n' === text;
	for (const f of fc.features) {
		const p = f.properties;
		if (!p.old_communes?.length || p.former_bac_kan) continue;
		const d = derive(lookup, p);
		if (!d.units) {
			log.push(`${p.id}: not placed (${d.split.length ? `split: ${d.split.join(', ')}` : `not in the lookup: ${d.unresolved.join(', ')}`})`);
			continue;
		}
		const fig = commune2025(p, d.units, d.oldNames);
		const was = p.commune_2025;
		if (!was || was.source === 'NQ1683' || sameSet(was.value, d.units)) p.commune_2025 = fig;
		else {
			// A newer or different source says otherwise (e.g. post-2025 addresses): keep it, and the resolution's reading beside it.
			const alt = (was.alt ?? []).filter((a) => a.source !== 'NQ1683');
			const { alt: _drop, ...bare } = fig as Figure<string[]> & { alt?: unknown };
			p.commune_2025 = { ...was, alt: [...alt, bare] };
			log.push(`${p.id}: commune_2025 kept from ${was.source} (${was.value.join(', ')}); NQ 1683 gives ${d.units.join(', ')} (in alt)`);
		}
		if (!p.sources.includes('NQ1683')) p.sources.push('NQ1683');

		const live = p.evidence !== 'unverified' && p.evidence !== 'removed_2021' && (p.status?.value !== 'removed' || p.point_kind === 'commune');
		if (!live || d.units.length !== 1 || !REPLACEABLE.has(p.point_kind)) continue;
		const pt = lookup.points.get(d.units[0]!);
		if (!pt) { log.push(`${p.id}: no P01 point for ${d.units[0]}`); continue; }
		p.anchor = [...pt];
		f.geometry = { type: 'Point', coordinates: [...pt] };
		p.point_kind = 'commune';
		p.location_confidence = COMMUNE_FROM_NAME.has(p.id) ? 'very_low' : 'low';
		if (!p.sources.includes('P01')) p.sources.push('P01');
		log.push(`${p.id}: commune point of ${d.units[0]} (${p.location_confidence})`);
	}
	writeFileSync(path, plain ? JSON.stringify(fc, null, 2) + '\n' : formatGeoJson(fc));
}

apply('zones.geojson');
apply('clusters.geojson');
console.log(log.join('\n'));
