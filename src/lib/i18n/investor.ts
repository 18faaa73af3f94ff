/** Labels for the investor tools: distance targets, readiness badges and their states. */
import { m } from '$lib/i18n/messages.svelte';
import type { Target } from '$lib/geo/targets';
import type { BadgeKey, Tri } from '$lib/geo/readiness';
import type { Lang } from './locale';

type Msg = (inputs?: Record<string, never>, options?: { locale?: Lang }) => string;
const msgs = m as unknown as Record<string, Msg>;
const get = (key: string, lang: Lang) => msgs[key]?.({}, { locale: lang }) ?? key;

export const targetLabel = (t: Target, lang: Lang) => get(`inv_t_${t}`, lang);
export const badgeLabel = (b: BadgeKey, lang: Lang) => get(`inv_b_${b}`, lang);
export const triLabel = (s: Tri, lang: Lang) => get(`inv_tri_${s}`, lang);
