/**
 * Validates the geodata files as a whole and reports every problem at once, each as
 * `file: feature-id: field: message`. Pure (text in, errors out) so tests can feed it
 * broken fixtures; scripts/data-check.ts and scripts/build-geodata.ts wrap it.
 */
import gjv from 'geojson-validation';
import { area, booleanClockwise, booleanPointInPolygon, distance, kinks, polygon } from '@turf/turf';
import type { z } from 'zod';
import {
	CorridorProps, CORRIDOR_FIGURE_KEYS, PlaceProps, ProvinceFile, SiteProps, SITE_FIGURE_KEYS, SourcesFile
} from './schema';
import type { Corridor, GeoData, Place, Site, SourceT } from './types';

export const FILES = {
	sources: 'sources.json',
	zones: 'zones.geojson',
	clusters: 'clusters.geojson',
	corridors: 'corridors.geojson',
	places: 'places.geojson',
	province: 'province.json'
} as const;
export type FileKey = keyof typeof FILES;

/** The post-2025 province (former Bắc Kạn included), with a margin: every zone and cluster lies inside. */
export const PROVINCE_BBOX = [105.4, 21.3, 106.35, 22.8] as const;
/** Corridors and reference destinations reach Hà Nội, Hải Phòng and the Chinese border. */
export const REGION_BBOX = [104.5, 20.5, 107.5, 23.5] as const;
/** A site more than this far from its claimed district's seat is in the wrong district. */
export const MAX_KM_FROM_SEAT = 25;
export const AREA_TOLERANCE = 0.1;

type Position = number[];
export interface RawFeature { type?: unknown; id?: unknown; properties?: Record<string, unknown> | null; geometry?: { type: string; coordinates: unknown } | null }

export interface Result { errors: string[]; data: GeoData | null }

export interface Options {
	/**
	 * Benchmark only (`npm run bench`, env TNIM_SYNTHETIC=1): sites whose id starts with `syn-` may lie
	 * anywhere in the region and far from their district's seat, so a national-scale synthetic set can be
	 * spread over northern Vietnam. Real ids get no exemption; build-geodata refuses to write such data to static/.
	 */
	synthetic?: boolean;
}
const SYNTHETIC_PREFIX = 'syn-';

