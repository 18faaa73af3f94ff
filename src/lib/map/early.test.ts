import { describe, expect, it } from 'vitest';
import { parseBounds } from './early';

describe('the prerendered default framing', () => {
	it('reads west,south,east,north from the map element', () => {
		expect(parseBounds('105.657,21.366,106.0253,21.94')).toEqual([105.657, 21.366, 106.0253, 21.94]);
	});

	it('is null when the attribute is missing or not four numbers, so MapView frames the map itself', () => {
		for (const bad of [undefined, null, '', '105.6,21.3,106', '105.6,21.3,106,north', '1,2,3,4,5']) expect(parseBounds(bad)).toBeNull();
	});
});
