/** The data's as-of date: the latest date a province-level figure describes (ISO strings sort by date). */
export function dataAsOf(figures: readonly { as_of: string }[]): string | null {
	let best: string | null = null;
	for (const f of figures) if (f.as_of && (!best || f.as_of > best)) best = f.as_of;
	return best;
}
