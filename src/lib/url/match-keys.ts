/**
 * The URL keys of "find land for my project" (part of the codec: codec.ts spreads these in), kept
 * in their own module so the codec's diff stays small. A shared link with them reopens the same
 * shortlist. Each parses or falls back to its default with a warning; defaults are omitted.
 *
 * find=1 (panel open) · needHa=20 (ha of land) · needSector=electronics ·
 * need=operating,wastewater,factories,south · needIx / needNoiBai / needHaNoi / needPort = max km
 */
import type { Sector } from '$lib/data/types';
import { SECTORS } from '$lib/data/vocab';
import { FLAGS, noNeeds, type Flag, type KmTarget, type Needs } from '$lib/geo/needs';

export interface MatchUrl {
	find: boolean;
	needHa: number | null;
	needSector: Sector | null;
	need: Flag[];
	needIx: number | null;
	needNoiBai: number | null;
	needHaNoi: number | null;
	needPort: number | null;
}

/** URL key of each distance limit. */
export const KM_KEYS = { ix: 'needIx', noi_bai: 'needNoiBai', ha_noi: 'needHaNoi', port: 'needPort' } as const satisfies Record<KmTarget, keyof MatchUrl>;

export const matchDefaults = (): MatchUrl => ({
	find: false, needHa: null, needSector: null, need: [], needIx: null, needNoiBai: null, needHaNoi: null, needPort: null
});

function positive(max: number, decimals: number) {
	const re = new RegExp(`^\\d{1,5}(\\.\\d{1,${decimals}})?$`);
	return (r: string): number | null => {
		if (!re.test(r)) return null;
		const n = Number(r);
		return n > 0 && n <= max ? n : null;
	};
}
const km = positive(500, 1);

export const MATCH_PARSERS: { [K in keyof MatchUrl]: (raw: string) => MatchUrl[K] | null } = {
	find: (r) => (r === '1' ? true : null),
	needHa: positive(10_000, 2),
	needSector: (r) => ((SECTORS as readonly string[]).includes(r) ? (r as Sector) : null),
	need: (r) => {
		const parts = r.split(',').filter(Boolean);
		if (!parts.length || parts.length > FLAGS.length || !parts.every((p) => (FLAGS as readonly string[]).includes(p))) return null;
		return FLAGS.filter((f) => parts.includes(f)); // canonical order, duplicates dropped
	},
	needIx: km, needNoiBai: km, needHaNoi: km, needPort: km
};

export function serializeMatch(s: MatchUrl, out: URLSearchParams): void {
	if (s.find) out.set('find', '1');
	if (s.needHa !== null) out.set('needHa', String(s.needHa));
	if (s.needSector) out.set('needSector', s.needSector);
	if (s.need.length) out.set('need', FLAGS.filter((f) => s.need.includes(f)).join(','));
	for (const k of Object.values(KM_KEYS)) if (s[k] !== null) out.set(k, String(s[k]));
}

export function needsFromUrl(u: MatchUrl): Needs {
	const km = noNeeds().km;
	for (const [t, k] of Object.entries(KM_KEYS) as [KmTarget, keyof typeof u][]) km[t] = u[k] as number | null;
	return { ha: u.needHa, sector: u.needSector, flags: [...u.need], km };
}

export function needsToUrl(n: Needs, find: boolean): MatchUrl {
	const out: MatchUrl = { ...matchDefaults(), find, needHa: n.ha, needSector: n.sector, need: FLAGS.filter((f) => n.flags.includes(f)) };
	for (const [t, k] of Object.entries(KM_KEYS) as [KmTarget, (typeof KM_KEYS)[KmTarget]][]) out[k] = n.km[t];
	return out;
}
