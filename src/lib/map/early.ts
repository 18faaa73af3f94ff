/**
 * The default view's map starts before the page hydrates.
 *
 * The prerendered page already holds the map's container, with the default view's framing on it
 * (`data-bounds`, from the same data the page was built with). So the map is created as soon as MapLibre has
 * loaded, without waiting for the data or the page's own code: creating it is the largest single task of the
 * start-up (the WebGL context, ~0.3 s on a 2-core machine with software GL), and the page's load waits for it
 * (at most MAP_FIRST_WITHIN ms) so that hydration comes after it and the map's worker and GPU process get
 * going while the page hydrates. The text is painted before either: hydration only adds the controls'
 * behaviour. MapView adopts the map.
 *
 * Only for the default view (no query, or only `lang`): a link with a selection, a camera, the southern
 * corridor or presenter mode frames differently, and MapView creates its map once the page has hydrated.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { createMap, DEFAULT_START, type MapLibre } from './create';
import { isDefaultView } from '$lib/url/default-view';

/** How long the page's load waits for the early map beyond its data: a slow MapLibre download does not hold the controls. */
export const MAP_FIRST_WITHIN = 1500;

/** The early map, whether it was framed, and whether its `load` has fired (it may before MapView adopts it). */
export interface Early { map: MlMap; framed: boolean; loaded: () => boolean }
let pending: Promise<Early | null> | null = null;

/** The prerendered default framing (west,south,east,north), or null when the element has none or it is not four numbers. */
export function parseBounds(attr: string | null | undefined): [number, number, number, number] | null {
	const b = (attr ?? '').split(',').map(Number);
	return b.length === 4 && b.every(Number.isFinite) ? (b as [number, number, number, number]) : null;
}

/**
 * Starts the default view's map as soon as MapLibre is in (call from the page's load, before it awaits the
 * data). Resolves when the map has been created, or could not be (null): the load awaits that, briefly.
 */
export function startEarly(ml: Promise<MapLibre>): Promise<Early | null> {
	if (!isDefaultView(location.search)) return Promise.resolve(null);
	const create = (lib: MapLibre): Early | null => {
		const el = document.querySelector<HTMLElement>('.app > .map');
		if (!el) return null;
		const b = parseBounds(el.dataset.bounds);
		const map = createMap(lib, el, b ? { bounds: b } : DEFAULT_START);
		let loaded = false;
		map.once('load', () => { loaded = true; });
		return { map, framed: !!b, loaded: () => loaded };
	};
	// A map that cannot start here (no WebGL, say) leaves it to MapView, which reports it as before.
	pending = ml.then(create).catch(() => null);
	return pending;
}

/**
 * The early map, for MapView to adopt: resolves to the map (null when none was started or it could not be),
 * and hands it out once. A map on another element (the page re-rendered) is removed, not adopted.
 */
export function takeEarly(container: HTMLElement): Promise<Early | null> | null {
	const p = pending;
	pending = null;
	return p && p.then((early) => {
		if (!early) return null;
		if (early.map.getContainer() !== container) { early.map.remove(); return null; }
		return early;
	});
}
