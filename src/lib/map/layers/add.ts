import type { Map as MlMap, LayerSpecification } from 'maplibre-gl';
import { layerId, type LayerName } from '../zorder';
import { sharedPrograms } from '../programs';

/** A layer spec without its id; the draw order assigns it. Loosely typed: builders are checked by their unit tests. */
type Spec = { type: LayerSpecification['type'] } & Record<string, unknown>;

/**
 * Adds a layer at its place in the one draw order (zorder.ts), its paint arranged so that every layer of
 * its type shares one shader program (programs.ts).
 */
export function addLayer(map: MlMap, name: LayerName, spec: Spec): void {
	if (map.getLayer(name)) return;
	const { id, beforeId } = layerId(name, (other) => !!map.getLayer(other));
	const paint = sharedPrograms(spec.type, spec.paint as Record<string, unknown> | undefined);
	map.addLayer({ ...spec, id, ...(paint ? { paint } : {}) } as unknown as LayerSpecification, beforeId);
}

export function setVisible(map: MlMap, ids: string[], visible: boolean): void {
	for (const id of ids) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
}
