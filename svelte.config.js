import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		// Every stylesheet the page needs is inlined into its HTML: the first paint waited for ~10 small CSS
		// requests (render-blocking, on a phone's round trips), including the lazy panels' styles SvelteKit lists
		// with the page. One response now carries the prerendered content and its styles.
		inlineStyleThreshold: Infinity,
		// The CSP is emitted as a <meta> tag by the prerenderer; hashes cover SvelteKit's inline boot script.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'img-src': ['self', 'data:', 'blob:', 'https://tiles.openfreemap.org'],
				'connect-src': ['self', 'data:', 'blob:', 'https://tiles.openfreemap.org'],
				'font-src': ['self', 'data:'],
				'style-src': ['self', 'unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
