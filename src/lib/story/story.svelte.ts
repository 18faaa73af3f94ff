/**
 * Presenter and kiosk state: which scene is shown and how. Applying a scene resets the view to the
 * defaults plus the scene's own keys (the viewer's language stays), so a scene always looks the
 * same however the visitor left the map.
 */
import { createContext } from 'svelte';
import type { AppState } from '$lib/state/app-state.svelte';
import { defaults, KIOSK_IDLE, KIOSK_INTERVAL, type UrlState } from '$lib/url/codec';
import { ATTRACTOR, SCENES, sceneIndex, type Scene } from './scenes';

export type StoryUrl = Pick<UrlState, 'scene' | 'present' | 'kiosk' | 'interval' | 'idle'>;

export class Story {
	readonly scenes = SCENES;
	index = $state(-1);
	present = $state(false);
	kiosk = $state(false);
	interval = $state<number | null>(null);
	idle = $state<number | null>(null);
	/** Bumped on every scene change, so the camera follows even when the same scene is re-applied. */
	version = $state(0);

	current: Scene | null = $derived(this.scenes[this.index] ?? null);
	/** Presenter and kiosk both show the projector layout. */
	showing = $derived(this.present || this.kiosk);
	intervalMs = $derived((this.interval ?? KIOSK_INTERVAL.default) * 1000);
	idleMs = $derived((this.idle ?? KIOSK_IDLE.default) * 1000);

	constructor(private readonly app: AppState) {}

	go(i: number): void {
		const n = this.scenes.length;
		const next = Math.min(Math.max(i, 0), n - 1);
		const scene = this.scenes[next]!;
		this.index = next;
		this.app.fromUrl({ ...defaults(), lang: this.app.lang, ...scene.state });
		this.version++;
	}

	next(wrap = false): void {
		this.go(wrap && this.index >= this.scenes.length - 1 ? 0 : this.index + 1);
	}

	prev(): void {
		this.go(this.index - 1);
	}

	goTo(id: string): void {
		this.go(sceneIndex(id));
	}

	/** Enter presenter mode at the current scene, or the first. */
	start(): void {
		this.present = true;
		this.go(this.index < 0 ? 0 : this.index);
	}

	stop(): void {
		this.present = false;
		this.kiosk = false;
	}

	/** Reads the presenter keys; an unknown scene id is reported like any bad link value. */
	fromUrl(u: UrlState): string[] {
		this.present = u.present; this.kiosk = u.kiosk; this.interval = u.interval; this.idle = u.idle;
		const i = sceneIndex(u.scene ?? (u.kiosk ? ATTRACTOR : null));
		if (i >= 0) this.go(i);
		return u.scene && i < 0 ? [`scene: ${u.scene} is not a scene id; ignored`] : [];
	}

	/** Outside presenter mode, a visitor who moves the map or picks another feature has left the scene. */
	leftScene(): boolean {
		const s = this.current;
		if (!s || this.showing) return false;
		return this.app.camera !== s.state.map || this.app.sel !== (s.state.sel ?? null) || this.app.by !== (s.state.by ?? 'status');
	}

	toUrl(): StoryUrl {
		return { scene: this.current?.id ?? null, present: this.present, kiosk: this.kiosk, interval: this.interval, idle: this.idle };
	}
}

export const [getStory, setStory] = createContext<Story>();
