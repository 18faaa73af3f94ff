/**
 * The bounding box of GeoJSON geometries, [west, south, east, north]. Turf's `bbox` gives the same
 * (bbox.test.ts checks it on the real data) but the first view needs only this: Turf's bbox pulls in
 * @turf/meta and @turf/helpers as whole modules, and the bundler keeps in them every helper any lazy
 * chunk uses, ~1.8 KB gzip of the first view for a walk over coordinates (issue 12).
 */
import type { Geometry, Position } from 'geojson';

type Box = [number, number, number, number];

function walk(c: unknown, b: Box): void {
	if (typeof (c as Position)[0] === 'number') {
		const [x, y] = c as Position;
		if (x! < b[0]) b[0] = x!;
		if (y! < b[1]) b[1] = y!;
		if (x! > b[2]) b[2] = x!;
		if (y! > b[3]) b[3] = y!;
		return;
	}
	for (const d of c as unknown[]) walk(d, b);
}

/** The box around every position of the geometries (null ones skipped); null when there is none. */
export function bboxOf(geometries: (Geometry | null)[]): Box | null {
	const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
	const visit = (g: Geometry | null): void => {
		if (!g) return;
		if (g.type === 'GeometryCollection') g.geometries.forEach(visit);
		else walk(g.coordinates, b);
	};
	geometries.forEach(visit);
	return b[0] <= b[2] ? b : null;
}
