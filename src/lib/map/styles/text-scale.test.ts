import { describe, expect, it } from 'vitest';
import { scaleTextSize } from './text-scale';

describe('scaleTextSize', () => {
	it('scales a fixed size', () => {
		expect(scaleTextSize(11, 1.6)).toBe(17.6);
	});
	it('scales the sizes of a zoom curve, never its zoom stops', () => {
		expect(scaleTextSize(['interpolate', ['linear'], ['zoom'], 7, 12, 11, 16], 1.5)).toEqual(['interpolate', ['linear'], ['zoom'], 7, 18, 11, 24]);
	});
	it('leaves an expression it does not understand alone', () => {
		const e = ['step', ['zoom'], 10, 9, 12];
		expect(scaleTextSize(e, 2)).toBe(e);
	});
	it('is the identity at scale 1', () => {
		expect(scaleTextSize(['interpolate', ['linear'], ['zoom'], 7, 12, 11, 16], 1)).toEqual(['interpolate', ['linear'], ['zoom'], 7, 12, 11, 16]);
	});
});
