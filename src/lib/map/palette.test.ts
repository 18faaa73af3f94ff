import { describe, expect, it } from 'vitest';
import { fig, site } from '$lib/geo/test-sites';
import { CLASSES, classOf, communeClasses, GREY, schemeOf } from './palette';
import { focusOpacity, siteColor, visibleFilter } from './styles/sites';

describe('palette', () => {
	it.each(['status', 'plan', 'sector', 'district'] as const)('gives every %s class its own colour, grey only for "not published"', (by) => {
		const colours = CLASSES[by].map((c) => c.color.toLowerCase());
		expect(new Set(colours).size).toBe(colours.length);
		expect(CLASSES[by].filter((c) => c.color === GREY).map((c) => c.id)).toEqual(['none']);
	});

	it('feeds the map the same colours the legend shows', () => {
		const expr = siteColor('sector', CLASSES.sector) as unknown[];
		expect(expr[1]).toEqual(['get', 'c_sector']);
		expect(expr[0]).toBe('match');
		for (const c of CLASSES.sector) {
			const i = expr.indexOf(c.id);
			expect(i, c.id).toBeGreaterThan(1);
			expect(expr[i + 1]).toBe(c.color);
		}
	});

	it('follows the phase for status and the units for district', () => {
		expect(schemeOf('status', 'y2023', 'district')).toBe('status_2023');
		expect(schemeOf('status', 'plan2030', 'commune')).toBe('plan');
		expect(schemeOf('district', 'today', 'commune')).toBe('commune');
		expect(schemeOf('sector', 'plan2030', 'commune')).toBe('sector');
	});

	it('makes a class of each 2025 commune the data knows, with its name as the label', () => {
		const a = site('a', { commune_2025: fig(['phường Vạn Xuân', 'xã Điềm Thụy']) });
		const b = site('b', { commune_2025: fig(['phường Bách Quang']) });
		const classes = communeClasses([a, b, site('c')]);
		expect(classes.map((c) => c.id)).toEqual(['phuong-bach-quang', 'phuong-van-xuan', 'none']);
		expect(classes[1]!.label).toBe('phường Vạn Xuân');
		expect(classOf(a.properties, 'commune')).toBe('phuong-van-xuan');
		expect(classOf(site('c').properties, 'commune')).toBe('none');
	});

	it('dims what is out of focus and leaves a plain value without focus', () => {
		expect(focusOpacity(null, 0.5, 0.1)).toBe(0.5);
		expect(focusOpacity(['a'], 0.5, 0.1)).toEqual(['case', ['in', ['get', 'id'], ['literal', ['a']]], 0.5, 0.1]);
	});

	it('filters by a literal list of ids', () => {
		expect(visibleFilter(['a', 'b'])).toEqual(['in', ['get', 'id'], ['literal', ['a', 'b']]]);
	});
});
