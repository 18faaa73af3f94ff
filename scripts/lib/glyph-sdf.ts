/**
 * Signed-distance-field glyphs in the format MapLibre reads from a `glyphs` URL
 * (https://maplibre.org/maplibre-style-spec/glyphs/): 24 px em, a 3 px border, radius 8, cutoff 0.25,
 * i.e. the value 192 on the outline (MapLibre's SDF edge, and the convention of TinySDF, which MapLibre
 * uses when it rasterises glyphs itself). Pure functions over a glyph outline; fontkit reads the fonts.
 */
import { PbfWriter } from 'pbf';

export const EM = 24;
export const BORDER = 3;
const RADIUS = 8;
const CUTOFF = 0.25;
/** MapLibre lines a server glyph's `top` up this far above the baseline (glyph_manager.ts, `topAdjustment`). */
const TOP = 27.5;

export type PathCommand = { command: string; args: number[] };
export interface SdfGlyph { id: number; bitmap: Uint8Array; width: number; height: number; left: number; top: number; advance: number }

type Seg = [number, number, number, number];

/** Flattens an outline (font units, y up) to line segments in pixels at `scale`. */
export function segments(commands: PathCommand[], scale: number): Seg[] {
	const out: Seg[] = [];
	let x = 0, y = 0, sx = 0, sy = 0;
	const line = (nx: number, ny: number) => { out.push([x, y, nx, ny]); x = nx; y = ny; };
	for (const { command, args } of commands) {
		const a = args.map((v) => v * scale);
		if (command === 'moveTo') { x = sx = a[0]!; y = sy = a[1]!; }
		else if (command === 'lineTo') line(a[0]!, a[1]!);
		else if (command === 'quadraticCurveTo') {
			const [x0, y0] = [x, y];
			for (let i = 1; i <= 8; i++) {
				const t = i / 8, u = 1 - t;
				line(u * u * x0 + 2 * u * t * a[0]! + t * t * a[2]!, u * u * y0 + 2 * u * t * a[1]! + t * t * a[3]!);
			}
		} else if (command === 'bezierCurveTo') {
			const [x0, y0] = [x, y];
			for (let i = 1; i <= 12; i++) {
				const t = i / 12, u = 1 - t;
				line(u * u * u * x0 + 3 * u * u * t * a[0]! + 3 * u * t * t * a[2]! + t * t * t * a[4]!,
					u * u * u * y0 + 3 * u * u * t * a[1]! + 3 * u * t * t * a[3]! + t * t * t * a[5]!);
			}
		} else if (command === 'closePath') { if (x !== sx || y !== sy) line(sx, sy); }
	}
	return out;
}

function distance(px: number, py: number, [x0, y0, x1, y1]: Seg): number {
	const dx = x1 - x0, dy = y1 - y0;
	const len = dx * dx + dy * dy;
	const t = len ? Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len)) : 0;
	const ex = x0 + t * dx - px, ey = y0 + t * dy - py;
	return Math.sqrt(ex * ex + ey * ey);
}

/** Non-zero winding: TrueType outlines wind outer contours one way and holes the other. */
function inside(px: number, py: number, segs: Seg[]): boolean {
	let w = 0;
	for (const [x0, y0, x1, y1] of segs) {
		if (y0 <= py ? y1 > py : y1 <= py) {
			const cross = (x1 - x0) * (py - y0) - (px - x0) * (y1 - y0);
			if (y1 > y0 ? cross > 0 : cross < 0) w += y1 > y0 ? 1 : -1;
		}
	}
	return w !== 0;
}

/**
 * One glyph: its outline (font units), advance and units per em → bitmap and metrics. A glyph without
 * an outline (a space) has an empty bitmap and only its advance.
 */
export function sdfGlyph(id: number, commands: PathCommand[], advanceUnits: number, unitsPerEm: number): SdfGlyph {
	const scale = EM / unitsPerEm;
	const segs = segments(commands, scale);
	const advance = Math.round(advanceUnits * scale);
	if (!segs.length) return { id, bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: -Math.round(TOP), advance };
	let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
	for (const [x0, y0, x1, y1] of segs) {
		minX = Math.min(minX, x0, x1); maxX = Math.max(maxX, x0, x1); minY = Math.min(minY, y0, y1); maxY = Math.max(maxY, y0, y1);
	}
	const left = Math.floor(minX), right = Math.ceil(maxX), bottom = Math.floor(minY), top = Math.ceil(maxY);
	const width = right - left, height = top - bottom;
	const w = width + 2 * BORDER, h = height + 2 * BORDER;
	const bitmap = new Uint8Array(w * h);
	for (let row = 0; row < h; row++) {
		const py = top + BORDER - row - 0.5; // bitmap rows run down from the top; outline y runs up
		for (let col = 0; col < w; col++) {
			const px = left - BORDER + col + 0.5;
			let d = Infinity;
			for (const s of segs) d = Math.min(d, distance(px, py, s));
			const signed = inside(px, py, segs) ? -d : d;
			bitmap[row * w + col] = Math.max(0, Math.min(255, Math.round(255 - 255 * (signed / RADIUS + CUTOFF))));
		}
	}
	return { id, bitmap, width, height, left, top: Math.round(top - TOP), advance };
}

/** The glyphs protobuf: fontstacks { name, range, glyphs { id, bitmap, width, height, left, top, advance } }. */
export function encodeRange(name: string, range: string, glyphs: SdfGlyph[]): Uint8Array {
	const pbf = new PbfWriter();
	pbf.writeMessage(1, (_: unknown, p: PbfWriter) => {
		p.writeStringField(1, name);
		p.writeStringField(2, range);
		for (const g of glyphs) {
			p.writeMessage(3, (_: unknown, q: PbfWriter) => {
				q.writeVarintField(1, g.id);
				if (g.bitmap.length) q.writeBytesField(2, g.bitmap);
				q.writeVarintField(3, g.width);
				q.writeVarintField(4, g.height);
				q.writeSVarintField(5, g.left);
				q.writeSVarintField(6, g.top);
				q.writeVarintField(7, g.advance);
			}, null);
		}
	}, null);
	return pbf.finish();
}
