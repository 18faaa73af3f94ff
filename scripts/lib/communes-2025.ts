/**
 * The 2025 commune reform as data: which 2025 commune/ward each pre-2025 commune went to
 * (NQ 1683/NQ-UBTVQH15, geodata/lookup/communes-2025.csv) and one point per 2025 unit
 * (open-admin-data, CC BY 4.0, the map's own copy in geodata/base/communes-2025.geojson). Pure apart from
 * `readCommuneLookup`, so the placement script and the headline tests share one reading.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { SiteProperties } from '../../src/lib/data/types';

export const LOOKUP_DIR = 'geodata/lookup';

/** The pre-2025 district ids of old Thái Nguyên as the statistics-office list (and the CSV) names them. */
export const DISTRICT_NAMES: Record<string, string> = {
	'tp-thai-nguyen': 'Thành phố Thái Nguyên', 'tp-song-cong': 'Thành phố Sông Công', 'tp-pho-yen': 'Thành phố Phổ Yên',
	'phu-binh': 'Huyện Phú Bình', 'dong-hy': 'Huyện Đồng Hỷ', 'dai-tu': 'Huyện Đại Từ', 'phu-luong': 'Huyện Phú Lương',
	'dinh-hoa': 'Huyện Định Hóa', 'vo-nhai': 'Huyện Võ Nhai'
};

export interface OldUnit { district: string; name: string; newUnits: string[] }
export interface CommuneLookup { old: OldUnit[]; points: Map<string, [number, number]> }

/** "xã Tân Quang" → "Tân Quang": units changed type over the years (xã → phường), the name is what identifies them. */
export const bare = (name: string) => name.normalize('NFC').replace(/^(xã|phường|thị trấn)\s+/i, '').trim();

export function parseLookup(csv: string, pointsGeoJson: string): CommuneLookup {
	const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
	const codeOf = new Map<string, string>();
	const old = rows.map((r) => {
		const units = r.new_unit!.split('|').map((s) => s.trim().normalize('NFC'));
		const codes = r.new_gso_code!.split('|').map((s) => s.trim());
		units.forEach((u, i) => codeOf.set(u, codes[i]!));
		return { district: r.old_district!.normalize('NFC'), name: r.old_unit!.normalize('NFC'), newUnits: units };
	});
	const byCode = new Map<string, [number, number]>();
	for (const f of JSON.parse(pointsGeoJson).features as { properties: { gso_code: string }; geometry: { coordinates: [number, number] } }[]) {
		byCode.set(f.properties.gso_code, f.geometry.coordinates);
	}
	// Join new unit → point on the 2025 code only; old and new codes overlap and must never be joined.
	const points = new Map<string, [number, number]>();
	for (const [unit, code] of codeOf) { const p = byCode.get(code); if (p) points.set(unit, p); }
	return { old, points };
}

/** One copy of the commune points: the base context the map draws is also what sites are placed on. */
export const POINTS_FILE = 'geodata/base/communes-2025.geojson';

export function readCommuneLookup(dir = LOOKUP_DIR, points = POINTS_FILE): CommuneLookup {
	return parseLookup(readFileSync(join(dir, 'communes-2025.csv'), 'utf8'), readFileSync(points, 'utf8'));
}

export interface Derived {
	/** 2025 units of the site's old communes, in order, without repeats; null when any old commune is split or unknown. */
	units: string[] | null;
	/** Old communes the resolution splits between two units (no line published), so no unit can be chosen. */
	split: string[];
	/** Old communes not found (or found twice) in the site's districts. */
	unresolved: string[];
	/** The old communes as the CSV spells them (type prefixes as of 2025-03). */
	oldNames: string[];
}

/** The 2025 unit(s) of a site from its pre-2025 communes, looked up within its pre-2025 district(s). */
export function derive(lookup: CommuneLookup, p: Pick<SiteProperties, 'old_communes' | 'district' | 'district_also'>): Derived {
	const out: Derived = { units: [], split: [], unresolved: [], oldNames: [] };
	const districts = [p.district, ...p.district_also].flatMap((d) => (d && DISTRICT_NAMES[d] ? [DISTRICT_NAMES[d]] : []));
	for (const name of p.old_communes ?? []) {
		const hits = lookup.old.filter((o) => districts.includes(o.district) && bare(o.name) === bare(name));
		if (hits.length !== 1) { out.unresolved.push(name); continue; }
		const hit = hits[0]!;
		out.oldNames.push(hit.name);
		if (hit.newUnits.length > 1) { out.split.push(hit.name); continue; }
		if (!out.units!.includes(hit.newUnits[0]!)) out.units!.push(hit.newUnits[0]!);
	}
	if (out.split.length || out.unresolved.length || !out.units!.length) out.units = null;
	return out;
}

export const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
