/**
 * Readiness at a glance: a few yes / no / unknown badges read from the figures, each carrying the
 * figure's date and source. Pure. Nothing is inferred from silence: no figure → "unknown".
 */
import type { Figure, SiteProperties } from '$lib/data/types';

export type Tri = 'yes' | 'no' | 'unknown';
export const BADGES = ['operating', 'land', 'wastewater', 'factories'] as const;
export type BadgeKey = (typeof BADGES)[number];
export interface Badge { key: BadgeKey; state: Tri; as_of: string | null; source: string | null }

const from = (key: BadgeKey, f: Figure<unknown> | null, state: (v: never) => Tri): Badge =>
	f ? { key, state: state(f.value as never), as_of: f.as_of, source: f.source } : { key, state: 'unknown', as_of: null, source: null };

/**
 * Land available: published available hectares (> 0), else published occupancy (< 100 %). A site
 * reported 100 % occupied (or 0 ha left) is "no"; one with neither figure is "unknown".
 */
export function landBadge(p: SiteProperties): Badge {
	if (p.available_ha) return from('land', p.available_ha, (v: number) => (v > 0 ? 'yes' : 'no'));
	return from('land', p.occupancy_pct, (v: number) => (v < 100 ? 'yes' : 'no'));
}

export function readiness(p: SiteProperties): Badge[] {
	return [
		from('operating', p.status, (v: string) => (v === 'operating' ? 'yes' : 'no')),
		landBadge(p),
		from('wastewater', p.wastewater_plant, (v: boolean) => (v ? 'yes' : 'no')),
		from('factories', p.ready_built_factories, (v: boolean) => (v ? 'yes' : 'no'))
	];
}

export const LAND_MODES = ['yes', 'open'] as const;
/** `yes`: land is published as available; `open`: everything not reported full (yes or unknown). */
export type LandMode = (typeof LAND_MODES)[number];

export function landMatches(p: SiteProperties, mode: LandMode | null | undefined): boolean {
	if (!mode) return true;
	const s = landBadge(p).state;
	return mode === 'yes' ? s === 'yes' : s !== 'no';
}