export function zodErrors(file: string, fid: string, err: z.ZodError, input: unknown): string[] {
	return err.issues.map((i) => {
		const field = i.path.length ? i.path.join('.') : '(properties)';
		let v: unknown = input;
		for (const k of i.path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined;
		const shown = typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? `${JSON.stringify(v)} ` : '';
		return `${file}: ${fid}: ${field}: ${shown}${i.message}`;
	});
}

function positions(coords: unknown, out: Position[] = []): Position[] {
	if (Array.isArray(coords) && typeof coords[0] === 'number') out.push(coords as Position);
	else if (Array.isArray(coords)) for (const c of coords) positions(c, out);
	return out;
}

function decimals(n: number): number {
	const s = String(n);
	const i = s.indexOf('.');
	return i < 0 || s.includes('e') ? 0 : s.length - i - 1;
}

export function parse(file: string, text: string | undefined, errors: string[]): unknown {
	if (text === undefined) { errors.push(`${file}: (file): is missing`); return null; }
	try { return JSON.parse(text); } catch (e) {
		errors.push(`${file}: (file): is not valid JSON: ${(e as Error).message}`);
		return null;
	}
}

export function checkGeometry(
	file: string, fid: string, f: RawFeature, allowed: string[], bbox: readonly number[], errors: string[]
): void {
	const g = f.geometry;
	if (g === null || g === undefined) { if (!allowed.includes('null')) errors.push(`${file}: ${fid}: geometry: is required`); return; }
	if (!allowed.includes(g.type)) { errors.push(`${file}: ${fid}: geometry: ${g.type} is not allowed here (${allowed.join(', ')})`); return; }
	for (const p of positions(g.coordinates)) {
		const [lon, lat] = p as [number, number];
		if (p.some((n) => decimals(n) > 6)) { errors.push(`${file}: ${fid}: geometry: coordinate [${p.join(', ')}] has more than 6 decimals`); break; }
		if (lon < bbox[0]! || lat < bbox[1]! || lon > bbox[2]! || lat > bbox[3]!) {
			errors.push(`${file}: ${fid}: geometry: coordinate [${lon}, ${lat}] lies outside the allowed extent [${bbox.join(', ')}]`);
			break;
		}
	}
	const polys = g.type === 'Polygon' ? [g.coordinates as Position[][]] : g.type === 'MultiPolygon' ? (g.coordinates as Position[][][]) : [];
	for (const rings of polys) {
		rings.forEach((ring, k) => {
			const ccw = !booleanClockwise(ring as [number, number][]);
			if (k === 0 && !ccw) errors.push(`${file}: ${fid}: geometry: outer ring is clockwise (RFC 7946 wants counter-clockwise)`);
			if (k > 0 && ccw) errors.push(`${file}: ${fid}: geometry: hole ${k} is counter-clockwise (RFC 7946 wants clockwise)`);
		});
		if (kinks(polygon(rings)).features.length > 0) errors.push(`${file}: ${fid}: geometry: ring intersects itself`);
	}
}

/** Indicative outlines must match the published area and contain their anchor point. */
function checkIndicativeArea(file: string, s: Site, errors: string[]): void {
	const g = s.geometry;
	const p = s.properties;
	if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return;
	if (p.anchor && !booleanPointInPolygon(p.anchor, g)) errors.push(`${file}: ${p.id}: anchor: lies outside the outline`);
	if (p.geometry_quality !== 'indicative') return;
	if (!p.area_ha) { errors.push(`${file}: ${p.id}: area_ha: an indicative outline needs a published area`); return; }
	const ha = area(g) / 10_000;
	const want = p.area_ha.value;
	if (Math.abs(ha - want) > AREA_TOLERANCE * want) {
		errors.push(`${file}: ${p.id}: geometry: indicative outline covers ${ha.toFixed(1)} ha, not within 10% of area_ha ${want}`);
	}
}

function checkProvenance(
	file: string, fid: string, props: Record<string, unknown>, keys: readonly string[], sources: Record<string, SourceT>, errors: string[]
): void {
	const own = (props.sources as string[] | undefined) ?? [];
	for (const code of own) if (!sources[code]) errors.push(`${file}: ${fid}: sources: ${code} is not in sources.json`);
	for (const key of keys) {
		type F = { source: string; note_vi?: string; note_en?: string };
		const fig = props[key] as (F & { alt?: F[] }) | null | undefined;
		if (!fig) continue;
		for (const f of [fig, ...(fig.alt ?? [])]) {
			if (!own.includes(f.source)) errors.push(`${file}: ${fid}: ${key}.source: ${f.source} is not one of the feature's sources`);
			if ((f.note_vi === undefined) !== (f.note_en === undefined)) errors.push(`${file}: ${fid}: ${key}: note_vi and note_en go together`);
		}
	}
	if ((props.notes_vi === null) !== (props.notes_en === null)) errors.push(`${file}: ${fid}: notes_vi/notes_en: give both languages or neither`);
}

export function features(file: string, raw: unknown, errors: string[]): RawFeature[] {
	if (raw === null) return [];
	const problems = gjv.valid(raw, true) as string[];
	if (problems.length || (raw as { type?: string }).type !== 'FeatureCollection') {
		errors.push(`${file}: (file): is not a valid GeoJSON FeatureCollection${problems.length ? ': ' + problems.slice(0, 5).join('; ') : ''}`);
		return [];
	}
	return (raw as { features: RawFeature[] }).features;
}

function collect<T>(
	file: string, raw: unknown, schema: z.ZodType, geometry: string[], bbox: readonly number[], errors: string[], ids: Map<string, string>,
	synthetic = false
): T[] {
	const out: T[] = [];
	features(file, raw, errors).forEach((f, i) => {
		const rawId = f.properties?.id;
		const fid = typeof rawId === 'string' && rawId ? rawId : `feature #${i}`;
		const seen = ids.get(fid);
		if (seen) errors.push(`${file}: ${fid}: id: is also used in ${seen}`);
		ids.set(fid, file);
		const parsed = schema.safeParse(f.properties ?? {});
		if (!parsed.success) errors.push(...zodErrors(file, fid, parsed.error, f.properties));
		checkGeometry(file, fid, f, geometry, synthetic && fid.startsWith(SYNTHETIC_PREFIX) ? REGION_BBOX : bbox, errors);
		if (parsed.success) out.push({ type: 'Feature', properties: parsed.data, geometry: f.geometry ?? null } as T);
	});
	return out;
}

export function validate(texts: Partial<Record<FileKey, string>>, opts: Options = {}): Result {
	const synthetic = opts.synthetic === true;
	const errors: string[] = [];
	const ids = new Map<string, string>();
	const srcRaw = parse(FILES.sources, texts.sources, errors);
	const srcParsed = srcRaw === null ? null : SourcesFile.safeParse(srcRaw);
	const sources: Record<string, SourceT> = {};
	if (srcParsed && !srcParsed.success) {
		for (const i of srcParsed.error.issues) {
			const idx = i.path[1];
			const sid = typeof idx === 'number' ? ((srcRaw as { sources: { id?: string }[] }).sources[idx]?.id ?? `source #${idx}`) : '(file)';
			errors.push(`${FILES.sources}: ${sid}: ${i.path.slice(2).join('.') || '(source)'}: ${i.message}`);
		}
	}
	for (const s of srcParsed?.success ? srcParsed.data.sources : []) {
		if (sources[s.id]) errors.push(`${FILES.sources}: ${s.id}: id: is listed twice`);
		sources[s.id] = s;
	}

	const siteGeoms = ['Polygon', 'MultiPolygon', 'Point', 'null'];
	const zones = collect<Site>(FILES.zones, parse(FILES.zones, texts.zones, errors), SiteProps, siteGeoms, PROVINCE_BBOX, errors, ids, synthetic);
	const clusters = collect<Site>(FILES.clusters, parse(FILES.clusters, texts.clusters, errors), SiteProps, siteGeoms, PROVINCE_BBOX, errors, ids, synthetic);
	const corridors = collect<Corridor>(FILES.corridors, parse(FILES.corridors, texts.corridors, errors), CorridorProps, ['LineString', 'MultiLineString', 'null'], REGION_BBOX, errors, ids);
	const places = collect<Place>(FILES.places, parse(FILES.places, texts.places, errors), PlaceProps, ['Point'], REGION_BBOX, errors, ids);

	const provRaw = parse(FILES.province, texts.province, errors);
	const prov = provRaw === null ? null : ProvinceFile.safeParse(provRaw);
	if (prov && !prov.success) {
		for (const i of prov.error.issues) {
			const idx = i.path[1];
			const fid = typeof idx === 'number' ? ((provRaw as { figures: { id?: string }[] }).figures[idx]?.id ?? `figure #${idx}`) : '(file)';
			errors.push(`${FILES.province}: ${fid}: ${i.path.slice(2).join('.') || '(figure)'}: ${i.message}`);
		}
	}
	const province = prov?.success ? prov.data.figures : [];
	for (const f of province) {
		if (!sources[f.source]) errors.push(`${FILES.province}: ${f.id}: source: ${f.source} is not in sources.json`);
		for (const a of f.alt ?? []) if (!sources[a.source]) errors.push(`${FILES.province}: ${f.id}: alt.source: ${a.source} is not in sources.json`);
		if (ids.has(f.id)) errors.push(`${FILES.province}: ${f.id}: id: is also used in ${ids.get(f.id)}`);
		ids.set(f.id, FILES.province);
	}

	const seats = new Map(places.filter((p) => p.properties.place_type === 'district_seat' && p.properties.district)
		.map((p) => [p.properties.district!, p.geometry.coordinates] as const));
	for (const [file, list] of [[FILES.zones, zones], [FILES.clusters, clusters]] as const) {
		for (const s of list) {
			const p = s.properties;
			checkProvenance(file, p.id, p, SITE_FIGURE_KEYS, sources, errors);
			for (const d of p.published_distances ?? []) {
				if (!p.sources.includes(d.source)) errors.push(`${file}: ${p.id}: published_distances.source: ${d.source} is not one of the feature's sources`);
			}
			for (const r of p.reports ?? []) {
				if (!p.sources.includes(r.source)) errors.push(`${file}: ${p.id}: reports.source: ${r.source} is not one of the feature's sources`);
			}
			checkIndicativeArea(file, s, errors);
			if (p.kind !== (file === FILES.zones ? 'kcn' : 'ccn')) errors.push(`${file}: ${p.id}: kind: ${p.kind} does not belong in ${file}`);
			const seat = p.district ? seats.get(p.district) : undefined;
			if (p.anchor && seat && !(synthetic && p.id.startsWith(SYNTHETIC_PREFIX))) {
				const km = Math.min(...[p.district!, ...p.district_also].map((d) => seats.get(d)).filter((c) => c !== undefined)
					.map((c) => distance(p.anchor!, c, { units: 'kilometers' })));
				if (km > MAX_KM_FROM_SEAT) errors.push(`${file}: ${p.id}: district: anchor lies ${km.toFixed(1)} km from the seat of ${p.district}`);
			}
		}
	}
	for (const c of corridors) checkProvenance(FILES.corridors, c.properties.id, c.properties, CORRIDOR_FIGURE_KEYS, sources, errors);
	for (const p of places) {
		checkProvenance(FILES.places, p.properties.id, p.properties, [], sources, errors);
		if (p.properties.corridor && !corridors.some((c) => c.properties.id === p.properties.corridor)) {
			errors.push(`${FILES.places}: ${p.properties.id}: corridor: ${p.properties.corridor} is not a corridor id`);
		}
	}
	const data = errors.length ? null : { zones, clusters, corridors, places, province, sources };
	return { errors, data };
}
