/**
 * Lists what each catalogue still needs against vi.json (the base): missing keys with their
 * Vietnamese and English text to translate from, keys whose parameters differ, and stray keys.
 * `npm run i18n:missing` — exits 1 when anything is missing, so a merge that adds keys shows up.
 */
import { readFileSync } from 'node:fs';
import { diffCatalogue, type Catalogue } from '../src/lib/i18n/catalogue-check';

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as { baseLocale: string; locales: string[] };
const read = (l: string): Catalogue => JSON.parse(readFileSync(`messages/${l}.json`, 'utf8'));
const base = read(settings.baseLocale);
const en = read('en');
let problems = 0;
for (const l of settings.locales.filter((x) => x !== settings.baseLocale)) {
	let cat: Catalogue;
	try { cat = read(l); } catch { console.log(`${l}: messages/${l}.json is missing`); problems++; continue; }
	const d = diffCatalogue(base, cat);
	const n = d.missing.length + d.badParams.length + d.extra.length;
	problems += n;
	console.log(`${l}: ${n ? `${d.missing.length} missing, ${d.badParams.length} with other parameters, ${d.extra.length} not in ${settings.baseLocale}` : 'complete'}`);
	for (const k of d.missing) console.log(`  missing  ${k}\n    vi: ${base[k]}\n    en: ${en[k] ?? '(none)'}`);
	for (const k of d.badParams) console.log(`  params   ${k}: ${cat[k]}  (vi: ${base[k]})`);
	for (const k of d.extra) console.log(`  extra    ${k}`);
}
process.exit(problems ? 1 : 0);
