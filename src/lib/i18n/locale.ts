/** The two UI languages; Vietnamese is the base. Paraglide holds the catalogue; the URL codec owns the choice. */
import { setLocale } from '$lib/paraglide/runtime';

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';

export function applyLang(lang: Lang): void {
	setLocale(lang, { reload: false });
	document.documentElement.lang = lang;
}

/** The data's own names: `name_vi` / `name_en`, `notes_vi` / `notes_en`, … */
export function pick<T extends Record<string, unknown>>(obj: T, key: string, lang: Lang): string | null {
	const v = obj[`${key}_${lang}`];
	return typeof v === 'string' ? v : null;
}
