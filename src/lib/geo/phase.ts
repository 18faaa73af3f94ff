/**
 * The plan phases a planner switches between. Pure: which sites a phase shows, the class a site
 * takes in the phase's status legend, and which sites count towards its land totals.
 *
 * - `y2023`: the set the 2023 article counted (`counted_2023`), with the status it reported.
 * - `today`: every site, with its latest dated status.
 * - `plan2030`: every site, classed by its place in Decision 222/QĐ-TTg: carried over from 2023,
 *   added by the plan, removed, outside the plan, or not published.
 */
import type { SiteProperties } from '$lib/data/types';
import type { Phase } from '$lib/url/codec';

export const NOT_PUBLISHED = 'none';
export const PLAN_CLASSES = ['plan_kept', 'plan_added', 'plan_outside', 'removed'] as const;
export type PlanClass = (typeof PLAN_CLASSES)[number];

export function isRemoved(p: SiteProperties): boolean {
	return p.status?.value === 'removed' || p.evidence === 'removed_2021';
}

export function inPhase(p: SiteProperties, phase: Phase): boolean {
	return phase === 'y2023' ? p.counted_2023 === true : true;
}

export function planClass(p: SiteProperties): PlanClass | typeof NOT_PUBLISHED {
	if (isRemoved(p)) return 'removed';
	if (p.plan_2030 === true) return p.counted_2023 === true ? 'plan_kept' : 'plan_added';
	if (p.plan_2030 === false) return 'plan_outside';
	return NOT_PUBLISHED;
}

/** The status class of a site in a phase (the status legend's classes follow the phase). */
export function phaseStatus(p: SiteProperties, phase: Phase): string {
	if (phase === 'y2023') return p.status_2023?.value ?? NOT_PUBLISHED;
	if (phase === 'plan2030') return planClass(p);
	return p.status?.value ?? NOT_PUBLISHED;
}

/**
 * Whether a site's land counts in the phase's totals: removed land never does; in the plan only
 * the plan's own sites do.
 */
export function countsInTotals(p: SiteProperties, phase: Phase): boolean {
	if (!inPhase(p, phase)) return false;
	if (phase === 'plan2030') return p.plan_2030 === true && !isRemoved(p);
	if (phase === 'y2023') return p.status_2023?.value !== 'removed';
	return !isRemoved(p);
}
