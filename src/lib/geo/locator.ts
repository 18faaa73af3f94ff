/**
 * The brief's map snapshot as plain SVG geometry: the site, the corridors and the places near it,
 * projected (equirectangular about the site, fine at this scale) into a square of `size` px.
 * SVG rather than a WebGL canvas because it prints crisply on A4 and needs no second map.
 */
import { distance } from '@turf/turf';
import type { Corridor, Place, Site } from '$lib/data/types';
import type { Position } from 'geojson';
import { representativePoint } from './distances';

export interface LocatorLine { d: string; kind: 'expressway' | 'national_road' | 'railway' }
export interface LocatorPoint { x: number; y: number; id: string; name_vi: string; name_en: string; type: string }
export interface Locator { size: number; site: { x: number; y: number; d: string | null }; lines: LocatorLine[]; points: LocatorPoint[]; scale: { km: number; px: number } }

/** Half the square's side, in km: wide enough to show the nearest interchange for most sites. */
export const HALF_KM = 12;

export function locator(site: Site, corridors: Corridor[], places: Place[], size = 360): Locator | null {
	const c = representativePoint(site.geometry, site.properties.anchor);
	if (!c) return null;
	const [lon0, lat0] = c as [number, number];
	const kmPerDegLat = distance([lon0, lat0 - 0.5], [lon0, lat0 + 0.5]);
	const kmPerDegLon = kmPerDegLat * Math.cos((lat0 * Math.PI) / 180);
	const pxPerKm = size / (2 * HALF_KM);
	const xy = (p: Position): [number, number] => [
		size / 2 + (p[0]! - lon0) * kmPerDegLon * pxPerKm,
		size / 2 - (p[1]! - lat0) * kmPerDegLat * pxPerKm
	];
	const path = (ring: Position[], close: boolean) =>
		ring.map((p, i) => `${i ? 'L' : 'M'}${xy(p).map((n) => n.toFixed(1)).join(' ')}`).join('') + (close ? 'Z' : '');
	const g = site.geometry;
	const siteD = g?.type === 'Polygon' ? g.coordinates.map((r) => path(r, true)).join('')
		: g?.type === 'MultiPolygon' ? g.coordinates.flatMap((poly) => poly.map((r) => path(r, true))).join('') : null;
	const inside = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x <= size && y <= size;
	const lines: LocatorLine[] = corridors.filter((k) => k.geometry).map((k) => {
		const gg = k.geometry!;
		const parts = gg.type === 'LineString' ? [gg.coordinates] : gg.coordinates;
		return { kind: k.properties.kind, d: parts.map((ls) => path(ls, false)).join('') };
	});
	const points = places
		.filter((p) => ['interchange', 'station', 'district_seat', 'destination'].includes(p.properties.place_type))
		.map((p) => { const [x, y] = xy(p.geometry.coordinates); return { x, y, id: p.properties.id, name_vi: p.properties.name_vi, name_en: p.properties.name_en, type: p.properties.place_type }; })
		.filter((p) => inside([p.x, p.y]));
	return { size, site: { x: size / 2, y: size / 2, d: siteD }, lines, points, scale: { km: 5, px: 5 * pxPerKm } };
}
