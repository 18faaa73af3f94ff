/**
 * Numbers, areas, money and partial ISO dates formatted per locale through Intl (vi: 1.234,5 ha;
 * en: 1,234.5 ha; ko: 1,234.5ha; zh: 1,234.5公顷). Units go through Intl's unit style, so each
 * language writes hectares, kilometres and minutes its own way.
 */
import type { Lang } from './locale';

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = lang + JSON.stringify(opts);
	let f = cache.get(key);
	if (!f) { f = new Intl.NumberFormat(lang, opts); cache.set(key, f); }
	return f;
}

export function formatNumber(lang: Lang, n: number, maxDigits = 2): string {
	return nf(lang, { maximumFractionDigits: maxDigits }).format(n);
}

export function formatHa(lang: Lang, ha: number): string {
	return nf(lang, { style: 'unit', unit: 'hectare', maximumFractionDigits: ha < 10 ? 2 : 1 }).format(ha);
}

export function formatPct(lang: Lang, pct: number): string {
	return nf(lang, { style: 'percent', maximumFractionDigits: 1 }).format(pct / 100);
}

export function formatKm(lang: Lang, km: number): string {
	return nf(lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(km);
}

/**
 * Money in whole units, shown compactly ("7,5 T USD", "USD 7.5B", "USD 75억", "USD 75亿"); Intl's compact notation knows every UI language.
 * The minimum is explicit: Node's Intl (prerendering) padded currency to two decimals ("17,20 T") where browsers
 * do not, and the prerendered page must read the same as the hydrated one.
 */
export function formatMoney(lang: Lang, amount: number, currency: 'USD' | 'VND'): string {
	return nf(lang, { style: 'currency', currency, currencyDisplay: 'code', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(amount);
}

/** `2025`, `2025-03` or `2025-03-10` as a date in the reader's language, never inventing the missing parts. */
export function formatIsoDate(lang: Lang, iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	if (!y) return iso;
	if (!m) return String(y);
	const date = new Date(Date.UTC(y, m - 1, d ?? 1));
	const opts: Intl.DateTimeFormatOptions = d
		? { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }
		: { year: 'numeric', month: lang === 'vi' ? 'numeric' : 'short', timeZone: 'UTC' };
	// Cached like the number formats: building a DateTimeFormat costs ~0.1 ms, and a site's panel formats
	// dozens of dates (4 ms of every selection before the cache).
	const key = `${lang}${d ? 'd' : 'm'}`;
	let f = dates.get(key);
	if (!f) { f = new Intl.DateTimeFormat(lang, opts); dates.set(key, f); }
	return f.format(date);
}
const dates = new Map<string, Intl.DateTimeFormat>();
