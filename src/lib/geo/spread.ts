/**
 * "No stacking": sites that share a point (several clusters placed at one commune or town point)
 * are drawn on a small ring of screen offsets around it. Pure and deterministic: the same sites give
 * the same offsets, ordered by id, so a marker never jumps between reloads.
 */
import type { Site } from '$lib/data/types';

/** Points closer than this share a point (the commune dataset's own precision is ~110 m). */
export const SHARED_WITHIN_M = 120;
/** The spread marker's radius in CSS px: the ring keeps neighbouring markers this far apart, plus a gap. */
export const MARKER_R = 7;

export interface Spread {
	/** Screen offset of the marker from the shared point, CSS px (x right, y down). */
	dx: number;
	dy: number;
	/** How many sites share the point (this one included). */
	n: number;
	/** The shared point (the first site's, by id). */
	hub: [number, number];
}

const metres = (a: number[], b: number[]) => {
	const k = 111_320;
	const dx = (a[0]! - b[0]!) * k * Math.cos(((a[1]! + b[1]!) / 2) * (Math.PI / 180));
	const dy = (a[1]! - b[1]!) * k;
	return Math.hypot(dx, dy);
};

/** Ring radius (px) so that n markers of radius MARKER_R sit around it without touching. */
export function ringRadius(n: number): number {
	if (n < 2) return 0;
	const chord = 2 * MARKER_R + 3;
	return Math.max(11, Math.ceil(chord / (2 * Math.sin(Math.PI / n))));
}

/** Offsets for every point site that shares its point with another; a site alone gets none. */
export function spreadSites(sites: Site[]): Map<string, Spread> {
	const pts = sites
		.filter((s) => s.geometry?.type === 'Point')
		.map((s) => ({ id: s.properties.id, c: (s.geometry as { coordinates: number[] }).coordinates }))
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const groups: { hub: number[]; ids: string[] }[] = [];
	for (const p of pts) {
		const g = groups.find((x) => metres(x.hub, p.c) <= SHARED_WITHIN_M);
		if (g) g.ids.push(p.id);
		else groups.push({ hub: p.c, ids: [p.id] });
	}
	const out = new Map<string, Spread>();
	for (const g of groups) {
		const n = g.ids.length;
		if (n < 2) continue;
		const r = ringRadius(n);
		g.ids.forEach((id, k) => {
			// Start at 12 o'clock and go clockwise; round to whole px so the style stays stable.
			const a = (2 * Math.PI * k) / n;
			out.set(id, { dx: Math.round(r * Math.sin(a)), dy: Math.round(-r * Math.cos(a)), n, hub: [g.hub[0]!, g.hub[1]!] });
		});
	}
	return out;
}
