/**
 * The vocabulary of a project's needs for "find land for my project", without the matcher itself:
 * the URL codec and the app state import this (first chunk); the matcher (match.ts) loads with the
 * panel on first use.
 */
import type { Sector } from '$lib/data/types';
import type { Target } from './targets';

export const KM_TARGETS = ['ix', 'noi_bai', 'ha_noi', 'port'] as const satisfies readonly Target[];
export type KmTarget = (typeof KM_TARGETS)[number];
export const FLAGS = ['operating', 'wastewater', 'factories', 'south'] as const;
export type Flag = (typeof FLAGS)[number];

export interface Needs {
	/** Hectares of land needed; null = not asked. */
	ha: number | null;
	sector: Sector | null;
	flags: Flag[];
	/** At most this many straight-line km to each target; null = not asked. */
	km: Record<KmTarget, number | null>;
}

export const noNeeds = (): Needs => ({ ha: null, sector: null, flags: [], km: { ix: null, noi_bai: null, ha_noi: null, port: null } });
