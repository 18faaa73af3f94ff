/**
 * Edge pointers: where on the edge of the free part of the map (not under a panel) to put a small
 * pointer toward a place that is off screen. Pure screen geometry; the caller projects and measures.
 */
export interface Rect { left: number; top: number; right: number; bottom: number }
export interface Pointer { x: number; y: number; angle: number; edge: 'top' | 'bottom' | 'left' | 'right' }

/** The pointer's half size (px): it is kept this far inside the free rectangle. */
export const HALF = { w: 80, h: 16 };

/** Null when the target is inside the free rectangle (it is on screen, no pointer needed). */
export function edgePointer(free: Rect, target: { x: number; y: number }): Pointer | null {
	if (target.x >= free.left && target.x <= free.right && target.y >= free.top && target.y <= free.bottom) return null;
	const cx = (free.left + free.right) / 2, cy = (free.top + free.bottom) / 2;
	const dx = target.x - cx, dy = target.y - cy;
	const hw = Math.max(1, (free.right - free.left) / 2 - HALF.w), hh = Math.max(1, (free.bottom - free.top) / 2 - HALF.h);
	// Scale the ray from the centre until it meets the inset rectangle.
	const t = Math.min(dx ? hw / Math.abs(dx) : Infinity, dy ? hh / Math.abs(dy) : Infinity);
	const x = cx + dx * t, y = cy + dy * t;
	const edge = Math.abs(Math.abs(y - cy) - hh) < 0.5 ? (dy < 0 ? 'top' : 'bottom') : dx < 0 ? 'left' : 'right';
	return { x, y, angle: (Math.atan2(dy, dx) * 180) / Math.PI, edge };
}

/** Pointers that would overlap are moved apart along their edge (left/up first, then right/down), in the order given. */
export function separate(ps: Pointer[], free: Rect): Pointer[] {
	const out: Pointer[] = [];
	const clash = (q: Pointer) => out.some((o) => Math.abs(o.x - q.x) < 2 * HALF.w + 4 && Math.abs(o.y - q.y) < 2 * HALF.h + 4);
	for (const p of ps) {
		let q = { ...p };
		const along = p.edge === 'top' || p.edge === 'bottom';
		const step = along ? 2 * HALF.w + 8 : 2 * HALF.h + 8;
		const [lo, hi] = along ? [free.left + HALF.w, free.right - HALF.w] : [free.top + HALF.h, free.bottom - HALF.h];
		for (const k of [1, -1, 2, -2, 3, -3]) {
			if (!clash(q)) break;
			const v = (along ? p.x : p.y) - k * step;
			if (v < lo || v > hi) continue;
			q = along ? { ...p, x: v } : { ...p, y: v };
		}
		// No room along the edge (a phone): stack inward instead.
		const inward = { top: [0, 1], bottom: [0, -1], left: [1, 0], right: [-1, 0] }[p.edge];
		for (let k = 1; k <= 3 && clash(q); k++) q = { ...p, x: p.x + inward[0]! * k * (2 * HALF.w + 8) * (along ? 0 : 1), y: p.y + inward[1]! * k * (2 * HALF.h + 6) };
		out.push(q);
	}
	return out;
}

/** Eight compass points, for the pointer's text (direction is never told by an arrow alone). */
export const COMPASS = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;
export function compass(bearingDeg: number): (typeof COMPASS)[number] {
	return COMPASS[Math.round((((bearingDeg % 360) + 360) % 360) / 45) % 8]!;
}
