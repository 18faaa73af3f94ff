import { describe, expect, it } from 'vitest';
import { createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import { dataDriven, sharedPrograms, SHARED } from './programs';

type Spec = Record<string, Record<string, { default?: unknown }>>;
const spec = latest as unknown as Spec;
const specOf = (type: string, prop: string) => spec[`paint_${type}`]![prop]! as never;

/** Parses `value` as MapLibre does for `prop` and evaluates it for a feature at `zoom`. */
function evaluate(type: string, prop: string, value: unknown, zoom = 9) {
	const r = createPropertyExpression(value, prop, specOf(type, prop));
	if (r.result !== 'success') throw new Error(`${prop}: ${JSON.stringify(r.value)}`);
	return { kind: r.value.kind, value: r.value.evaluate({ zoom }, { type: 'Point', properties: { id: 'x' } } as never, {}) };
}

describe('one shader program per layer type', () => {
	it('lists MapLibre\'s own default for every shared property', () => {
		for (const [type, props] of Object.entries(SHARED)) {
			for (const [prop, fallback] of Object.entries(props)) {
				const d = specOf(type, prop) as { default: unknown };
				expect([prop, fallback], `${type} ${prop}`).toEqual([prop, d.default]);
			}
		}
	});

	it('makes constants, defaults and zoom curves data-driven without changing what they draw', () => {
		const cases: [string, string, unknown][] = [
			['line', 'line-color', '#1d4f5c'],
			['line', 'line-opacity', 0.6],
			['circle', 'circle-radius', ['interpolate', ['linear'], ['zoom'], 7, 3, 12, 7]],
			['circle', 'circle-radius', ['step', ['zoom'], 2, 10, 4]],
			['fill', 'fill-color', 'rgba(0,0,0,0.2)'],
			['symbol', 'text-opacity', 1]
		];
		for (const [type, prop, value] of cases) {
			const before = evaluate(type, prop, value);
			const after = evaluate(type, prop, dataDriven(value));
			expect(after.kind, `${prop} ${JSON.stringify(value)}`).toBe('composite');
			expect(after.value).toEqual(before.value);
			for (const z of [7, 9.5, 12]) expect(evaluate(type, prop, dataDriven(value), z).value).toEqual(evaluate(type, prop, value, z).value);
		}
	});

	it('spreads an expression that already reads the feature over a flat zoom curve, unchanged inside', () => {
		const byState = ['case', ['boolean', ['feature-state', 'hidden'], false], 0, 1];
		const byProp = ['match', ['get', 'status'], 'operating', '#00aa00', '#888888'];
		for (const [prop, value] of [['circle-opacity', byState], ['circle-color', byProp]] as const) {
			const dd = dataDriven(value) as unknown[];
			expect(dd.slice(0, 3)).toEqual(['interpolate', ['linear'], ['zoom']]);
			expect(dd[4]).toBe(value);
			for (const z of [0, 9.5, 24]) {
				const after = evaluate('circle', prop, dd, z);
				expect(after.kind).toBe('composite');
				expect(after.value).toEqual(evaluate('circle', prop, value, z).value);
			}
		}
	});

	it('fills every shared property of a layer, including the ones it leaves unset, and no other', () => {
		const paint = sharedPrograms('circle', { 'circle-radius': 4, 'circle-stroke-width': 1 })!;
		expect(Object.keys(paint).sort()).toEqual([...Object.keys(SHARED.circle!), 'circle-stroke-width'].sort());
		expect(paint['circle-stroke-width']).toBe(1);
		// All zoom-and-feature: a layer with a zoom curve and one without share one program key.
		for (const prop of Object.keys(SHARED.circle!)) expect(evaluate('circle', prop, paint[prop]).kind).toBe('composite');
		expect(sharedPrograms('background', { 'background-color': '#fff' })).toEqual({ 'background-color': '#fff' });
	});
});
