/**
 * Writes the map's label glyphs as SDF ranges (static/glyphs/{fontstack}/{start}-{end}.pbf) for exactly
 * the characters the labels can show, so the map downloads a few small files and draws labels at once
 * instead of fetching woff2 faces and rasterising every glyph in the page. Runs in `npm run build` after
 * the data build: new names in the data mean new glyphs. Han, Hangul and kana are left to the device's
 * fonts (MapLibre's `localIdeographFontFamily`), so no CJK range is ever written or requested.
 * Fonts: @fontsource/noto-sans (Latin, Latin Extended, Vietnamese subsets), read by fontkit.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as fontkit from 'fontkit';
import { encodeRange, sdfGlyph, type SdfGlyph } from './lib/glyph-sdf';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = process.env.DATA_OUT ?? join(ROOT, 'static', 'data');
const OUT = process.env.GLYPHS_OUT ?? join(ROOT, 'static', 'glyphs');
const FONTS = join(ROOT, 'node_modules', '@fontsource', 'noto-sans', 'files');
/** The label font stacks; the names are the `text-font` values in src/lib/map/styles/sites.ts (FONT, FONT_BOLD). */
export const STACKS: Record<string, number> = { 'Noto Sans Regular': 400, 'Noto Sans Bold': 700 };
const SUBSETS = ['latin', 'latin-ext', 'vietnamese'];
/** Drawn by MapLibre from the device's fonts (localIdeographFontFamily), never from glyph ranges. */
export const LOCAL = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
/** Properties a label layer can read: names in every language, the base's labels, road refs. */
const LABEL_KEY = /^(name|label)(_[a-z]{2})?$|^ref$/;

function files(dir: string, ext: RegExp): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? files(p, ext) : ext.test(n) ? [p] : []; });
}

/** Every code point a label can show (and the space), with its upper case (district labels are upper-cased); NFC, as the data is. */
export function labelCodePoints(texts: Iterable<string>): number[] {
	const set = new Set<number>([32]);
	for (const t of texts) {
		for (const s of [t, t.toUpperCase()]) {
			for (const ch of s.normalize('NFC')) if (!LOCAL.test(ch) && ch.codePointAt(0)! >= 32) set.add(ch.codePointAt(0)!);
		}
	}
	return [...set].sort((a, b) => a - b);
}

function labelTexts(): string[] {
	const out: string[] = [];
	for (const f of files(DATA, /\.geojson$/)) {
		const fc = JSON.parse(readFileSync(f, 'utf8')) as { features?: { properties?: Record<string, unknown> }[] };
		for (const feat of fc.features ?? []) {
			for (const [k, v] of Object.entries(feat.properties ?? {})) if (LABEL_KEY.test(k) && typeof v === 'string') out.push(v);
		}
	}
	// District seats are labelled with their district's name from the messages (districtLabel).
	for (const f of files(join(ROOT, 'messages'), /\.json$/)) {
		for (const [k, v] of Object.entries(JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>)) if (k.startsWith('district_') && typeof v === 'string') out.push(v);
	}
	return out;
}

export function buildGlyphs(): { stacks: number; ranges: number; glyphs: number; missing: string[] } {
	const cps = labelCodePoints(labelTexts());
	rmSync(OUT, { recursive: true, force: true });
	const missing = new Set<string>();
	let ranges = 0, glyphs = 0;
	for (const [stack, weight] of Object.entries(STACKS)) {
		const fonts = SUBSETS.map((s) => fontkit.create(readFileSync(join(FONTS, `noto-sans-${s}-${weight}-normal.woff2`))));
		const byRange = new Map<number, SdfGlyph[]>();
		for (const cp of cps) {
			const font = fonts.find((f) => f.glyphForCodePoint(cp).id !== 0);
			if (!font) { missing.add(`U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(cp)}`); continue; }
			const g = font.glyphForCodePoint(cp);
			const start = Math.floor(cp / 256) * 256;
			if (!byRange.has(start)) byRange.set(start, []);
			byRange.get(start)!.push(sdfGlyph(cp, g.path.commands, g.advanceWidth, font.unitsPerEm));
		}
		mkdirSync(join(OUT, stack), { recursive: true });
		for (const [start, gs] of byRange) {
			const range = `${start}-${start + 255}`;
			writeFileSync(join(OUT, stack, `${range}.pbf`), encodeRange(stack, range, gs));
			ranges++; glyphs += gs.length;
		}
	}
	return { stacks: Object.keys(STACKS).length, ranges, glyphs, missing: [...missing] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const t0 = performance.now();
	const r = buildGlyphs();
	// A character no font subset has would show as a gap in a label: say which, without failing the build.
	for (const m of r.missing) console.warn(`glyphs: no Noto Sans glyph for ${m}; labels will skip it`);
	console.log(`glyphs: ${r.glyphs} glyphs in ${r.ranges} ranges for ${r.stacks} font stacks → ${OUT} (${Math.round(performance.now() - t0)} ms)`);
}
