/** Folds Vietnamese diacritics and case so "yen binh" finds "Yên Bình" and "dien thuy" finds "Điềm Thụy". */
export function fold(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** True when every word of the query starts a word of the haystack (both folded). */
export function matches(haystack: string, query: string): boolean {
	const q = fold(query);
	if (!q) return true;
	const words = fold(haystack).split(' ');
	return q.split(' ').every((part) => words.some((w) => w.startsWith(part)));
}
