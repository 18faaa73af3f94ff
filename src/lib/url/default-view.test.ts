import { describe, expect, it } from 'vitest';
import { isDefaultView } from './default-view';

describe('the default view', () => {
	it('is a bare address or one that only sets the language', () => {
		expect(isDefaultView('')).toBe(true);
		expect(isDefaultView('?lang=en')).toBe(true);
	});
	it('is not an address that frames the map another way', () => {
		for (const q of ['?sel=kcn-yen-binh', '?lang=en&map=11/21.47/105.89', '?south=1', '?scene=song-cong&present=1', '?kiosk=1', '?need_ha=10'])
			expect(isDefaultView(q), q).toBe(false);
	});
});
