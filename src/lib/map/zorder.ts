/**
 * The one draw order: every layer id, bottom to top. Layer components ask `layerId(name)` for
 * their id and the id of the layer above them (`beforeId`), so adding a layer never depends on
 * which component mounted first.
 */
export const ZORDER = [
	'background',
	'osm-base',
	'corridor-band', 'corridor-band-line', 'spine-halo',
	'roads-casing', 'roads', 'roads-planned',
	'expressways-casing', 'expressways', 'expressways-planned',
	'railways', 'railways-ties',
	'zones-fill', 'zones-outline', 'zones-point', 'zones-selected',
	'clusters-circle', 'clusters-selected',
	'places-circle',
	'corridors-selected',
	'corridor-labels', 'place-labels', 'cluster-labels', 'zone-labels', 'district-labels'
] as const;
export type LayerName = (typeof ZORDER)[number];

/** The id of this layer and the lowest layer above it that the map already has. */
export function layerId(name: LayerName, present: (id: string) => boolean = () => false): { id: string; beforeId?: string } {
	const i = ZORDER.indexOf(name);
	const above = ZORDER.slice(i + 1).find((n) => present(n));
	return above ? { id: name, beforeId: above } : { id: name };
}
