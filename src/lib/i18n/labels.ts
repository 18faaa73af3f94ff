/** Message lookups for enum values (status, sector, district, …), typed so a missing key fails the check. */
import { m } from '$lib/paraglide/messages';
import type { Lang } from './locale';

type Msg = (inputs?: Record<string, never>, options?: { locale?: Lang }) => string;
const msgs = m as unknown as Record<string, Msg>;

function lookup(prefix: string, value: string, lang: Lang): string {
	const fn = msgs[`${prefix}_${value.replace(/-/g, '_')}`];
	return fn ? fn({}, { locale: lang }) : value;
}

export const statusLabel = (s: string, lang: Lang) => (s === 'none' ? m.not_published_class({}, { locale: lang }) : lookup('status', s, lang));
export const sectorLabel = (s: string, lang: Lang) => (s === 'none' ? m.not_published_class({}, { locale: lang }) : lookup('sector', s, lang));
export const districtLabel = (d: string, lang: Lang) =>
	d === 'bac-kan' ? m.district_bac_kan({}, { locale: lang }) : d === 'none' ? m.not_published_class({}, { locale: lang }) : lookup('district', d, lang);
export const kindLabel = (k: string, lang: Lang) => lookup('kind', k, lang);
export const placeTypeLabel = (p: string, lang: Lang) => lookup('place', p, lang);
export const confidenceLabel = (c: string, lang: Lang) => lookup('confidence', c, lang);
export const evidenceLabel = (e: string, lang: Lang) => lookup('evidence', e, lang);

export function classLabel(by: 'status' | 'sector' | 'district', cls: string, lang: Lang): string {
	return by === 'status' ? statusLabel(cls, lang) : by === 'sector' ? sectorLabel(cls, lang) : districtLabel(cls, lang);
}
