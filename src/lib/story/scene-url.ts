/** The link a visitor's phone opens: the same scene (and language), without presenter or kiosk flags. */
export function sceneUrl(href: string, sceneId: string, lang: string): string {
	const u = new URL(href);
	u.search = '';
	u.hash = '';
	u.searchParams.set('scene', sceneId);
	if (lang !== 'vi') u.searchParams.set('lang', lang);
	return u.href;
}
