import { describe, expect, it } from 'vitest';
import { fig, site } from '$lib/geo/test-sites';
import { CLASSES, GREY } from '../palette';
import { corridorStates } from './corridors';
import { isShown } from './sites';
import { shownOpacity, siteStates, stateChanges, ZONES_FILL, type SiteLook } from './site-paint';

const a = site('a', { status: fig('operating'), sectors: fig(['electronics']) });
const b = site('b', { status: fig('planned') });
const look = (over: Partial<SiteLook> = {}): SiteLook => ({
	scheme: 'status', classes: CLASSES.status, visible: new Set(['a', 'b']), focus: null, sel: null, ...over
});

describe('site states (filters and styling as feature-state)', () => {
	it('colours each site from the palette the legend reads, grey when not published', () => {
		const s = siteStates([a, b, site('c', { status: null as never })], look());
		expect(s.get('a')!.color).toBe(CLASSES.status.find((c) => c.id === 'operating')!.color);
		expect(s.get('b')!.color).toBe(CLASSES.status.find((c) => c.id === 'planned')!.color);
		expect(s.get('c')!.color).toBe(GREY);
	});

	it('hides what the filters leave out, dims what is out of focus, marks the selection', () => {
		const s = siteStates([a, b], look({ visible: new Set(['a']), focus: new Set(['b']), sel: 'b' }));
		expect(s.get('a')).toMatchObject({ hidden: false, dim: true, selected: false });
		expect(s.get('b')).toMatchObject({ hidden: true, dim: false, selected: true });
	});

	it('sends only what changed, and everything the first time', () => {
		const first = siteStates([a, b], look());
		expect(stateChanges(new Map(), first)).toHaveLength(2);
		expect(stateChanges(first, siteStates([a, b], look()))).toEqual([]);
		const filtered = siteStates([a, b], look({ visible: new Set(['b']) }));
		expect(stateChanges(first, filtered)).toEqual([['a', { hidden: true }]]);
		const sector = siteStates([a, b], look({ scheme: 'sector', classes: CLASSES.sector }));
		expect(stateChanges(first, sector).map(([id, d]) => [id, Object.keys(d)])).toEqual([['a', ['color']], ['b', ['color']]]);
	});

	it('keeps the paint fixed: expressions read feature-state, never a list of ids', () => {
		const text = JSON.stringify(ZONES_FILL);
		expect(text).toContain('feature-state');
		expect(text).not.toContain('literal');
		expect(shownOpacity(1, 0.2)).toEqual(['case', ['boolean', ['feature-state', 'hidden'], false], 0, ['boolean', ['feature-state', 'dim'], false], 0.2, 1]);
	});

	it('treats a hidden feature as not shown (no click, no hover, not counted)', () => {
		expect(isShown({ state: { hidden: true } })).toBe(false);
		expect(isShown({ state: { hidden: false } })).toBe(true);
		expect(isShown({})).toBe(true);
	});
});

describe('corridor states', () => {
	const line = (id: string) => ({ type: 'Feature', geometry: null, properties: { id } }) as never;
	it('dims the lines off the spine while it is highlighted, and marks the selection', () => {
		const s = corridorStates([line('ct07'), line('ql37')], 'ql37', ['ct07']);
		expect(s.get('ct07')).toEqual({ selected: false, dim: false });
		expect(s.get('ql37')).toEqual({ selected: true, dim: true });
		expect([...corridorStates([line('ql37')], null, null).values()]).toEqual([{ selected: false, dim: false }]);
	});
});
