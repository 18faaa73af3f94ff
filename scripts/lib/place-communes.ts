/**
 * The placement rule of scripts/place-communes.ts as a pure function, so the headline tests can check
 * that geodata/ is exactly what the rule makes of it (nothing hand-edited out of step).
 */
import type { Figure, SiteProperties } from '../../src/lib/data/types';
import { derive, sameSet, type CommuneLookup } from './communes-2025';

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
/**
 * Sites already drawn at their *pre-2025* commune's own reference point (Wikipedia, A09–A11). The old
 * commune is a part of the merged 2025 unit, so its point is the more precise one; moving these to the
 * 2025 unit's point (P01) would shift them 3–4 km for no gain. They keep their point and confidence.
 */
export const OLD_COMMUNE_POINT = new Set(['ccn-son-cam-1', 'ccn-tan-duc', 'ccn-luong-phu-tan-duc', 'ccn-yen-lac']);
const AS_OF = '2025-07-01';
/** Where the old commune covers only part of the site, the figure says so. */
const PART_NOTE: Record<string, { vi: string; en: string }> = {
	'kcn-nam-pho-yen': {
		vi: 'Chỉ là xã/phường của khu C (KCN Trung Thành, F4-01); khu A và B chưa có nguồn nêu vị trí.',
		en: 'Only the commune of area C (KCN Trung Thành, F4-01); no source locates areas A and B.'
	}
};

export type Feat = { properties: SiteProperties; geometry: unknown };

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

/** Apply the rule to zone or cluster features in place; returns one log line per decision. */
export function placeSites(features: Feat[], lookup: CommuneLookup): string[] {
	const log: string[] = [];
	for (const f of features) {
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
		if (!live || d.units.length !== 1 || !REPLACEABLE.has(p.point_kind) || OLD_COMMUNE_POINT.has(p.id)) continue;
		const pt = lookup.points.get(d.units[0]!);
		if (!pt) { log.push(`${p.id}: no P01 point for ${d.units[0]}`); continue; }
		p.anchor = [...pt];
		f.geometry = { type: 'Point', coordinates: [...pt] };
		p.point_kind = 'commune';
		p.location_confidence = COMMUNE_FROM_NAME.has(p.id) ? 'very_low' : 'low';
		if (!p.sources.includes('P01')) p.sources.push('P01');
		log.push(`${p.id}: commune point of ${d.units[0]} (${p.location_confidence})`);
	}
	return log;
}
