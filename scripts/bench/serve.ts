/** A tiny static server for the benchmark: one folder, with `/data/` optionally taken from another. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
	'.json': 'application/json', '.geojson': 'application/geo+json', '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json'
};

export function serve(root: string, port: number, dataDir?: string): Promise<Server> {
	const server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
		let file = dataDir && path.startsWith('/data/') ? join(dataDir, path.slice(6)) : join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		// adapter-static writes `/brief` as brief.html; static hosts (and vite preview) serve it so.
		if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
		if (!existsSync(file)) { res.writeHead(404).end('not found'); return; }
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
		res.end(readFileSync(file));
	});
	return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}
