/** Takes the map's current frame (inside a 'render' callback, while the WebGL buffer is still valid) and downloads the slide. */
import type { Map as MlMap } from 'maplibre-gl';
import { composeSlide, type SlideInput } from './slide';

export function snapshotMap(map: MlMap): Promise<HTMLCanvasElement> {
	return new Promise((resolve) => {
		map.once('render', () => {
			const src = map.getCanvas();
			const copy = document.createElement('canvas');
			copy.width = src.width; copy.height = src.height;
			copy.getContext('2d')!.drawImage(src, 0, 0);
			resolve(copy);
		});
		map.triggerRepaint();
	});
}

export function metersPerCssPx(map: MlMap): number {
	const lat = map.getCenter().lat;
	return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
}

/**
 * `focus` is the screen point the slide should centre on (the middle of the map area beside the
 * caption column); the map jumps there for the one frame it takes, then back.
 */
export async function downloadSlide(
	map: MlMap, text: Omit<SlideInput, 'map' | 'metersPerCssPx' | 'dpr' | 'bearing'>, filename: string, focus?: [number, number]
): Promise<void> {
	await document.fonts.load(`700 58px "Noto Sans"`, text.title).catch(() => undefined);
	const back = map.getCenter();
	if (focus) map.jumpTo({ center: map.unproject(focus) });
	const image = await snapshotMap(map);
	const input = { metersPerCssPx: metersPerCssPx(map), dpr: map.getCanvas().width / map.getCanvas().clientWidth || 1, bearing: map.getBearing() };
	if (focus) map.jumpTo({ center: back });
	const slide = composeSlide({ ...text, ...input, map: image });
	const blob = await new Promise<Blob | null>((r) => slide.toBlob(r, 'image/png'));
	if (!blob) throw new Error('the slide could not be encoded');
	const a = document.createElement('a');
	a.href = URL.createObjectURL(blob);
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
