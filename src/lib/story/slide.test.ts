import { describe, expect, it } from 'vitest';
import { niceMeters } from './slide';

describe('niceMeters', () => {
	it('picks the longest round length that fits', () => {
		expect(niceMeters(3400)).toBe(2000);
		expect(niceMeters(9999)).toBe(5000);
		expect(niceMeters(1000)).toBe(1000);
		expect(niceMeters(180)).toBe(100);
	});
});
