/**
 * Checks over the message catalogues (messages/*.json), shared by the unit test and by
 * `npm run i18n:missing`, which lists what a new key still needs in ko/zh/ja.
 */
export type Catalogue = Record<string, string>;

export interface GlossaryTerm {
	id: string; match: string; ko: string; zh: string; ja: string; except?: string[];
}

/** The `{name}` parameters of a message, sorted. */
export function params(msg: string): string[] {
	return [...new Set([...msg.matchAll(/\{\s*([A-Za-z_][\w]*)\s*\}/g)].map((m) => m[1]!))].sort();
}

/** Keys of `ref` that `cat` lacks, and keys whose parameters differ from `ref`'s. */
export function diffCatalogue(ref: Catalogue, cat: Catalogue): { missing: string[]; extra: string[]; badParams: string[] } {
	const keys = (c: Catalogue) => Object.keys(c).filter((k) => !k.startsWith('$'));
	const missing = keys(ref).filter((k) => typeof cat[k] !== 'string' || !cat[k]!.trim());
	const extra = keys(cat).filter((k) => !(k in ref));
	const badParams = keys(ref).filter((k) => typeof cat[k] === 'string' && params(ref[k]!).join() !== params(cat[k]!).join());
	return { missing, extra, badParams };
}

const foldLatin = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/**
 * Latin-script words (2+ letters) left in a translated message that are neither in the
 * Vietnamese message of the same key (so a place name or code) nor on the allow-list: English
 * that was never translated.
 */
export function latinLeft(msg: string, viMsg: string, allowed: readonly string[]): string[] {
	const ok = new Set([...allowed.map(foldLatin), ...(foldLatin(viMsg).match(/[a-z]{2,}/g) ?? [])]);
	const text = msg.replace(/\{[^}]*\}/g, ' ');
	const words = text.match(/[\p{Script=Latin}]{2,}/gu) ?? [];
	return [...new Set(words.filter((w) => !ok.has(foldLatin(w))))];
}

/** Messages whose English matches a glossary term but whose translation does not use the term. */
export function glossaryMisses(en: Catalogue, cat: Catalogue, lang: 'ko' | 'zh' | 'ja', terms: readonly GlossaryTerm[]): string[] {
	const out: string[] = [];
	for (const t of terms) {
		const re = new RegExp(t.match, 'i');
		for (const [k, v] of Object.entries(en)) {
			if (k.startsWith('$') || t.except?.includes(k) || !re.test(v)) continue;
			if (!cat[k]?.includes(t[lang])) out.push(`${t.id}: ${k}`);
		}
	}
	return out;
}
