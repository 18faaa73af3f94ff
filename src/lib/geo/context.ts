/**
 * Pure geometry for the base context: the mask that subdues everything outside the province, and
 * where to write a neighbour's name (near the province, not at its own far-away centre).
 */
import { bbox, bboxClip, booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';

/** Far enough to cover any view of northern Vietnam. */
export const MASK_EXTENT = [95, 5, 120, 30] as const;

/** A polygon covering the extent with the province cut out (its outer rings become holes, clockwise). */
export function maskAround(outline: Feature<Polygon | MultiPolygon>, props: Record<string, unknown> = {}): Feature<Polygon> {
	const [w, s, e, n] = MASK_EXTENT;
	const outer: Position[] = [[w, s], [e, s], [e, n], [w, n], [w, s]];
	const g = outline.geometry;
	const rings = g.type === 'Polygon' ? [g.coordinates[0]!] : g.coordinates.map((p) => p[0]!);
	return { type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates: [outer, ...rings.map((r) => [...r].reverse())] } };
}

/**
 * A point for the neighbour's name: inside the neighbour and near the province (within `margin` degrees
 * of its bounding box), so the name shows where the two meet: a 2025 province can reach 200 km away.
 * A bounding-box clip rather than a buffer: Turf's buffer of a detailed outline takes many seconds.
 */
export function neighbourLabelPoint(neighbour: Feature<Polygon | MultiPolygon>, province: Feature<Polygon | MultiPolygon>, margin = 0.18): Feature<Point> {
	const [w, s, e, n] = bbox(province);
	const clipped = bboxClip(neighbour, [w! - margin, s! - margin, e! + margin, n! + margin]);
	const g = clipped.geometry as Polygon | MultiPolygon;
	const rings: Position[][] = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
	const area = rings.some((r) => r.length >= 4) ? (clipped as Feature<Polygon | MultiPolygon>) : neighbour;
	const c = centerOfMass(area);
	const p = booleanPointInPolygon(c, neighbour) ? c : pointOnFeature(area);
	return { type: 'Feature', properties: { ...neighbour.properties }, geometry: p.geometry };
}
