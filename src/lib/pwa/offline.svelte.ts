/**
 * Registers the service worker that @vite-pwa/sveltekit generates (Workbox precache of the app shell,
 * data, fonts and the map worker) and says when the app can run with the network off: once a worker
 * that has finished precaching controls the page.
 *
 * New releases: the worker is registered in "prompt" mode, so a new release waits instead of
 * reloading the page under a visitor. The app asks for one every UPDATE_CHECK_MS (and when the
 * tab comes back into view); when one is waiting, `offline.update` is set: an interactive visitor
 * gets a "new data available — reload" prompt (UpdatePrompt.svelte), a kiosk applies it when it is
 * back at its attractor scene (Kiosk.svelte).
 */
export const offline = $state({ ready: false, update: false });

/** How often an open page asks the server for a new release (a kiosk may run for weeks). */
export const UPDATE_CHECK_MS = 30 * 60 * 1000;

/** The registration (set by ./register.ts) and whether this page asked for the new release. */
export const worker: { registration: ServiceWorkerRegistration | null; requested: boolean } = { registration: null, requested: false };

/**
 * Activates the waiting release and reloads this page once it controls it (same URL, so a kiosk stays
 * a kiosk). Done here rather than through registerSW's updater, whose reload listener exists only in
 * the tab that first saw the release. When another tab has already activated it, just reload.
 */
export function applyUpdate(): void {
	worker.requested = true;
	const waiting = worker.registration?.waiting;
	if (!waiting) { location.reload(); return; }
	navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
	waiting.postMessage({ type: 'SKIP_WAITING' }); // Workbox's generated worker listens for this in prompt mode
}

/** Registers the worker; the registration code is its own chunk, fetched after the page has hydrated. */
export function registerOffline(): Promise<void> {
	if (!('serviceWorker' in navigator)) return Promise.resolve();
	return import('./register').then(
		(r) => r.register(),
		(e: Error) => console.warn(`pwa: service worker not registered: ${e.message}`)
	);
}
