import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Unit tests need only SvelteKit's aliases; the message catalogue is compiled beforehand (npm run i18n:compile),
// so the Paraglide plugin's file watcher does not keep the test process alive.
export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/data/**/*.test.ts'],
		environment: 'node'
	}
});
