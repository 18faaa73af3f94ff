/** A tiny static server for the benchmark: one folder, with `/data/` optionally taken from another. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
	'.json': 'application/json', '.geojson': 'application/geo+json', '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json', '.pbf': 'application/x-protobuf'
};

/**
 * `deploy`: gzip and cacheable immutable files, as a static host serves them (Lighthouse scores the page a
 * visitor gets); without it, no compression and `no-store`, so every run starts cold (the idle timings).
 */
export function serve(root: string, port: number, dataDir?: string, deploy = false): Promise<Server> {
	const server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
		let file = dataDir && path.startsWith('/data/') ? join(dataDir, path.slice(6)) : join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		// adapter-static writes `/brief` as brief.html; static hosts (and vite preview) serve it so.
		if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
		if (!existsSync(file)) { res.writeHead(404).end('not found'); return; }
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		if (!deploy) {
			res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
			res.end(readFileSync(file));
			return;
		}
		const gz = /^text\/|json|javascript|protobuf|svg/.test(type);
		const body = gz ? gzipSync(readFileSync(file)) : readFileSync(file);
		res.writeHead(200, {
			'content-type': type,
			'cache-control': path.includes('/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache',
			...(gz ? { 'content-encoding': 'gzip' } : {})
		});
		res.end(body);
	});
	return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}
