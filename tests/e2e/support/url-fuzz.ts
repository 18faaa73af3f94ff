/**
 * A seeded generator of malformed shared links: query strings and hashes mixing the app's keys with
 * unknown and prototype keys, repeated keys, and values that are valid, out of range, non-numeric,
 * huge, unicode, badly percent-encoded or injection strings; hashes that are well formed, or raw
 * and undecodable (`#%`, `#%E0%A4%A`: SvelteKit's router would throw on them). Pure; used by the
 * codec fuzz test (all cases, over the codec's own key list) and the URL fuzz journey (a sample,
 * as real page loads; this file cannot import the codec there, hence the list below).
 */
import { rng } from '../../../scripts/lib/rng';

// Presenter keys (present, kiosk) are left out: they hide the panel this journey checks; the codec tests pass every key.
export const PAGE_KEYS = ['lang', 'sel', 'by', 'layers', 'hidden', 'status', 'sector', 'district', 'kind', 'minAvail', 'q', 'map', 'list', 'phase', 'south', 'units', 'km', 'scene', 'cmp', 'maxIx', 'land', 'find', 'needHa', 'needSector', 'need', 'needIx', 'needNoiBai', 'needHaNoi', 'needPort'];
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__', 'x', '', 'SEL', 'map[]', 'q%00', '%', 'lang ', '💥'];
/** Fragments written raw into the address: some cannot be percent-decoded at all. */
const RAW_HASHES = ['%', '%E0%A4%A', '%ZZ', 'a%', '%%', '%C3', '%ED%A0%80', 'sel=%E0%A4%A', '%25', 'x#%', '💥', '%F0%9F%92'];
const VALID = [
	'vi', 'en', 'kcn-yen-binh', 'ccn-luong-son', 'ct07', 'sector', 'district', 'status', 'zones,clusters', 'none', 'operating', 'electronics',
	'tp-pho-yen', 'kcn', 'ccn', '10', '5.5', 'yen binh', '11.5/21.49/105.85', '1', 'y2023', 'plan2030', 'commune', '2', '15', 'kcn-yen-binh,kcn-diem-thuy', 'yes', 'open', 'south-corridor',
	'operating,wastewater', 'factories,south', '40.5', '150'
];
const BAD = [
	'', ' ', 'NaN', 'Infinity', '-Infinity', '-0', '1e309', '9'.repeat(400), '0x10', '١٢', '1,5', '-5', '99/1/1', '10/91/100', '10/21/181',
	'1/2', '1/2/3/4', '11.5/21.49/', '.5/.5/.5', '20.0001/0/0', 'no-such-zone', 'kcn-', '-kcn', 'a,,b', ',,,', 'zones,moon', 'zones,zones,zones',
	'Yên Bình', 'Yên Bình'.normalize('NFD'), '😀', '\u202egnp.exe', 'a\u200bb', '%00', '%E0%A4%A', '%', '%%', '%ZZ', '\n', '\t',
	'<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', "' OR 1=1--", '../../etc/passwd', '__proto__',
	'constructor', '{"a":1}', '[1,2]', 'true', 'null', 'undefined', 'x'.repeat(5000), 'é'.repeat(100), '🇻🇳'.repeat(50)
];

export interface FuzzCase { query: string; hash: string }

export function urlFuzzCases(count = 1000, seed = 20261128, keys: readonly string[] = PAGE_KEYS): FuzzCase[] {
	const r = rng(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
	const KEYS = keys;
	const cases: FuzzCase[] = [];
	const seen = new Set<string>();
	while (cases.length < count) {
		const pairs: string[] = [];
		const n = 1 + Math.floor(r() * 5);
		let last = pick(KEYS);
		for (let j = 0; j < n; j++) {
			// Some keys come twice (`?sel=a&sel=b`): the codec reads the first.
			const key = j > 0 && r() < 0.15 ? last : r() < 0.85 ? pick(KEYS) : pick(ODD_KEYS);
			last = key;
			const value = r() < 0.3 ? pick(VALID) : r() < 0.5 ? `${pick(VALID)},${pick(BAD)}` : pick(BAD);
			// Some values are encoded as a browser would, some raw (malformed escapes included).
			const enc = r() < 0.6 ? encodeURIComponent(value) : value.replace(/[&#\s]/g, encodeURIComponent);
			pairs.push(r() < 0.05 ? key : `${key}=${enc}`);
		}
		const h = r();
		const hash = h < 0.15 ? `#${pick(RAW_HASHES)}` : h < 0.3 ? `#${r() < 0.5 ? encodeURIComponent(pick(BAD)) : pick(KEYS) + '=' + encodeURIComponent(pick(BAD))}` : '';
		const query = pairs.join('&');
		if (seen.has(query + hash)) continue; // short cases can repeat; every case should test something new
		seen.add(query + hash);
		cases.push({ query, hash });
	}
	return cases;
}
