/**
 * A seeded generator of malformed shared links: query strings and hashes mixing the app's keys with
 * unknown ones, and values that are valid, out of range, non-numeric, huge, unicode, badly
 * percent-encoded or injection strings. Pure; used by the codec fuzz test (all cases, in vitest) and
 * the URL fuzz journey (a sample, as real page loads).
 */
import { rng } from '../../../scripts/lib/rng';

// Presenter keys (present, kiosk) are left out: they hide the panel this journey checks; the codec tests cover them.
const KEYS = ['lang', 'sel', 'by', 'layers', 'hidden', 'status', 'sector', 'district', 'kind', 'minAvail', 'q', 'map', 'list', 'phase', 'south', 'units', 'km', 'scene', 'cmp', 'maxIx', 'land', 'find', 'needHa', 'needSector', 'need', 'needIx', 'needNoiBai', 'needHaNoi', 'needPort'];
const ODD_KEYS = ['__proto__', 'constructor', 'toString', 'x', '', 'SEL', 'map[]', 'q%00', '%', 'lang ', '💥'];
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

export function urlFuzzCases(count = 500, seed = 20261128): FuzzCase[] {
	const r = rng(seed);
	const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
	const cases: FuzzCase[] = [];
	for (let i = 0; i < count; i++) {
		const pairs: string[] = [];
		const n = 1 + Math.floor(r() * 5);
		for (let j = 0; j < n; j++) {
			const key = r() < 0.85 ? pick(KEYS) : pick(ODD_KEYS);
			const value = r() < 0.3 ? pick(VALID) : r() < 0.5 ? `${pick(VALID)},${pick(BAD)}` : pick(BAD);
			// Some values are encoded as a browser would, some raw (malformed escapes included).
			const enc = r() < 0.6 ? encodeURIComponent(value) : value.replace(/[&#\s]/g, encodeURIComponent);
			pairs.push(r() < 0.05 ? key : `${key}=${enc}`);
		}
		const hash = r() < 0.3 ? `#${r() < 0.5 ? encodeURIComponent(pick(BAD)) : pick(KEYS) + '=' + encodeURIComponent(pick(BAD))}` : '';
		cases.push({ query: pairs.join('&'), hash });
	}
	return cases;
}
