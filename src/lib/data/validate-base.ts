/**
 * Validates the base context in geodata/base/ (province outlines, neighbours, 2025 commune points,
 * Natural Earth) like the curated data: every problem named `base/file: feature-id: field: message`.
 * Pure (texts in, errors out); scripts/data-check.ts and scripts/build-geodata.ts wrap it.
 */
import { booleanPointInPolygon } from '@turf/turf';
import { z } from 'zod';
import type { Feature, FeatureCollection, Point, Polygon, MultiPolygon } from 'geojson';
import { checkGeometry, features, parse, zodErrors } from './validate';
import { ID_RE } from './vocab';

export const BASE_FILES = {
	province: 'province.geojson',
	neighbours: 'neighbours.geojson',
	communes: 'communes-2025.geojson',
	naturalEarth: 'natural-earth.geojson'
} as const;
export type BaseKey = keyof typeof BASE_FILES;
/** The 2025 reorganisation (Resolution 1683/NQ-UBTVQH15) left Thái Nguyên 92 communes and wards. */
export const COMMUNES_2025 = 92;
export const SCHEMES = ['2024', '2025'] as const;
/** Northern Vietnam: the 2025 neighbours (Tuyên Quang with Hà Giang, Phú Thọ with Hòa Bình) reach past the app's region. */
export const BASE_BBOX = [102, 20, 108.5, 24] as const;

const id = z.string().regex(ID_RE, 'is not a kebab-case ascii id');
const text = z.string().min(1).refine((s) => s === s.normalize('NFC'), 'is not NFC-normalised');
const names = { id, name_vi: text, name_en: text };
const Province = z.strictObject({ ...names, kind: z.literal('province'), scheme: z.enum(SCHEMES), gso_code: z.string() });
const Neighbour = z.strictObject({ ...names, kind: z.literal('neighbour'), scheme: z.enum(SCHEMES), gso_code: z.string() });
const Commune = z.strictObject({ ...names, kind: z.literal('commune'), gso_code: z.string().regex(/^\d{5}$/, 'is not a 5-digit code'), former_province: text });
const NaturalEarth = z.union([
	z.strictObject({ ...names, kind: z.literal('river') }),
	z.strictObject({ ...names, kind: z.literal('town'), scalerank: z.number().int(), pop_max: z.number().int() })
]);

export interface BaseData {
	province: Feature<Polygon | MultiPolygon>[];
	neighbours: Feature<Polygon | MultiPolygon>[];
	communes: Feature<Point>[];
	naturalEarth: Feature[];
}

export function validateBase(texts: Partial<Record<BaseKey, string>>): { errors: string[]; data: BaseData | null } {
	const errors: string[] = [];
	const ids = new Set<string>();
	const take = (key: BaseKey, schema: z.ZodType, geoms: string[]): Feature[] => {
		const file = `base/${BASE_FILES[key]}`;
		const out: Feature[] = [];
		features(file, parse(file, texts[key], errors), errors).forEach((f, i) => {
			const raw = f.properties?.id;
			const fid = typeof raw === 'string' && raw ? raw : `feature #${i}`;
			if (ids.has(fid)) errors.push(`${file}: ${fid}: id: is used twice`);
			ids.add(fid);
			const parsed = schema.safeParse(f.properties ?? {});
			if (!parsed.success) errors.push(...zodErrors(file, fid, parsed.error, f.properties));
			const before = errors.length;
			checkGeometry(file, fid, f, geoms, BASE_BBOX, errors);
			if (parsed.success && errors.length === before) out.push(f as Feature);
		});
		return out;
	};
	const province = take('province', Province, ['Polygon', 'MultiPolygon']) as Feature<Polygon | MultiPolygon>[];
	const neighbours = take('neighbours', Neighbour, ['Polygon', 'MultiPolygon']) as Feature<Polygon | MultiPolygon>[];
	const communes = take('communes', Commune, ['Point']) as Feature<Point>[];
	const naturalEarth = take('naturalEarth', NaturalEarth, ['Point', 'LineString', 'MultiLineString']);

	const pfile = `base/${BASE_FILES.province}`;
	for (const s of SCHEMES) {
		const n = province.filter((f) => f.properties!.scheme === s).length;
		if (n !== 1 && texts.province !== undefined) errors.push(`${pfile}: province-${s}: scheme: ${n} outlines for ${s}, want exactly 1`);
	}
	const merged = province.find((f) => f.properties!.scheme === '2025');
	const cfile = `base/${BASE_FILES.communes}`;
	if (texts.communes !== undefined && communes.length !== COMMUNES_2025) errors.push(`${cfile}: (file): ${communes.length} communes and wards, want ${COMMUNES_2025}`);
	if (merged) {
		for (const c of communes) {
			if (!booleanPointInPolygon(c.geometry, merged)) errors.push(`${cfile}: ${c.properties!.id}: geometry: lies outside the 2025 province outline`);
		}
	}
	return { errors, data: errors.length ? null : { province, neighbours, communes, naturalEarth } };
}

export const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
