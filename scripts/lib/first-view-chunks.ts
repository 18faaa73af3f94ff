/**
 * Chunk groups for the client build, by what a route loads statically (issue 12).
 *
 * Rolldown gives every module shared between the page and one of its lazy chunks (the panels, the map
 * layers) a chunk of its own, so the first view loaded a dozen small files that compress worse apart
 * than together. These groups put the page's own static modules into one chunk, the modules it shares
 * with the other route (the printable brief) and the layout into another, and the Svelte/SvelteKit
 * runtime into a third. A module only a lazy chunk imports is never captured, so nothing moves into the
 * first view; the brief loads no main-page-only code.
 */
import type { Plugin } from 'vite';

type Graph = Map<string, readonly string[]>;

const file = (id: string) => id.split('?')[0]!.replace(/\\/g, '/');
const inSrc = (id: string) => /\/src\/(lib|routes)\//.test(file(id)) || file(id).endsWith('/src/hooks.client.ts');

function reach(graph: Graph, roots: (id: string) => boolean): Set<string> {
	const seen = new Set<string>();
	const todo = [...graph.keys()].filter(roots);
	while (todo.length) {
		const id = todo.pop()!;
		if (seen.has(id)) continue;
		seen.add(id);
		todo.push(...(graph.get(id) ?? []));
	}
	return seen;
}

export function firstViewChunks() {
	const graph: Graph = new Map();
	let groups: { main: Set<string>; shared: Set<string> } | null = null;
	// The server build runs first with the same config: its chunks are left as they are.
	let client = false;
	const compute = () => {
		const is = (...ends: string[]) => (id: string) => ends.some((e) => file(id).endsWith(e));
		const main = reach(graph, is('/src/routes/+page.svelte', '/src/routes/+page.ts'));
		const layout = reach(graph, is('/src/routes/+layout.svelte', '/src/routes/+layout.ts', '/src/hooks.client.ts'));
		const others = reach(graph, (id) => /\/src\/routes\/.+\/\+(page|layout)\.(svelte|ts)$/.test(file(id)));
		const shared = new Set([...main].filter((id) => others.has(id) || layout.has(id)).concat([...layout]).filter(inSrc));
		return { main: new Set([...main].filter((id) => inSrc(id) && !shared.has(id) && !others.has(id))), shared };
	};
	const plugin: Plugin = {
		name: 'first-view-chunks',
		apply: 'build',
		buildStart() {
			graph.clear();
			groups = null;
			client = this.environment.config.consumer === 'client';
		},
		moduleParsed(info) {
			graph.set(info.id, info.importedIds);
		}
	};
	const groupOf = (id: string) => {
		if (!client) return null;
		groups ??= compute();
		return groups.main.has(id) ? 'page' : groups.shared.has(id) ? 'shared' : null;
	};
	return {
		plugin,
		groups: [
			// A group takes its modules' static dependencies along: the groups that others depend on come first.
			{ name: 'runtime', priority: 3, test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]/, tags: ['$initial' as const] },
			{ name: 'shared', priority: 2, test: (id: string) => groupOf(id) === 'shared' },
			{ name: 'page', priority: 1, test: (id: string) => groupOf(id) === 'page' }
		]
	};
}
