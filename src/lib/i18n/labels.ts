/** Message lookups for enum values (status, sector, district, …), typed so a missing key fails the check. */
import { m } from '$lib/i18n/messages.svelte';
import type { ClassDef, Scheme } from '$lib/map/palette';
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

export const planLabel = (c: string, lang: Lang) =>
	c === 'none' ? m.plan_not_published({}, { locale: lang }) : c === 'removed' ? statusLabel(c, lang) : lookup('plan', c.replace(/^plan_/, ''), lang);

/** A legend class's label; a commune class carries its own (the commune's name, from the data). */
export function classLabel(scheme: Scheme, cls: ClassDef | string, lang: Lang): string {
	const id = typeof cls === 'string' ? cls : cls.id;
	if (typeof cls !== 'string' && cls.label) return cls.label;
	switch (scheme) {
		case 'status': case 'status_2023': return statusLabel(id, lang);
		case 'plan': return planLabel(id, lang);
		case 'sector': return sectorLabel(id, lang);
		case 'district': return districtLabel(id, lang);
		case 'commune': return id === 'none' ? m.not_published_class({}, { locale: lang }) : id;
	}
}
