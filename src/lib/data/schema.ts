/**
 * The one data contract. Runtime schemas (zod) for every file in geodata/; the TypeScript
 * types in types.ts are inferred from them, so code and validator cannot drift.
 * The attribute dictionary in geodata/README.md documents the same fields for people.
 */
import { z } from 'zod';

export * from './vocab';
import { SITE_STATUSES, CORRIDOR_STATUSES, SECTORS, TN_DISTRICTS, BK_DISTRICTS, DISTRICTS, EVIDENCE, CONFIDENCE, GEOMETRY_QUALITY, POINT_KINDS, PLACE_TYPES, PROVINCE_GROUPS, UNITS, ID_RE, ISO_DATE_RE } from './vocab';

const id = z.string().regex(ID_RE, 'is not a kebab-case ascii id');
const text = z.string().min(1).refine((s) => s === s.normalize('NFC'), 'is not NFC-normalised');
const isoDate = z.string().regex(ISO_DATE_RE, 'is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');
// Round-4 fact sheets number their sources F4-01, F4-02, …: the hyphenated suffix keeps those codes as published.
const sourceCode = z.string().regex(/^[A-Z]+\d*(-\d+)?$/, 'is not a source code');

function figureOf<T extends z.ZodType>(value: T) {
	const base = {
		value,
		as_of: isoDate,
		source: sourceCode,
		qualifier: z.enum(['approx', 'gt', 'lt']).optional(),
		note_vi: text.optional(),
		note_en: text.optional()
	};
	const alt = z.strictObject(base);
	return z.strictObject({ ...base, alt: z.array(alt).optional() }).nullable();
}

const num = z.number().finite();
const positive = num.positive('must be positive');
const pct = num.min(0, 'is not a percentage').max(100, 'is not a percentage');
const bilingual = z.strictObject({ vi: text, en: text });

/** What a published distance is measured to (the source's words; see geodata/README.md). */
export const PUBLISHED_DISTANCE_TO = ['ix', 'noi_bai', 'ha_noi', 'river_port', 'provincial_centre', 'city_centre'] as const;
/** A distance or travel time as a source states it — not straight-line, kept apart from the computed ones. */
const publishedDistance = z.strictObject({
	to: z.enum(PUBLISHED_DISTANCE_TO),
	km: positive.optional(),
	minutes: positive.optional(),
	qualifier: z.enum(['approx', 'gt', 'lt']).optional(),
	as_of: isoDate,
	source: sourceCode,
	note_vi: text.optional(),
	note_en: text.optional()
}).refine((d) => d.km !== undefined || d.minutes !== undefined, 'needs km or minutes');

/** Figures a dated report on the ground may qualify (shown beside that figure; it never replaces it). */
export const REPORT_ABOUT = ['status', 'occupancy_pct', 'available_ha'] as const;
/** A dated report of what someone saw or said (idle land, vacant plots, delays): kept next to the figure it qualifies. */
const report = z.strictObject({ about: z.enum(REPORT_ABOUT), as_of: isoDate, source: sourceCode, note_vi: text, note_en: text });

