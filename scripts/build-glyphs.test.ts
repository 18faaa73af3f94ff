import { describe, expect, it } from 'vitest';
import { PbfReader } from 'pbf';
import { BORDER, encodeRange, sdfGlyph } from './lib/glyph-sdf';
import { labelCodePoints, LOCAL } from './build-glyphs';

// A 500×500-unit square at units-per-em 1000: 12 px at the 24 px em, its lower-left corner on the origin.
const square = [
	{ command: 'moveTo', args: [0, 0] }, { command: 'lineTo', args: [0, 500] }, { command: 'lineTo', args: [500, 500] },
	{ command: 'lineTo', args: [500, 0] }, { command: 'closePath', args: [] }
];

describe('SDF glyphs', () => {
	it('measures the glyph in pixels of the 24 px em and adds the 3 px border', () => {
		const g = sdfGlyph(65, square, 600, 1000);
		expect(g).toMatchObject({ id: 65, width: 12, height: 12, left: 0, advance: 14 });
		expect(g.bitmap.length).toBe((12 + 2 * BORDER) ** 2);
		// Top of the glyph 12 px above the baseline, in MapLibre's server-glyph origin (27.5 px above it).
		expect(g.top).toBe(Math.round(12 - 27.5));
	});

	it('is high inside, ~192 on the outline, low outside', () => {
		const g = sdfGlyph(65, square, 600, 1000);
		const w = 12 + 2 * BORDER;
		const at = (col: number, row: number) => g.bitmap[row * w + col]!;
		expect(at(9, 9)).toBe(255); // centre
		expect(at(0, 0)).toBeLessThan(80); // corner of the border, outside
		expect(Math.abs(at(BORDER, 9) - 192)).toBeLessThan(20); // first pixel inside the left edge
		expect(at(BORDER - 1, 9)).toBeLessThan(at(BORDER, 9));
	});

	it('keeps a space as an advance without a bitmap', () => {
		expect(sdfGlyph(32, [], 260, 1000)).toMatchObject({ width: 0, height: 0, advance: 6, bitmap: new Uint8Array(0) });
	});

	it('encodes the ranges in the protobuf layout MapLibre reads', () => {
		const buf = encodeRange('Noto Sans Regular', '0-255', [sdfGlyph(65, square, 600, 1000)]);
		const read: Record<string, unknown> = {};
		new PbfReader(buf).readFields((tag, _o, pbf) => {
			if (tag !== 1) return;
			pbf.readMessage((t, _x, p) => {
				if (t === 1) read.name = p.readString();
				else if (t === 2) read.range = p.readString();
				else if (t === 3) p.readMessage((u, _y, q) => {
					if (u === 1) read.id = q.readVarint(); else if (u === 2) read.bytes = q.readBytes().length;
					else if (u === 3) read.width = q.readVarint(); else if (u === 6) read.top = q.readSVarint();
					else if (u === 5) q.readSVarint(); else q.readVarint();
				}, {});
			}, {});
		}, {});
		expect(read).toEqual({ name: 'Noto Sans Regular', range: '0-255', id: 65, bytes: 18 * 18, width: 12, top: -15 });
	});
});

describe('the label character set', () => {
	it('takes every character of the labels, NFC, with its upper case (district labels are upper-cased)', () => {
		const cps = labelCodePoints(['Phổ Yên', 'Điềm Thụy', 'Đồng Hỷ']);
		for (const ch of 'ổỔĐềỀụỤỷỶ') expect(cps, ch).toContain(ch.codePointAt(0));
		expect(labelCodePoints(['Pho\u0302\u0309'])).toContain(0x1ed5); // decomposed input, composed glyph
		expect(cps).toContain(32);
	});

	it('leaves Han, Hangul and kana to the device fonts (no CJK range is ever written)', () => {
		const cps = labelCodePoints(['옌빈 산업단지', '安平工业区', 'イエンビン']);
		expect(cps.every((c) => c < 0x3000)).toBe(true);
		expect(LOCAL.test('산')).toBe(true);
		expect(LOCAL.test('ổ')).toBe(false);
	});
});
