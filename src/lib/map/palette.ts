/**
 * The one palette: map paint builders and the legend both read it, so they cannot drift.
 * Status and plan classes use the Okabe–Ito colour-blind-safe set (Okabe & Ito 2008); sectors,
 * districts and communes use Paul Tol's "muted" qualitative scheme, extended with Tol's "light"
 * scheme past nine classes (https://personal.sron.nl/~pault/). Grey always means "not published".
 *
 * A colour scheme follows the style-by mode, the plan phase (2023 status, latest status, or the
 * plan's classes) and the administrative units (pre-2025 districts or 2025 communes).
 */
import { SECTORS, SITE_STATUSES, TN_DISTRICTS } from '$lib/data/vocab';
import type { Site, SiteProperties } from '$lib/data/types';
import { fold } from '$lib/geo/fold';
import { planClass } from '$lib/geo/phase';
import type { Phase, StyleBy, UnitMode } from '$lib/url/codec';

export const NOT_PUBLISHED = 'none';
export const BAC_KAN = 'bac-kan';
export const GREY = '#9a9a9a';

const TOL = ['#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499',
	'#77AADD', '#EE8866', '#EEDD88', '#FFAABB', '#99DDFF'];

export const STATUS_COLORS: Record<string, string> = {
	operating: '#009E73',
	under_construction: '#E69F00',
	established: '#56B4E9',
	planned: '#0072B2',
	removed: '#7f7f7f'
};

export const SCHEMES = ['status', 'status_2023', 'plan', 'sector', 'district', 'commune'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** A legend class; `label` is set only where the class is data (a commune's name), not a message key. */
export interface ClassDef { id: string; color: string; label?: string }

const statusClasses = (): ClassDef[] => [...SITE_STATUSES.map((s) => ({ id: s, color: STATUS_COLORS[s]! })), { id: NOT_PUBLISHED, color: GREY }];

export const CLASSES: Record<Exclude<Scheme, 'commune'>, ClassDef[]> = {
	status: statusClasses(),
	status_2023: statusClasses(),
	plan: [
		{ id: 'plan_kept', color: '#009E73' }, { id: 'plan_added', color: '#D55E00' },
		{ id: 'plan_outside', color: '#56B4E9' }, { id: 'removed', color: STATUS_COLORS.removed! },
		{ id: NOT_PUBLISHED, color: GREY }
	],
	sector: [...SECTORS.map((s, i) => ({ id: s, color: TOL[i]! })), { id: NOT_PUBLISHED, color: GREY }],
	district: [...TN_DISTRICTS.map((d, i) => ({ id: d, color: TOL[i]! })), { id: BAC_KAN, color: '#BBBBBB' }, { id: NOT_PUBLISHED, color: GREY }]
};

export function schemeOf(by: StyleBy, phase: Phase, units: UnitMode): Scheme {
	if (by === 'status') return phase === 'y2023' ? 'status_2023' : phase === 'plan2030' ? 'plan' : 'status';
	if (by === 'district') return units === 'commune' ? 'commune' : 'district';
	return 'sector';
}

/** A 2025 commune's class id: its name folded to ascii kebab-case ("phường Bách Quang" → "phuong-bach-quang"). */
export function communeId(name: string): string {
	return fold(name).replace(/ /g, '-').slice(0, 40);
}

/** The 2025 communes the data knows, each a class (a site goes by the first commune it lists). */
export function communeClasses(sites: Site[]): ClassDef[] {
	const names = new Map<string, string>();
	for (const s of sites) {
		const first = s.properties.commune_2025?.value[0];
		if (first) names.set(communeId(first), first);
	}
	const sorted = [...names].sort((a, b) => a[1].localeCompare(b[1], 'vi'));
	return [...sorted.map(([id, label], i) => ({ id, label, color: TOL[i % TOL.length]! })), { id: NOT_PUBLISHED, color: GREY }];
}

export function classesFor(scheme: Scheme, sites: Site[]): ClassDef[] {
	return scheme === 'commune' ? communeClasses(sites) : CLASSES[scheme];
}

/** The class a site falls in for a scheme; a site with several sectors or communes goes by its first. */
export function classOf(p: SiteProperties, scheme: Scheme): string {
	switch (scheme) {
		case 'status': return p.status?.value ?? NOT_PUBLISHED;
		case 'status_2023': return p.status_2023?.value ?? NOT_PUBLISHED;
		case 'plan': return planClass(p);
		case 'sector': return p.sectors?.value[0] ?? NOT_PUBLISHED;
		case 'commune': { const c = p.commune_2025?.value[0]; return c ? communeId(c) : NOT_PUBLISHED; }
		case 'district':
			if (!p.district) return NOT_PUBLISHED;
			return p.district.startsWith('bk-') ? BAC_KAN : p.district;
	}
}

export function colorOf(classes: ClassDef[], cls: string): string {
	return classes.find((c) => c.id === cls)?.color ?? GREY;
}

/**
 * The base context: quiet greys so the sites and corridors carry the colour. The province's own
 * outline is the darkest context line; the outside is veiled, not hidden. Water is a greyed blue.
 */
export const CONTEXT = {
	province: '#3b4650',
	provinceAlt: '#8d969c',
	mask: '#c9cdc6',
	neighbourLine: '#b3b9b5',
	neighbourText: '#6f787d',
	provinceText: '#3b4650',
	commune: '#80868a',
	communeText: '#555d62',
	town: '#6b7175',
	townText: '#4d5458',
	river: '#9db7c9',
	hub: '#3b4650'
} as const;
