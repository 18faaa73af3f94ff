import { readFileSync } from 'node:fs';
import { serve } from './scripts/bench/serve';
const s = await serve('build', 6299);
const sw = readFileSync('build/sw.js', 'utf8');
const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
let bad = 0;
for (const u of urls) { const r = await fetch(new URL(u, 'http://127.0.0.1:6299/')); if (!r.ok) { bad++; console.log(r.status, u); } }
console.log(urls.length, 'urls', bad, 'bad');
s.close();
