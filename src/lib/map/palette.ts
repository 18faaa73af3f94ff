/**
 * The one palette: map paint builders and the legend both read it, so they cannot drift.
 * Status uses the Okabe–Ito colour-blind-safe set (Okabe & Ito 2008); sectors and districts use
 * Paul Tol's "muted" qualitative scheme, extended with Tol's "light" scheme past nine classes
 * (https://personal.sron.nl/~pault/). Grey always means "not published".
 */
import { SECTORS, SITE_STATUSES, TN_DISTRICTS } from '$lib/data/vocab';
import type { SiteProperties } from '$lib/data/types';
import type { StyleBy } from '$lib/url/codec';

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

export interface ClassDef { id: string; color: string }

export const CLASSES: Record<StyleBy, ClassDef[]> = {
	status: [...SITE_STATUSES.map((s) => ({ id: s, color: STATUS_COLORS[s]! })), { id: NOT_PUBLISHED, color: GREY }],
	sector: [...SECTORS.map((s, i) => ({ id: s, color: TOL[i]! })), { id: NOT_PUBLISHED, color: GREY }],
	district: [...TN_DISTRICTS.map((d, i) => ({ id: d, color: TOL[i]! })), { id: BAC_KAN, color: '#BBBBBB' }, { id: NOT_PUBLISHED, color: GREY }]
};

/** The class a site falls in for a style-by mode; a site with several sectors goes by its first. */
export function classOf(p: SiteProperties, by: StyleBy): string {
	if (by === 'status') return p.status?.value ?? NOT_PUBLISHED;
	if (by === 'sector') return p.sectors?.value[0] ?? NOT_PUBLISHED;
	if (!p.district) return NOT_PUBLISHED;
	return p.district.startsWith('bk-') ? BAC_KAN : p.district;
}

export function colorOf(by: StyleBy, cls: string): string {
	return CLASSES[by].find((c) => c.id === cls)?.color ?? GREY;
}
