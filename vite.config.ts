import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vite';
import { firstViewChunks } from './scripts/lib/first-view-chunks.ts';
import { mapLibreCss } from './scripts/lib/maplibre-css.ts';

const chunks = firstViewChunks();

export default defineConfig({
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: chunks.groups
				}
			}
		}
	},
	plugins: [
		chunks.plugin,
		// The page inlines its CSS: MapLibre's goes in without the controls the app never adds (71 → 7 KB).
		mapLibreCss(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The locale lives in the URL codec (`lang=`), which sets it; Paraglide never reads cookies or paths.
			strategy: ['globalVariable', 'baseLocale'],
			// One module per language, so the first view ships only its own catalogue (src/lib/i18n/messages.ts).
			outputStructure: 'locale-modules',
			emitGitIgnore: true
		}),
		sveltekit(),
		// The offline event pack: after one online visit the app, its data, fonts and the map worker
		// come from a Workbox precache, so the map still runs where the venue Wi-Fi fails.
		SvelteKitPWA({
			strategies: 'generateSW',
			// A new release waits for the page to ask (src/lib/pwa/offline.svelte.ts): a visitor gets a prompt,
			// a kiosk reloads at its attractor scene; no page reloads itself under someone using it.
			registerType: 'prompt',
			// Registered from our own module (src/lib/pwa/offline.svelte.ts): no inline script outside the CSP hashes.
			injectRegister: false,
			manifest: {
				name: 'Bản đồ công nghiệp Thái Nguyên',
				short_name: 'Công nghiệp TN',
				description: 'Khu, cụm công nghiệp và hành lang giao thông tỉnh Thái Nguyên',
				lang: 'vi',
				start_url: '/',
				display: 'fullscreen',
				background_color: '#0b1620',
				theme_color: '#1d4f5c',
				icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }]
			},
			workbox: {
				globPatterns: [
					'client/**/*.{js,mjs,css,woff2,pbf,svg,png,ico,webmanifest,json,geojson}',
					'prerendered/**/*.html'
				],
				// maplibre-gl and its worker are larger than Workbox's 2 MiB default.
				maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
				// Every navigation (`/?scene=…`, `/?kiosk=1`) is the one prerendered page.
				navigateFallback: '/',
				cleanupOutdatedCaches: true,
				clientsClaim: true,
				skipWaiting: false
			}
		})
	]
});
