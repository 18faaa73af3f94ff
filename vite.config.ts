import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The locale lives in the URL codec (`lang=`), which sets it; Paraglide never reads cookies or paths.
			strategy: ['globalVariable', 'baseLocale'],
			emitGitIgnore: true
		}),
		sveltekit()
	]
});
