/** Only http(s) links leave the app; anything else (javascript:, data:, relative tricks) renders as plain text. */
export function safeUrl(url: string | null): string | null {
	if (!url) return null;
	try {
		const u = new URL(url);
		return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
	} catch {
		return null;
	}
}
