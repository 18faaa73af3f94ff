import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_FILES, validateBase, type BaseKey } from './validate-base';

const real = () => Object.fromEntries((Object.entries(BASE_FILES) as [BaseKey, string][]).map(([k, f]) => [k, readFileSync(`geodata/base/${f}`, 'utf8')])) as Record<BaseKey, string>;

describe('validateBase', () => {
	it('accepts geodata/base', () => {
		const r = validateBase(real());
		expect(r.errors).toEqual([]);
		expect(r.data!.communes).toHaveLength(92);
	});

	it('names file, feature and field for broken base data', () => {
		const t = real();
		const communes = JSON.parse(t.communes);
		communes.features[0].geometry.coordinates = [105.85, 21.03]; // Hà Nội: outside the province
		communes.features[1].properties.gso_code = '5';
		const id0 = communes.features[0].properties.id, id1 = communes.features[1].properties.id;
		const province = JSON.parse(t.province);
		province.features[1].properties.scheme = '2024';
		const r = validateBase({ ...t, communes: JSON.stringify(communes), province: JSON.stringify(province) });
		expect(r.data).toBeNull();
		expect(r.errors).toContain(`base/communes-2025.geojson: ${id1}: gso_code: "5" is not a 5-digit code`);
		expect(r.errors).toContain('base/province.geojson: province-2024: scheme: 2 outlines for 2024, want exactly 1');
		expect(r.errors).toContain('base/province.geojson: province-2025: scheme: 0 outlines for 2025, want exactly 1');
		void id0;
	});

	it('refuses a commune point outside the 2025 province', () => {
		const t = real();
		const communes = JSON.parse(t.communes);
		communes.features[0].geometry.coordinates = [105.85, 21.03];
		const r = validateBase({ ...t, communes: JSON.stringify(communes) });
		expect(r.errors).toEqual([`base/communes-2025.geojson: ${communes.features[0].properties.id}: geometry: lies outside the 2025 province outline`]);
	});

	it('reports a missing file', () => {
		const t: Partial<Record<BaseKey, string>> = real();
		delete t.naturalEarth;
		expect(validateBase(t).errors).toContain('base/natural-earth.geojson: (file): is missing');
	});
});
