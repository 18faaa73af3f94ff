/** Types inferred from the runtime schema: the schema is the single contract. */
import type { z } from 'zod';
import type {
	SiteProps, CorridorProps, PlaceProps, ProvinceFigure, Source, SITE_STATUSES, CORRIDOR_STATUSES, SECTORS,
	DISTRICTS
} from './schema';
import type { Feature, Geometry, LineString, MultiLineString, Point, Polygon, MultiPolygon } from 'geojson';

export type SiteProperties = z.infer<typeof SiteProps>;
export type CorridorProperties = z.infer<typeof CorridorProps>;
export type PlaceProperties = z.infer<typeof PlaceProps>;
export type ProvinceFigureT = z.infer<typeof ProvinceFigure>;
export type SourceT = z.infer<typeof Source>;
export type SiteStatus = (typeof SITE_STATUSES)[number];
export type CorridorStatus = (typeof CORRIDOR_STATUSES)[number];
export type Sector = (typeof SECTORS)[number];
export type District = (typeof DISTRICTS)[number];

/** A figure as stored: value with its date and source (see geodata/README.md). */
export interface Figure<T> {
	value: T;
	as_of: string;
	source: string;
	qualifier?: 'approx' | 'gt' | 'lt';
	note_vi?: string;
	note_en?: string;
	alt?: Omit<Figure<T>, 'alt'>[];
}

export type Site = Feature<Polygon | MultiPolygon | Point | null, SiteProperties>;
export type Corridor = Feature<LineString | MultiLineString | null, CorridorProperties>;
export type Place = Feature<Point, PlaceProperties>;
export type AnyFeature = Feature<Geometry | null, SiteProperties | CorridorProperties | PlaceProperties>;

export interface GeoData {
	zones: Site[];
	clusters: Site[];
	corridors: Corridor[];
	places: Place[];
	province: ProvinceFigureT[];
	sources: Record<string, SourceT>;
}
