/** Turns a figure's value into text for the panel, list and legend, per field and locale. */
import type { Figure } from '$lib/data/types';
import { m } from '$lib/i18n/messages.svelte';
import { formatHa, formatMoney, formatNumber, formatPct, formatKm } from './format';
import { sectorLabel, statusLabel } from './labels';
import { dataLang, type Lang } from './locale';

type Rent = { min: number; max: number; currency: 'VND' | 'USD'; per: 'm2_year' | 'm2_term' };

export function formatValue(key: string, value: unknown, lang: Lang): string {
	const L = { locale: lang };
	switch (key) {
		case 'area_ha': case 'industrial_land_ha': case 'leased_ha': case 'available_ha':
			return formatHa(lang, value as number);
		case 'occupancy_pct': return formatPct(lang, value as number);
		case 'registered_capital_usd': return formatMoney(lang, value as number, 'USD');
		case 'registered_capital_vnd': case 'investment_vnd': return formatMoney(lang, value as number, 'VND');
		case 'length_km': case 'length_in_province_km': return formatKm(lang, value as number);
		case 'opened': return String(value);
		case 'status': case 'status_2023': return statusLabel(value as string, lang);
		case 'sectors': return (value as string[]).map((s) => sectorLabel(s, lang)).join(', ');
		case 'tenants': return (value as { name: string; country: string | null }[]).map((t) => (t.country ? `${t.name} (${t.country})` : t.name)).join('; ');
		case 'commune_2025': return (value as string[]).join(', ');
		case 'utilities': return (value as { vi: string; en: string })[dataLang(lang)];
		case 'wastewater_plant': case 'ready_built_factories': return value ? m.yes({}, L) : m.no({}, L);
		case 'land_rent': {
			const r = value as Rent;
			const args = { min: formatNumber(lang, r.min), max: formatNumber(lang, r.max), currency: r.currency };
			return r.per === 'm2_year' ? m.rent_per_m2_year(args, L) : m.rent_per_m2_term(args, L);
		}
		default: return typeof value === 'number' ? formatNumber(lang, value) : String(value);
	}
}

export function qualifierText(q: Figure<unknown>['qualifier'], lang: Lang): string {
	const L = { locale: lang };
	return q === 'approx' ? m.approx({}, L) : q === 'gt' ? m.more_than({}, L) : q === 'lt' ? m.less_than({}, L) : '';
}

export function formatFigure(key: string, f: Omit<Figure<unknown>, 'alt'>, lang: Lang): string {
	const q = qualifierText(f.qualifier, lang);
	return `${q ? q + ' ' : ''}${formatValue(key, f.value, lang)}`;
}
