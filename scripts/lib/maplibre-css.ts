/**
 * MapLibre's stylesheet without the controls and widgets the app never creates (issue 12).
 *
 * The page inlines its stylesheets into the prerendered HTML, and maplibre-gl.css is ~72 KB of it, most of
 * it rules (and SVG data URIs, three copies of the logo alone) for the attribution, logo, geolocate,
 * fullscreen, globe, terrain and compass controls, popups and markers. The app adds only the zoom buttons
 * and the scale bar (map/create.ts) and draws its own credits (MapCredits.svelte); the rules for those,
 * the canvas, box zoom and the control corners stay. A rule keeps the selectors that name none of UNUSED;
 * emptied blocks and the keyframes only those widgets use go too.
 */
import postcss from 'postcss';
import type { Plugin } from 'vite';

/** Class names (prefixes) of what the app never creates. Adding a control to create.ts means taking it off this list. */
export const UNUSED = [
	'maplibregl-ctrl-logo', 'maplibregl-ctrl-attrib', 'maplibregl-attrib-empty', 'maplibregl-compact',
	'maplibregl-ctrl-geolocate', 'maplibregl-ctrl-fullscreen', 'maplibregl-ctrl-shrink', 'maplibregl-pseudo-fullscreen',
	'maplibregl-ctrl-globe', 'maplibregl-ctrl-terrain', 'maplibregl-ctrl-compass',
	'maplibregl-popup', 'maplibregl-marker', 'maplibregl-user-location', 'maplibregl-cooperative-gesture', 'maplibregl-cooperative-gestures',
	'maplibregl-desktop-message', 'maplibregl-mobile-message', 'maplibregl-show'
] as const;
// The spinner is the geolocate button's; the pulse is the user-location dot's.
const UNUSED_KEYFRAMES = ['maplibregl-user-location-dot-pulse', 'maplibregl-spin'];

const unused = (selector: string) => UNUSED.some((c) => new RegExp(`\\.${c}(?![\\w-])|\\.${c}-`).test(selector));

export function trimMapLibreCss(css: string): string {
	const root = postcss.parse(css);
	root.walkAtRules('keyframes', (at) => { if (UNUSED_KEYFRAMES.includes(at.params)) at.remove(); });
	root.walkRules((rule) => {
		if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name)) return;
		const keep = rule.selectors.filter((s) => !unused(s));
		if (!keep.length) rule.remove();
		else if (keep.length < rule.selectors.length) rule.selectors = keep;
	});
	root.walkAtRules((at) => { if (at.nodes && at.nodes.length === 0) at.remove(); });
	return root.toString();
}

export function mapLibreCss(): Plugin {
	return {
		name: 'maplibre-css',
		enforce: 'pre',
		transform(code, id) {
			if (!id.split('?')[0]!.replace(/\\/g, '/').endsWith('/maplibre-gl/dist/maplibre-gl.css')) return null;
			return { code: trimMapLibreCss(code), map: null };
		}
	};
}
