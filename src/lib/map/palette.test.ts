import { describe, expect, it } from 'vitest';
import { fig, site } from '$lib/geo/test-sites';
import { CLASSES, classOf, communeClasses, GREY, schemeOf } from './palette';


describe('palette', () => {
	it.each(['status', 'plan', 'sector', 'district'] as const)('gives every %s class its own colour, grey only for "not published"', (by) => {
		const colours = CLASSES[by].map((c) => c.color.toLowerCase());
		expect(new Set(colours).size).toBe(colours.length);
		expect(CLASSES[by].filter((c) => c.color === GREY).map((c) => c.id)).toEqual(['none']);
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
});
