/// <reference types="vite-plugin-pwa/client" />
/**
 * The service worker's registration and release checks (see ./offline.svelte.ts). Loaded on demand:
 * nothing in the first view needs it before the page has hydrated.
 */
import { offline, UPDATE_CHECK_MS, worker } from './offline.svelte';

export async function register(): Promise<void> {
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
			onNeedReload: () => { if (worker.requested) location.reload(); else offline.update = true; },
			onRegisteredSW: (_url: string, reg: ServiceWorkerRegistration | undefined) => {
				if (!reg) return;
				worker.registration = reg;
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
