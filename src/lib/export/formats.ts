/**
 * The export files, built from the flat site records (record.ts). Imported dynamically when the
 * user exports, so papaparse and tokml do not weigh on the first load.
 * - CSV: UTF-8 with a BOM (so Excel reads Vietnamese correctly), CRLF, one row per site. Text cells
 *   that a spreadsheet would run as a formula are neutralised (FORMULA_START).
 * - GeoJSON (RFC 7946, opens in QGIS): the site geometry (null when unknown) with the record as
 *   properties, plus a `metadata` member with the method and the full source list.
 * - KML (Google Earth): the same, nulls left out (listed in `not_published`), a plain-text summary.
 */
import Papa from 'papaparse';
import { toKML } from '@placemarkio/tokml';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Site, SourceT } from '$lib/data/types';
import type { DistancesFile } from '$lib/geo/distances-file';
import { pick, type Lang } from '$lib/i18n/locale';
import { COLUMNS, datasetDate, siteRecord, sourceLine, type SiteRecord } from './record';
import type { ExtraColumns } from './match-columns';

export const BOM = '\uFEFF';

export interface ExportInput {
	sites: Site[]; distances: DistancesFile | null; sources: Record<string, SourceT>; title: string;
	/** Extra columns after the usual ones (the finder's per-need results, export/match-columns.ts). */
	extra?: ExtraColumns;
}

export function records(input: ExportInput): SiteRecord[] {
	return input.sites.map((s) => ({ ...siteRecord(s, input.distances, input.sources), ...input.extra?.row(s) }));
}

/**
 * Text cells a spreadsheet would read as a formula (OWASP "CSV Injection"): a leading `=`, `+`, `-`,
 * `@`, tab or carriage return, and the full-width `＝＋－＠` that Excel accepts too. Papaparse's
 * `escapeFormulae` puts an apostrophe before such a cell and quotes it; numbers are never touched, so
 * real figures and coordinates stay numbers. No `.*$`: papaparse's default pattern misses a payload
 * that spans two lines.
 */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function toCsv(input: ExportInput): string {
	const fields = [...COLUMNS, ...(input.extra?.columns ?? [])];
	const data = records(input).map((r) => fields.map((c) => r[c] ?? ''));
	return BOM + Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA_START }) + '\r\n';
}

function metadata(input: ExportInput) {
	const codes = [...new Set(input.sites.flatMap((s) => s.properties.sources))].sort();
	return {
		title: input.title,
		data_as_of: datasetDate(input.sites),
		figures: 'each figure has <key>_as_of and <key>_source; null = not published (listed in not_published)',
		distances: 'straight_km_* are straight-line great-circle km computed with Turf, not road distances or travel times',
		sources: codes.map((c) => sourceLine(c, input.sources[c]))
	};
}

export function toGeoJson(input: ExportInput): string {
	const recs = records(input);
	const features: Feature<Geometry | null, SiteRecord>[] = input.sites.map((s, i) => ({
		type: 'Feature', id: s.properties.id, geometry: s.geometry, properties: recs[i]!
	}));
	const fc = { type: 'FeatureCollection', metadata: metadata(input), features };
	return JSON.stringify(fc, null, 1);
}

function summary(r: SiteRecord): string {
	const line = (k: string) => (r[k] === null ? `${k}: not published` : `${k}: ${r[k]} (${r[`${k}_as_of`]}, ${r[`${k}_source`]})`);
	const km = ['ix', 'station', 'noi_bai', 'ha_noi', 'port', 'border']
		.map((t) => (r[`straight_km_${t}`] === null ? null : `${t} ${r[`straight_km_${t}`]} km`)).filter(Boolean).join(', ');
	return [
		...['status', 'area_ha', 'occupancy_pct', 'available_ha', 'developer'].map(line),
		km ? `straight-line: ${km}` : 'straight-line distances: no known location',
		`sources: ${r.source_details}`
	].join('\n');
}

export function toKml(input: ExportInput, lang: Lang): string {
	const recs = records(input);
	const fc: FeatureCollection<Geometry | null> = {
		type: 'FeatureCollection',
		features: input.sites.map((s, i) => {
			const r = recs[i]!;
			const props = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== ''));
			return { type: 'Feature', id: s.properties.id, geometry: s.geometry, properties: { name: pick(r, 'name', lang), description: summary(r), ...props } };
		})
	};
	return toKML(fc);
}
