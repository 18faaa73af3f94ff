/** Words for the land finder: criterion and mark labels, and the figure behind each mark as text. */
import { m } from '$lib/i18n/messages.svelte';
import type { DistancesFile } from '$lib/geo/distances-file';
import type { Check, Criterion, Mark } from '$lib/geo/match';
import { formatHa, formatKm, formatPct } from './format';
import { districtLabel, sectorLabel, statusLabel } from './labels';
import { triLabel } from './investor';
import type { Lang } from './locale';

type Msg = (inputs?: Record<string, never>, options?: { locale?: Lang }) => string;
const msgs = m as unknown as Record<string, Msg>;
const get = (key: string, lang: Lang) => msgs[key]?.({}, { locale: lang }) ?? key;

export const criterionLabel = (c: Criterion, lang: Lang) => get(`match_c_${c}`, lang);
export const markLabel = (k: Mark, lang: Lang) => get(`match_mark_${k}`, lang);
/** Text and icon together, so a mark never rests on colour alone. */
export const MARK_ICON: Record<Mark, string> = { met: '✓', not_met: '✕', possibly: '~', unknown: '?' };

/** The figure behind a mark, in words ("12,5 ha còn trống (đã công bố)", "8,3 km → Nút giao Yên Bình"). */
export function checkFigure(c: Check, lang: Lang, dist: DistancesFile | null): string {
	const L = { locale: lang };
	if (c.value === null) return m.not_published({}, L);
	switch (c.key) {
		case 'land':
			if (c.basis === 'available') return m.match_basis_available({ ha: formatHa(lang, c.value as number) }, L);
			if (c.basis === 'area_minus_leased') return m.match_basis_area_minus_leased({ ha: formatHa(lang, c.value as number) }, L);
			return m.match_basis_occupancy({ pct: formatPct(lang, c.value as number) }, L);
		case 'sector': return (c.value as string[]).map((s) => sectorLabel(s, lang)).join(', ');
		case 'operating': return statusLabel(c.value as string, lang);
		case 'wastewater': case 'factories': return triLabel(c.value ? 'yes' : 'no', lang);
		case 'south': return districtLabel(c.value as string, lang);
		default: {
			const place = c.to ? dist?.places[c.to] : undefined;
			const name = place ? (lang === 'vi' ? place.name_vi : place.name_en) : null;
			return `${formatKm(lang, c.value as number)}${name ? ` → ${name}` : ''}`;
		}
	}
}
