/** The indicative outline: a polygon of exactly the published area, centred on the best-known point. */
import { circle, rewind, truncate } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';

const STEPS = 48;

export function indicativeOutline(anchor: [number, number], areaHa: number): Polygon {
	// A regular polygon of STEPS sides covers (STEPS / 2π)·sin(2π / STEPS) of its circumcircle: enlarge to match.
	const shrink = (STEPS / (2 * Math.PI)) * Math.sin((2 * Math.PI) / STEPS);
	const radiusKm = Math.sqrt((areaHa * 10_000) / (Math.PI * shrink)) / 1000;
	const c = circle(anchor, radiusKm, { steps: STEPS, units: 'kilometers' });
	return (truncate(rewind(c), { precision: 6 }) as Feature<Polygon>).geometry;
}
