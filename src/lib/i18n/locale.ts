/**
 * The UI languages; Vietnamese is the base. Paraglide compiles the catalogues (one module per language,
 * loaded by ./messages); the URL codec owns the choice.
 * Chinese is Simplified, tagged `zh` everywhere (URL, catalogue, `<html lang>`, Intl).
 */
import { setCurrentLocale } from './messages.svelte';
import { localName } from './names';

export const LANGS = ['vi', 'en', 'ko', 'zh', 'ja'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';

/** Each language's name in its own script, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English', ko: '한국어', zh: '中文', ja: '日本語' };

/**
 * The language of the data's own free texts (notes, figure labels) shown in a UI language: the
 * curated data is written in Vietnamese and English only, so the other languages read the English.
 */
export type DataLang = 'vi' | 'en';
export const dataLang = (lang: Lang): DataLang => (lang === 'vi' ? 'vi' : 'en');

let wanted: Lang = DEFAULT_LANG;

/**
 * Makes `lang` the page's language. `<html lang>` follows once its catalogue is in (until then the text
 * is still Vietnamese); a later choice made while this one loads wins.
 */
export function applyLang(lang: Lang): Promise<void> {
	wanted = lang;
	return setCurrentLocale(lang).then(
		() => { if (wanted === lang) document.documentElement.lang = lang; },
		(e: Error) => console.warn(`${e.message}; the page stays in the language it shows`)
	);
}

/**
 * The data's own texts: `name_vi` / `name_en`, `notes_vi` / `notes_en`, … For ko/zh/ja a name is
 * derived (Latin proper name, translated generic part); any other text falls back to English.
 */
export function pick(obj: object, key: string, lang: Lang): string | null {
	const o = obj as Record<string, unknown>;
	const v = o[`${key}_${lang}`];
	if (typeof v === 'string') return v;
	if (lang !== 'vi' && lang !== 'en' && key === 'name') return localName(o, lang);
	const d = o[`${key}_${dataLang(lang)}`];
	return typeof d === 'string' ? d : null;
}
