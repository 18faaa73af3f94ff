/**
 * The data's date, one meaning everywhere (offline badge, presenter footer, brief): the newest date
 * any figure in the release describes, site or province (ISO strings sort by date). Pure and free of
 * dependencies, so the badge can use it without pulling the export code into the first chunk.
 */
import type { GeoData, SiteProperties } from '$lib/data/types';

function newest(dates: Iterable<string | null | undefined>): string | null {
	let best: string | null = null;
	for (const d of dates) if (d && (!best || d > best)) best = d;
	return best;
}

/** The newest `as_of` among a site's figures, or null. */
export function siteDataDate(p: SiteProperties): string | null {
	return newest(Object.values(p).map((v) => (v && typeof v === 'object' && 'as_of' in v && typeof v.as_of === 'string' ? v.as_of : null)));
}

/** The release's data date: the newest figure of any site or of the province, or null. */
export function dataAsOf(data: Pick<GeoData, 'zones' | 'clusters' | 'province'>): string | null {
	return newest([...data.zones, ...data.clusters].map((s) => siteDataDate(s.properties)).concat(data.province.map((f) => f.as_of)));
}
