/**
 * Scene cameras are framed for a 1920×1080 screen whose left 34 % holds the caption column, so a
 * scene shows the same ground on a laptop, a projector or a phone: the zoom scales with the free
 * area and the centre sits in the middle of it.
 */
import type { Camera } from '$lib/url/codec';

export const CAPTION_SHARE = 0.34;
const REF = { w: 1920 * (1 - CAPTION_SHARE), h: 1080 };

export interface Padding { top: number; bottom: number; left: number; right: number }

export function presenterPadding(w: number): Padding {
	return { top: 24, bottom: 24, left: Math.round(w * CAPTION_SHARE), right: 24 };
}

export function sceneCamera(cam: Camera, w: number, h: number, pad: Padding) {
	const aw = Math.max(w - pad.left - pad.right, 100);
	const ah = Math.max(h - pad.top - pad.bottom, 100);
	const zoom = cam.zoom + Math.log2(Math.min(aw / REF.w, ah / REF.h));
	// An offset rather than MapLibre padding: padding would stick to the map after the scene.
	const offset: [number, number] = [(pad.left - pad.right) / 2, (pad.top - pad.bottom) / 2];
	return { center: [cam.lon, cam.lat] as [number, number], zoom: Math.max(zoom, 5), offset };
}
