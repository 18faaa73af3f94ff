import type { Map as MlMap, LayerSpecification } from 'maplibre-gl';
import { layerId, type LayerName } from '../zorder';

/** A layer spec without its id; the draw order assigns it. Loosely typed: builders are checked by their unit tests. */
type Spec = { type: LayerSpecification['type'] } & Record<string, unknown>;

/** Adds a layer at its place in the one draw order (zorder.ts). */
export function addLayer(map: MlMap, name: LayerName, spec: Spec): void {
	if (map.getLayer(name)) return;
	const { id, beforeId } = layerId(name, (other) => !!map.getLayer(other));
	map.addLayer({ ...spec, id } as unknown as LayerSpecification, beforeId);
}

export function setVisible(map: MlMap, ids: string[], visible: boolean): void {
	for (const id of ids) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
}

export function setPaint(map: MlMap, id: string, paint: Record<string, unknown>): void {
	const set = map.setPaintProperty.bind(map) as (layer: string, name: string, value: unknown) => void;
	for (const [k, v] of Object.entries(paint)) set(id, k, v);
}
