import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The interface's @font-face rules: per weight, each subset's unicode-range as a set test. */
const css = readFileSync('src/lib/fonts/noto-sans.css', 'utf8');
type Face = { subset: string; weight: number; has: (cp: number) => boolean; ranges: [number, number][] };
const faces: Face[] = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => {
	const subset = /noto-sans-([a-z-]+)-\d+-normal\.woff2/.exec(body!)![1]!;
	const weight = Number(/font-weight:\s*(\d+)/.exec(body!)![1]);
	const ranges = /unicode-range:\s*([^;]+);/.exec(body!)![1]!.split(',').map((r) => {
		const [a, b] = r.trim().replace(/^U\+/, '').split('-');
		return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as [number, number];
	});
	return { subset, weight, ranges, has: (cp) => ranges.some(([a, b]) => cp >= a && cp <= b) };
});

/** Every character a Vietnamese or English visitor reads: both catalogues and every vi/en name in the data. */
function viEnText(): string {
	let text = '';
	for (const lang of ['vi', 'en']) text += Object.values(JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Record<string, unknown>).join(' ');
	for (const f of ['zones.geojson', 'clusters.geojson', 'corridors.geojson', 'places.geojson']) {
		const fc = JSON.parse(readFileSync(`geodata/${f}`, 'utf8')) as { features: { properties: Record<string, unknown> }[] };
		for (const { properties: p } of fc.features) text += ` ${p.name_vi ?? ''} ${p.name_en ?? ''}`;
	}
	return text;
}

describe('interface fonts', () => {
	it('declares Latin, Latin Extended and Vietnamese in both weights the interface uses', () => {
		expect(faces.map((f) => `${f.subset} ${f.weight}`).sort()).toEqual(
			['latin 400', 'latin 700', 'latin-ext 400', 'latin-ext 700', 'vietnamese 400', 'vietnamese 700']
		);
	});

	it('gives Latin Extended no code point of the Latin or Vietnamese subsets, so Vietnamese text never fetches it', () => {
		for (const ext of faces.filter((f) => f.subset === 'latin-ext')) {
			for (const other of faces.filter((f) => f.weight === ext.weight && f.subset !== 'latin-ext')) {
				for (const [a, b] of ext.ranges) for (let cp = a; cp <= b; cp++) {
					expect(other.has(cp), `U+${cp.toString(16)} in latin-ext and ${other.subset}`).toBe(false);
				}
			}
		}
	});

	it('covers every character of the Vietnamese and English interface and names with Latin and Vietnamese', () => {
		const mine = faces.filter((f) => f.weight === 400 && f.subset !== 'latin-ext');
		const missing = new Set<string>();
		for (const ch of viEnText()) {
			const cp = ch.codePointAt(0)!;
			// CJK and symbols outside Noto Sans (arrows, emoji) are drawn by the device's fonts, on purpose.
			if (cp >= 0x2190) continue;
			if (!mine.some((f) => f.has(cp))) missing.add(`${ch} U+${cp.toString(16)}`);
		}
		expect([...missing]).toEqual([]);
	});
});
