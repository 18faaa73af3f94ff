/**
 * The one draw order: every layer id, bottom to top. Layer components ask `layerId(name)` for
 * their id and the id of the layer above them (`beforeId`), so adding a layer never depends on
 * which component mounted first.
 */
export const ZORDER = [
	'background',
	'osm-base',
	// Base context (geodata/base): quiet, under every data layer; the veil over the outside sits above the
	// neighbours and river so they read as "outside", the province outline above the veil.
	'context-river', 'context-neighbours-line', 'context-mask', 'context-province-alt', 'context-province',
	'context-communes',
	'corridor-band', 'corridor-band-line', 'spine-halo',
	'roads-casing', 'roads', 'roads-planned',
	'expressways-casing', 'expressways', 'expressways-planned',
	'railways', 'railways-ties',
	// A point site's faint uncertainty ring, under every marker and outline.
	'site-rings',
	'zones-fill', 'zones-outline', 'zones-point', 'zones-selected',
	'clusters-circle', 'clusters-selected',
	// Sites that share a point, spread on a ring of screen offsets around it (SiteMarks).
	'sites-spread-hub', 'sites-spread', 'sites-spread-selected',
	'places-circle',
	'corridors-selected',
	// Labels: MapLibre places the topmost layer's symbols first, so this order is the label priority
	// (lowest first): sites < towns < communes < districts < neighbours and Hà Nội < province. The
	// invisible site-marker blockers come last so no label ever covers a site marker.
	'corridor-labels', 'place-labels', 'cluster-labels', 'zone-labels',
	'context-river-label', 'context-town-labels', 'context-commune-labels', 'district-labels',
	'context-neighbour-labels', 'context-province-label', 'site-blockers'
] as const;
export type LayerName = (typeof ZORDER)[number];

/** The id of this layer and the lowest layer above it that the map already has. */
export function layerId(name: LayerName, present: (id: string) => boolean = () => false): { id: string; beforeId?: string } {
	const i = ZORDER.indexOf(name);
	const above = ZORDER.slice(i + 1).find((n) => present(n));
	return above ? { id: name, beforeId: above } : { id: name };
}
