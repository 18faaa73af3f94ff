/**
 * Whether an address opens the default view, the one the page is prerendered with: no query, or only the
 * language. A selection, a camera, the southern corridor, a scene or a finder frames the map differently.
 */
export function isDefaultView(search: string): boolean {
	return [...new URLSearchParams(search).keys()].every((k) => k === 'lang');
}