export const SiteProps = z.strictObject({
	id,
	kind: z.enum(['kcn', 'ccn']),
	subtype: z.enum(['it_park', 'complex']).nullable(),
	name_vi: text,
	name_en: text,
	aliases: z.array(text).optional(),
	former_bac_kan: z.boolean(),
	evidence: z.enum(EVIDENCE).nullable(),
	counted_2023: z.boolean().nullable(),
	status_2023: figureOf(z.enum(SITE_STATUSES)),
	status: figureOf(z.enum(SITE_STATUSES)),
	plan_2030: z.boolean().nullable(),
	plan_2030_note_vi: text.optional(),
	plan_2030_note_en: text.optional(),
	district: z.enum(DISTRICTS).nullable(),
	district_also: z.array(z.enum(DISTRICTS)),
	old_communes: z.array(text).nullable(),
	commune_2025: figureOf(z.array(text).min(1)),
	area_ha: figureOf(positive),
	industrial_land_ha: figureOf(positive),
	leased_ha: figureOf(num.min(0)),
	available_ha: figureOf(num.min(0)),
	occupancy_pct: figureOf(pct),
	developer: figureOf(text),
	projects: figureOf(z.number().int().min(0)),
	registered_capital_usd: figureOf(positive),
	registered_capital_vnd: figureOf(positive),
	investment_vnd: figureOf(positive),
	tenants: figureOf(z.array(z.strictObject({ name: text, country: z.string().regex(/^[A-Z]{2}$/).nullable() }))),
	sectors: figureOf(z.array(z.enum(SECTORS)).min(1)),
	land_rent: figureOf(
		z.strictObject({ min: positive, max: positive, currency: z.enum(['VND', 'USD']), per: z.enum(['m2_year', 'm2_term']) })
	),
	utilities: figureOf(bilingual),
	wastewater_plant: figureOf(z.boolean()),
	ready_built_factories: figureOf(z.boolean()),
	decision: text.nullable(),
	sources: z.array(sourceCode).min(1),
	geometry_quality: z.enum(GEOMETRY_QUALITY),
	location_confidence: z.enum(CONFIDENCE).nullable(),
	point_kind: z.enum(POINT_KINDS).nullable(),
	anchor: z.tuple([num, num]).nullable(),
	notes_vi: text.nullable(),
	notes_en: text.nullable(),
	published_distances: z.array(publishedDistance).optional(),
	reports: z.array(report).optional()
}).superRefine((p, ctx) => {
	// Only a name no source confirms, or one taken out of the plan, may lack a status or a district.
	const weak = p.evidence === 'unverified' || p.evidence === 'removed_2021';
	if (p.status === null && !weak) ctx.addIssue({ code: 'custom', path: ['status'], message: 'is required unless evidence is unverified or removed_2021' });
	if (p.district === null && !weak) ctx.addIssue({ code: 'custom', path: ['district'], message: 'is required unless evidence is unverified or removed_2021' });
});

export const CorridorProps = z.strictObject({
	id,
	kind: z.enum(['expressway', 'national_road', 'railway']),
	ref: text.nullable(),
	road_class: text.nullable(),
	name_vi: text,
	name_en: text,
	status: figureOf(z.enum(CORRIDOR_STATUSES)).unwrap(),
	length_km: figureOf(positive),
	length_in_province_km: figureOf(positive),
	opened: figureOf(z.number().int().min(1850).max(2100)),
	lanes: figureOf(text),
	sources: z.array(sourceCode).min(1),
	geometry_quality: z.enum(GEOMETRY_QUALITY),
	location_confidence: z.enum(CONFIDENCE).nullable(),
	notes_vi: text.nullable(),
	notes_en: text.nullable()
});

export const PlaceProps = z.strictObject({
	id,
	kind: z.literal('place'),
	place_type: z.enum(PLACE_TYPES),
	name_vi: text,
	name_en: text,
	district: z.enum(DISTRICTS).nullable(),
	corridor: id.nullable(),
	sources: z.array(sourceCode).min(1),
	geometry_quality: z.enum(GEOMETRY_QUALITY),
	location_confidence: z.enum(CONFIDENCE).nullable(),
	point_kind: z.enum(POINT_KINDS).nullable(),
	notes_vi: text.nullable(),
	notes_en: text.nullable()
});

export const ProvinceFigure = z.strictObject({
	...figureOf(num).unwrap().shape,
	id,
	group: z.enum(PROVINCE_GROUPS),
	label_vi: text,
	label_en: text,
	unit: z.enum(UNITS)
});
export const ProvinceFile = z.strictObject({ figures: z.array(ProvinceFigure).min(1) });

export const Source = z.strictObject({
	id: sourceCode,
	title: text,
	publisher: text.nullable(),
	url: z.url({ protocol: /^https?$/ }).nullable(),
	date: isoDate.nullable(),
	date_note: text.nullable(),
	reliability: z.enum(['low']).nullable()
});
export const SourcesFile = z.strictObject({ sources: z.array(Source).min(1) });

/** Keys of SiteProps that hold a figure object (for provenance checks and the panel). */
export const SITE_FIGURE_KEYS = [
	'status_2023', 'status', 'commune_2025', 'area_ha', 'industrial_land_ha', 'leased_ha', 'available_ha',
	'occupancy_pct', 'developer', 'projects', 'registered_capital_usd', 'registered_capital_vnd',
	'investment_vnd', 'tenants', 'sectors', 'land_rent', 'utilities', 'wastewater_plant', 'ready_built_factories'
] as const;
export const CORRIDOR_FIGURE_KEYS = ['status', 'length_km', 'length_in_province_km', 'opened', 'lanes'] as const;
