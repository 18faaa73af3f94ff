/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker that @vite-pwa/sveltekit generates (Workbox precache of the app shell,
 * data, fonts and the map worker) and says when the app can run with the network off: once a worker
 * that has finished precaching controls the page.
 */
export const offline = $state({ ready: false });

export async function registerOffline(): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	const sw = navigator.serviceWorker;
	const check = () => { if (sw.controller) offline.ready = true; };
	check();
	// The generated worker claims its clients once it is active, i.e. after its precache is complete.
	sw.addEventListener('controllerchange', check);
	try {
		const { registerSW } = await import('virtual:pwa-register');
		registerSW({ immediate: true, onOfflineReady: check, onRegisterError: (e: Error) => console.warn(`pwa: ${e.message}`) });
		sw.ready.then(check);
	} catch (e) {
		console.warn(`pwa: service worker not registered: ${(e as Error).message}`);
	}
}
