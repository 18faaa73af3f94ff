/**
 * What the map draws from geodata/base, derived at build time so the app ships no geometry code:
 * the outside-the-province mask per scheme, label points for the province and its neighbours, and
 * which Natural Earth towns lie inside the province (their names are the districts' already).
 */
import { booleanPointInPolygon, centerOfMass } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { maskAround, neighbourLabelPoint } from '../../src/lib/geo/context';
import { BASE_FILES, collection, type BaseData, type BaseKey } from '../../src/lib/data/validate-base';
import type { FeatureCollection } from 'geojson';

type Area = Feature<Polygon | MultiPolygon>;
const round = (f: Feature<Point>): Feature<Point> => ({ ...f, geometry: { type: 'Point', coordinates: f.geometry.coordinates.map((n) => Math.round(n * 1e4) / 1e4) } });

export function deriveBase(base: BaseData): Record<(typeof BASE_FILES)[BaseKey], FeatureCollection> {
	const outline = (scheme: string) => base.province.find((f) => f.properties!.scheme === scheme)!;
	const province: Feature[] = [...base.province];
	for (const p of base.province) {
		province.push(maskAround(p, { id: `mask-${p.properties!.scheme}`, kind: 'mask', scheme: p.properties!.scheme }));
		const c = round(centerOfMass(p) as Feature<Point>);
		province.push({ ...c, properties: { ...p.properties, id: `${p.properties!.id}-label`, kind: 'label' } });
	}
	const neighbours: Feature[] = [...base.neighbours];
	for (const n of base.neighbours) {
		const p = round(neighbourLabelPoint(n as Area, outline(n.properties!.scheme) as Area));
		neighbours.push({ ...p, properties: { ...n.properties, id: `${n.properties!.id}-label`, kind: 'label' } });
	}
	const merged = outline('2025');
	const naturalEarth = base.naturalEarth.map((f) => f.properties!.kind !== 'town' ? f
		: { ...f, properties: { ...f.properties, in_province: booleanPointInPolygon(f.geometry as Point, merged) } });
	return {
		[BASE_FILES.province]: collection(province),
		[BASE_FILES.neighbours]: collection(neighbours),
		[BASE_FILES.communes]: collection(base.communes),
		[BASE_FILES.naturalEarth]: collection(naturalEarth)
	} as Record<(typeof BASE_FILES)[BaseKey], FeatureCollection>;
}
