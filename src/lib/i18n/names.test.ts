import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matches } from '$lib/geo/fold';
import { searchText } from '$lib/geo/filter';
import type { SiteProperties } from '$lib/data/types';
import { localName, localNames, translate } from './names';
import { pick } from './locale';

const features = (f: string) =>
	(JSON.parse(readFileSync(new URL(`../../../geodata/${f}`, import.meta.url), 'utf8')).features as { properties: Record<string, unknown> }[]).map((x) => x.properties);

describe('derived ko/zh/ja names', () => {
	it('keeps the proper name in Latin script and translates the generic part', () => {
		expect(translate('Yen Binh Industrial Park', 'ko')).toBe('Yen Binh 산업단지');
		expect(translate('Yen Binh Industrial Park', 'zh')).toBe('Yen Binh 工业园区');
		expect(translate('Yen Binh Industrial Park', 'ja')).toBe('Yen Binh 工業団地');
		expect(translate('Son Cam I Industrial Cluster', 'ko')).toBe('Son Cam I 산업 클러스터');
		expect(translate('Son Cam I Industrial Cluster', 'zh')).toBe('Son Cam I 工业集群');
		expect(translate('Son Cam I Industrial Cluster', 'ja')).toBe('Son Cam I 工業クラスター');
		expect(translate('Yen Binh Concentrated IT Park', 'ja')).toBe('Yen Binh 集中IT団地');
	});

	it('translates phases, with each language\'s brackets and numerals', () => {
		expect(translate('Song Cong II Industrial Park (phase 1)', 'ko')).toBe('Song Cong II 산업단지 (1단계)');
		expect(translate('Thanh Binh Industrial Park (phase II)', 'zh')).toBe('Thanh Binh 工业园区（二期）');
		expect(translate('Thanh Binh Industrial Park (phase I)', 'ja')).toBe('Thanh Binh 工業団地（第1期）');
	});

	it('translates roads, places and the district/commune words, keeping codes', () => {
		expect(translate('National Road 3 (QL3)', 'ko')).toBe('국도 3호선 (QL3)');
		expect(translate('Hà Nội – Thái Nguyên Expressway (CT.07)', 'zh')).toBe('Hà Nội – Thái Nguyên 高速公路（CT.07）');
		expect(translate('Hương Sơn town (Phú Bình district seat)', 'ja')).toBe('Hương Sơn 町（Phú Bình 県の中心地）');
		expect(translate('Núi Pháo mine (Masan High-Tech Materials), Hà Thượng commune', 'ko')).toBe('Núi Pháo 광산 (Masan High-Tech Materials), Hà Thượng 사');
		expect(translate('Thái Nguyên Iron and Steel works (TISCO), Cam Giá ward', 'zh')).toBe('Thái Nguyên 钢铁厂（TISCO），Cam Giá 坊');
		expect(translate('Samsung SEVT complex (KCN Yên Bình)', 'ja')).toBe('Samsung SEVT コンプレックス（Yên Bình 工業団地）');
	});

	it('keeps a name it has no rule for as written, rather than guessing', () => {
		expect(translate('Ba Hàng', 'ko')).toBe('Ba Hàng');
	});

	it.each(['zones.geojson', 'clusters.geojson'])('names every site in %s with no English generic word left', (file) => {
		for (const p of features(file)) {
			for (const l of ['ko', 'zh', 'ja'] as const) {
				const n = localName(p, l)!;
				expect(n, `${p.id} ${l}`).not.toMatch(/Industrial|Park|Cluster|phase/);
				// The proper name is still there, so "yen binh" finds it in every language.
				expect(matches(n, String(p.name_en).replace(/ (Concentrated IT Park|Industrial (Park|Cluster)).*$/, '')), `${p.id} ${l}`).toBe(true);
			}
		}
	});

	it('gives the map its name_ko / name_zh / name_ja', () => {
		expect(localNames({ name_en: 'Diem Thuy Industrial Park' })).toEqual({
			name_ko: 'Diem Thuy 산업단지', name_zh: 'Diem Thuy 工业园区', name_ja: 'Diem Thuy 工業団地'
		});
	});
});

describe('pick', () => {
	const p = { name_vi: 'KCN Yên Bình', name_en: 'Yen Binh Industrial Park', notes_vi: 'Ghi chú', notes_en: 'Notes' };
	it('reads the data\'s own language, derives ko/zh/ja names and falls back to English for other texts', () => {
		expect(pick(p, 'name', 'vi')).toBe('KCN Yên Bình');
		expect(pick(p, 'name', 'en')).toBe('Yen Binh Industrial Park');
		expect(pick(p, 'name', 'ko')).toBe('Yen Binh 산업단지');
		expect(pick(p, 'notes', 'ja')).toBe('Notes');
		expect(pick({}, 'name', 'zh')).toBeNull();
	});
});

describe('search in every language', () => {
	const site = { id: 'kcn-yen-binh', name_vi: 'KCN Yên Bình', name_en: 'Yen Binh Industrial Park', aliases: [] } as unknown as SiteProperties;
	it('finds a site by its Latin name, with or without diacritics, and by the translated generic term', () => {
		const text = searchText(site);
		for (const q of ['yen binh', 'Yên Bình', '산업단지', '工业园区', '工業団地']) expect(matches(text, q), q).toBe(true);
	});
});
