import { describe, expect, it } from 'vitest';
import { CLASSES, GREY } from './palette';
import { siteColor, visibleFilter } from './styles/sites';

describe('palette', () => {
	it.each(['status', 'sector', 'district'] as const)('gives every %s class its own colour, grey only for "not published"', (by) => {
		const colours = CLASSES[by].map((c) => c.color.toLowerCase());
		expect(new Set(colours).size).toBe(colours.length);
		expect(CLASSES[by].filter((c) => c.color === GREY).map((c) => c.id)).toEqual(['none']);
	});

	it('feeds the map the same colours the legend shows', () => {
		const expr = siteColor('sector') as unknown[];
		expect(expr[0]).toBe('match');
		for (const c of CLASSES.sector) {
			const i = expr.indexOf(c.id);
			expect(i, c.id).toBeGreaterThan(1);
			expect(expr[i + 1]).toBe(c.color);
		}
	});

	it('filters by a literal list of ids', () => {
		expect(visibleFilter(['a', 'b'])).toEqual(['in', ['get', 'id'], ['literal', ['a', 'b']]]);
	});
});
