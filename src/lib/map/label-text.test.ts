import { describe, expect, it } from 'vitest';
import type { Site } from '$lib/data/types';
import { siteCollection } from './features';
import { mapLabel } from './label-text';

describe('map label text', () => {
	it('drops emoji of every shape and keeps letters, diacritics, CJK and digits', () => {
		expect(mapLabel('KCN Yên Bình 🏭')).toBe('KCN Yên Bình');
		expect(mapLabel('🇻🇳 Điềm Thụy ❤️ 2')).toBe('Điềm Thụy 2');
		expect(mapLabel('Sông Công 👩🏽‍🔧 I')).toBe('Sông Công I');
		expect(mapLabel('Phổ Yên 1️⃣ #3 工业园 산업단지')).toBe('Phổ Yên 1 #3 工业园 산업단지') // a keycap keeps its digit;
		expect(mapLabel('🏴󠁧󠁢󠁳󠁣󠁴󠁿')).toBe('');
		expect(mapLabel(null)).toBe('');
	});

	it('the map\'s site features carry emoji-free names while the data keeps them', () => {
		const site = { type: 'Feature', geometry: { type: 'Point', coordinates: [105.8, 21.5] }, properties: { id: 'kcn-x', kind: 'kcn', name_vi: 'KCN 🏭 Xanh', name_en: 'Green 🌿 Park', sources: [] } } as unknown as Site;
		const f = siteCollection([site]).features[0]!;
		expect([f.properties.name_vi, f.properties.name_en]).toEqual(['KCN Xanh', 'Green Park']);
		expect(site.properties.name_vi).toBe('KCN 🏭 Xanh');
	});
});
