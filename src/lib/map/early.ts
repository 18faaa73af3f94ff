/**
 * The default view's map starts before the page hydrates.
 *
 * The prerendered page already holds the map's container, and the default view's framing needs only the
 * data: so when the data is in and MapLibre too (both requested by the page's load), the map is created on
 * that container before the page hydrates, instead of after (about half a second later on this machine), and
 * loads its style and starts its worker while the page hydrates; MapView adopts it. When MapLibre comes after
 * the data, the map starts as soon as it arrives.
 *
 * Only for the default view (no query, or only `lang`): a link with a selection, a camera, the southern
 * corridor or presenter mode frames differently, and MapView creates its map as before.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { Progressive } from '$lib/data/progressive';
import { createMap, DEFAULT_START, type MapLibre } from './create';
import { siteBounds } from './view';
import { isDefaultView } from '$lib/url/default-view';
import { mapLibreIfLoaded } from './maplibre';

/** The early map, whether it was framed, and whether its `load` has fired (it may before MapView adopts it). */
export interface Early { map: MlMap; framed: boolean; loaded: () => boolean }
let pending: Promise<Early | null> | null = null;

/**
 * Call with the data once it is in, before the page hydrates. If MapLibre is in too, the map is created now,
 * ahead of hydration (the text is already painted: hydration only adds the controls' behaviour, while the
 * map's worker gets its sources half a second sooner); otherwise as soon as MapLibre arrives.
 */
export function startEarly(ml: Promise<MapLibre>, d: Progressive): void {
	if (!isDefaultView(location.search)) return;
	const create = (lib: MapLibre): Early | null => {
		const el = document.querySelector<HTMLElement>('.app > .map');
		if (!el) return null;
		// Framed on the sites once every file is in; a late file leaves the framing to MapView, as before.
		const b = d.pending.length ? null : siteBounds([...d.data.zones, ...d.data.clusters]);
		const map = createMap(lib, el, b ? { bounds: b } : DEFAULT_START);
		let loaded = false;
		map.once('load', () => { loaded = true; });
		return { map, framed: !!b, loaded: () => loaded };
	};
	const now = mapLibreIfLoaded();
	// A map that cannot start here (no WebGL, say) leaves it to MapView, which reports it as before.
	pending = (now ? new Promise<Early | null>((ok) => ok(create(now))) : ml.then(create)).catch(() => null);
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
