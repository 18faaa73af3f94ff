/**
 * A 16:9 slide (1920×1080 PNG) of the current view for decks prepared in advance: the map image,
 * the title and caption, the legend from the same palette as the map, a scale bar, a north arrow,
 * the sources and the data date. Drawn on a 2D canvas; text is drawn as text, never parsed.
 */
export const SLIDE = { w: 1920, h: 1080 } as const;

export interface SlideInput {
	map: HTMLCanvasElement;
	/** The map's ground resolution at its centre, metres per CSS pixel, and the device pixel ratio. */
	metersPerCssPx: number;
	dpr: number;
	bearing: number;
	title: string;
	caption: string;
	legendTitle: string;
	legend: { color: string; label: string }[];
	north: string;
	sources: string;
	footer: string;
}

const FONT = '"Noto Sans", system-ui, sans-serif';
const INK = '#0b1620';

/** A round scale length (1, 2 or 5 × 10ⁿ metres) no longer than `maxM`. */
export function niceMeters(maxM: number): number {
	const p = 10 ** Math.floor(Math.log10(maxM));
	return [5, 2, 1].map((k) => k * p).find((v) => v <= maxM) ?? p;
}

function wrap(ctx: CanvasRenderingContext2D, text: string, maxW: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (ctx.measureText(next).width > maxW && line) { lines.push(line); line = word; } else line = next;
	}
	if (line) lines.push(line);
	if (lines.length > maxLines) { lines.length = maxLines; lines[maxLines - 1] += ' …'; }
	return lines;
}

export function composeSlide(s: SlideInput): HTMLCanvasElement {
	const { w: W, h: H } = SLIDE;
	const c = document.createElement('canvas');
	c.width = W; c.height = H;
	const ctx = c.getContext('2d')!;
	ctx.fillStyle = '#dfe7ea';
	ctx.fillRect(0, 0, W, H);
	// The map covers the slide, cropped to 16:9 around its centre.
	const k = Math.max(W / s.map.width, H / s.map.height);
	ctx.drawImage(s.map, (W - s.map.width * k) / 2, (H - s.map.height * k) / 2, s.map.width * k, s.map.height * k);

	// Title band.
	ctx.fillStyle = 'rgba(11, 22, 32, 0.88)';
	ctx.font = `400 30px ${FONT}`;
	const capLines = wrap(ctx, s.caption, W - 120, 3);
	const bandH = 110 + capLines.length * 42;
	ctx.fillRect(0, 0, W, bandH);
	ctx.fillStyle = '#ffffff';
	ctx.textBaseline = 'alphabetic';
	ctx.font = `700 58px ${FONT}`;
	ctx.fillText(s.title, 60, 82, W - 120);
	ctx.font = `400 30px ${FONT}`;
	capLines.forEach((l, i) => ctx.fillText(l, 60, 128 + i * 42));

	// Legend, top right under the band.
	if (s.legend.length) {
		ctx.font = `400 26px ${FONT}`;
		const rows = s.legend.slice(0, 10);
		const lw = Math.min(560, Math.max(...rows.map((r) => ctx.measureText(r.label).width)) + 90);
		const lh = 70 + rows.length * 38;
		const lx = W - lw - 40, ly = bandH + 30;
		ctx.fillStyle = 'rgba(255, 255, 255, 0.94)';
		ctx.fillRect(lx, ly, lw, lh);
		ctx.fillStyle = INK;
		ctx.font = `700 28px ${FONT}`;
		ctx.fillText(s.legendTitle, lx + 22, ly + 42);
		ctx.font = `400 26px ${FONT}`;
		rows.forEach((r, i) => {
			const y = ly + 64 + i * 38;
			ctx.fillStyle = r.color;
			ctx.fillRect(lx + 22, y, 26, 26);
			ctx.strokeStyle = 'rgba(0,0,0,0.4)';
			ctx.strokeRect(lx + 22, y, 26, 26);
			ctx.fillStyle = INK;
			ctx.fillText(r.label, lx + 62, y + 22, lw - 80);
		});
	}

	// Footer: sources and data date.
	const footH = 96;
	ctx.fillStyle = 'rgba(11, 22, 32, 0.88)';
	ctx.fillRect(0, H - footH, W, footH);
	ctx.fillStyle = '#ffffff';
	ctx.font = `400 22px ${FONT}`;
	wrap(ctx, s.sources, W - 120, 2).forEach((l, i) => ctx.fillText(l, 60, H - footH + 34 + i * 28));
	ctx.font = `700 22px ${FONT}`;
	ctx.fillText(s.footer, 60, H - 10, W - 120);

	// Scale bar, bottom left: ground metres per slide pixel from the map's resolution and the crop scale.
	const mPerPx = s.metersPerCssPx / (k * s.dpr);
	const meters = niceMeters(mPerPx * 320);
	const len = meters / mPerPx;
	const sx = 60, sy = H - footH - 40;
	ctx.fillStyle = 'rgba(255,255,255,0.9)';
	ctx.fillRect(sx - 14, sy - 48, len + 28, 66);
	ctx.fillStyle = INK;
	ctx.fillRect(sx, sy, len, 8);
	ctx.fillRect(sx, sy - 12, 4, 20);
	ctx.fillRect(sx + len - 4, sy - 12, 4, 20);
	ctx.font = `700 26px ${FONT}`;
	ctx.fillText(meters >= 1000 ? `${meters / 1000} km` : `${meters} m`, sx, sy - 18);

	// North arrow, bottom right, turned against the map's bearing.
	ctx.save();
	ctx.translate(W - 90, H - footH - 90);
	ctx.fillStyle = 'rgba(255,255,255,0.9)';
	ctx.beginPath(); ctx.arc(0, 0, 56, 0, Math.PI * 2); ctx.fill();
	ctx.rotate((-s.bearing * Math.PI) / 180);
	ctx.fillStyle = INK;
	ctx.beginPath(); ctx.moveTo(0, -40); ctx.lineTo(18, 22); ctx.lineTo(0, 10); ctx.lineTo(-18, 22); ctx.closePath(); ctx.fill();
	ctx.font = `700 24px ${FONT}`;
	ctx.textAlign = 'center';
	ctx.fillText(s.north, 0, 48);
	ctx.restore();
	return c;
}
