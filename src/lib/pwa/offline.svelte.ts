/// <reference types="vite-plugin-pwa/client" />
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

let registration: ServiceWorkerRegistration | null = null;
let requested = false;

/**
 * Activates the waiting release and reloads this page once it controls it (same URL, so a kiosk stays
 * a kiosk). Done here rather than through registerSW's updater, whose reload listener exists only in
 * the tab that first saw the release. When another tab has already activated it, just reload.
 */
export function applyUpdate(): void {
	requested = true;
	const waiting = registration?.waiting;
	if (!waiting) { location.reload(); return; }
	navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
	waiting.postMessage({ type: 'SKIP_WAITING' }); // Workbox's generated worker listens for this in prompt mode
}

export async function registerOffline(): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	const sw = navigator.serviceWorker;
	const check = () => { if (sw.controller) offline.ready = true; };
	check();
	// The generated worker claims its clients once it is active, i.e. after its precache is complete.
	sw.addEventListener('controllerchange', check);
	try {
		const { registerSW } = await import('virtual:pwa-register');
		registerSW({
			immediate: true,
			onOfflineReady: check,
			onNeedRefresh: () => { offline.update = true; },
			// The new release took control (here or from another tab): reload only the page that asked;
			// any other page keeps its prompt rather than reloading under its visitor.
			onNeedReload: () => { if (requested) location.reload(); else offline.update = true; },
			onRegisteredSW: (_url: string, reg: ServiceWorkerRegistration | undefined) => {
				if (!reg) return;
				registration = reg;
				// A release another tab found is waiting too, but only the tab that found it hears "waiting":
				// every page looks for a waiting worker itself.
				const noteWaiting = () => { if (reg.waiting && sw.controller) offline.update = true; };
				reg.addEventListener('updatefound', () => {
					const w = reg.installing;
					w?.addEventListener('statechange', () => { if (w.state === 'installed') noteWaiting(); });
				});
				noteWaiting();
				const ask = () => {
					if (!navigator.onLine) return;
					reg.update().then(noteWaiting, (e: Error) => console.warn(`pwa: update check failed: ${e.message}`));
				};
				setInterval(ask, UPDATE_CHECK_MS);
				document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') ask(); });
			},
			onRegisterError: (e: Error) => console.warn(`pwa: ${e.message}`)
		});
		sw.ready.then(check);
	} catch (e) {
		console.warn(`pwa: service worker not registered: ${(e as Error).message}`);
	}
}
