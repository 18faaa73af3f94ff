/** The legend's classes in the current colour scheme, from the same palette and totals as Legend.svelte. */
import { classLabel } from '$lib/i18n/labels';
import type { Lang } from '$lib/i18n/locale';
import type { ClassDef, Scheme } from '$lib/map/palette';

export function legendRows(scheme: Scheme, classes: ClassDef[], totals: Map<string, unknown>, hidden: string[], lang: Lang) {
	return classes
		.filter((c) => totals.has(c.id) && !hidden.includes(c.id))
		.map((c) => ({ id: c.id, color: c.color, label: classLabel(scheme, c, lang) }));
}
