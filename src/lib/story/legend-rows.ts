/** The legend's classes in the current style-by mode, from the same palette and totals as Legend.svelte. */
import { classLabel } from '$lib/i18n/labels';
import type { Lang } from '$lib/i18n/locale';
import { CLASSES } from '$lib/map/palette';
import type { StyleBy } from '$lib/url/codec';

export function legendRows(by: StyleBy, totals: Map<string, unknown>, hidden: string[], lang: Lang) {
	return CLASSES[by]
		.filter((c) => totals.has(c.id) && !hidden.includes(c.id))
		.map((c) => ({ id: c.id, color: c.color, label: classLabel(by, c.id, lang) }));
}
