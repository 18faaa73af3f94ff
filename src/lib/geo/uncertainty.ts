/**
 * How far a point site may lie from its drawn point: the radius of its faint uncertainty ring.
 * The base follows what the point is (point_kind); the confidence widens or narrows it. Figures are
 * round orders of magnitude, not measurements:
 * - zone / tenant: a labelled zone point or a tenant's plant: the site is within a few hundred metres;
 * - ward: an urban 2025 ward covers ~10–20 km² (radius ≈ 2 km);
 * - commune: a 2025 commune averages 8,408 km² / 92 ≈ 91 km² (radius ≈ 5.4 km); 4 km is the median-sized one;
 * - town: a pre-2025 district-town point stands for "somewhere in the district near it": ~6 km;
 * - estimate (or unknown kind): hand-placed, ~8 km.
 */
import type { CONFIDENCE, POINT_KINDS } from '$lib/data/vocab';

export type PointKind = (typeof POINT_KINDS)[number];
export type Confidence = (typeof CONFIDENCE)[number];

export const RING_BASE_KM: Record<PointKind, number> = { zone: 0.5, tenant: 0.3, ward: 2, commune: 4, town: 6, estimate: 8 };
export const CONFIDENCE_FACTOR: Record<Confidence, number> = {
	high: 0.5, medium_high: 0.75, medium: 1, low_medium: 1.25, low: 1.5, very_low: 2
};
/** Unknown confidence counts as low. */
const UNKNOWN_FACTOR = 1.5;

/** Ground radius of the ring, km, rounded to 0.1 km. */
export function ringKm(kind: PointKind | null, confidence: Confidence | null): number {
	const base = RING_BASE_KM[kind ?? 'estimate'];
	const f = confidence ? CONFIDENCE_FACTOR[confidence] : UNKNOWN_FACTOR;
	return Math.round(base * f * 10) / 10;
}

/** Web-Mercator 512-px tiles: metres per pixel at zoom 0 and this latitude. */
export function metresPerPxZ0(lat: number): number {
	return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / 512;
}

/** The ring's radius in px at zoom 0 (MapLibre doubles it per zoom level). */
export function ringPxZ0(km: number, lat: number): number {
	return (km * 1000) / metresPerPxZ0(lat);
}
