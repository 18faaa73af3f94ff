/**
 * The default tour for investment-promotion events. Each scene is a partial view state in the URL
 * codec's own terms (camera, style-by, filters, selection, layers, plan phase, corridor highlight),
 * so a scene is exactly what a shared link can say. Titles and captions are message keys (vi + en),
 * plain text; every figure a caption cites is in geodata/ with its source code.
 */
import type { UrlState } from '$lib/url/codec';
import type * as messages from '$lib/paraglide/messages/_index.js';

export type MessageKey = keyof typeof messages & `pres_${string}`;

/** The view keys a scene may set; presenter keys and the language stay the viewer's. */
export type SceneState = Partial<Omit<UrlState, 'lang' | 'scene' | 'present' | 'kiosk' | 'interval' | 'idle' | 'q' | 'list'>>;

export interface Scene {
	id: string;
	title: MessageKey;
	caption: MessageKey;
	/** Framed for a 1920×1080 screen with the caption column on the left; other sizes scale the zoom. */
	state: SceneState & { map: NonNullable<UrlState['map']> };
}

export const SCENES: readonly Scene[] = [
	{
		id: 'province', title: 'pres_province_title', caption: 'pres_province_caption',
		state: { map: { zoom: 8.55, lat: 21.95, lon: 105.93 } }
	},
	{
		id: 'south-corridor', title: 'pres_south_title', caption: 'pres_south_caption',
		state: { map: { zoom: 10.3, lat: 21.46, lon: 105.86 }, south: true }
	},
	{
		id: 'yen-binh', title: 'pres_yen_binh_title', caption: 'pres_yen_binh_caption',
		state: { map: { zoom: 12.6, lat: 21.43, lon: 105.9 }, sel: 'kcn-yen-binh', by: 'sector' }
	},
	{
		id: 'song-cong', title: 'pres_song_cong_title', caption: 'pres_song_cong_caption',
		state: { map: { zoom: 12.5, lat: 21.497, lon: 105.845 }, kind: ['kcn'] }
	},
	{
		id: 'diem-thuy', title: 'pres_diem_thuy_title', caption: 'pres_diem_thuy_caption',
		state: { map: { zoom: 12.7, lat: 21.474, lon: 105.892 }, sel: 'kcn-diem-thuy', by: 'sector' }
	},
	{
		id: 'plan-2030', title: 'pres_plan_title', caption: 'pres_plan_caption',
		state: { map: { zoom: 10.3, lat: 21.46, lon: 105.86 }, phase: 'plan2030' }
	},
	{
		id: 'contacts', title: 'pres_contacts_title', caption: 'pres_contacts_caption',
		state: { map: { zoom: 10, lat: 21.5, lon: 105.86 }, layers: ['zones', 'clusters', 'expressways', 'roads', 'railways'] }
	}
];

/** The scene a kiosk returns to when nobody has touched it for a while. */
export const ATTRACTOR = 'province';

export function sceneIndex(id: string | null): number {
	return id ? SCENES.findIndex((s) => s.id === id) : -1;
}
