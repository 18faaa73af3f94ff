import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffCatalogue, glossaryMisses, latinLeft, params, type Catalogue, type GlossaryTerm } from './catalogue-check';
import { LANGS } from './locale';

const read = (f: string) => JSON.parse(readFileSync(new URL(`../../../messages/${f}`, import.meta.url), 'utf8'));
const cats = Object.fromEntries(LANGS.map((l) => [l, read(`${l}.json`) as Catalogue])) as Record<(typeof LANGS)[number], Catalogue>;
const glossary = read('glossary.json') as { terms: GlossaryTerm[]; latin_allowed: string[] };
const settings = JSON.parse(readFileSync(new URL('../../../project.inlang/settings.json', import.meta.url), 'utf8'));

describe('message catalogues', () => {
	it('project.inlang lists exactly the app languages, Vietnamese first', () => {
		expect(settings.locales).toEqual([...LANGS]);
		expect(settings.baseLocale).toBe('vi');
	});

	it.each(LANGS.filter((l) => l !== 'vi'))('%s has every key of vi.json, no other, with the same parameters', (l) => {
		expect(diffCatalogue(cats.vi, cats[l])).toEqual({ missing: [], extra: [], badParams: [] });
	});

	it.each(['ko', 'zh', 'ja'] as const)('%s leaves no English behind (only names and codes in Latin script)', (l) => {
		const left = Object.entries(cats[l])
			.filter(([k]) => !k.startsWith('$'))
			.flatMap(([k, v]) => latinLeft(v, cats.vi[k] ?? '', glossary.latin_allowed).map((w) => `${k}: ${w}`));
		expect(left).toEqual([]);
	});

	it.each(['ko', 'zh', 'ja'] as const)('%s uses the glossary term wherever the English uses the concept', (l) => {
		expect(glossaryMisses(cats.en, cats[l], l, glossary.terms)).toEqual([]);
	});
});

describe('catalogue checks', () => {
	it('reads parameters', () => {
		expect(params('{b} of {a}, {a}')).toEqual(['a', 'b']);
		expect(params('no parameters')).toEqual([]);
	});
	it('finds a missing key, an extra key and a renamed parameter', () => {
		expect(diffCatalogue({ a: '{n} x', b: 'y', c: 'z' }, { a: '{count} x', c: ' ', d: 'w' })).toEqual({ missing: ['b', 'c'], extra: ['d'], badParams: ['a'] });
	});
	it('flags English left in a translation but not names from the Vietnamese or allowed codes', () => {
		expect(latinLeft('Yên Bình 산업단지 Samsung', 'KCN Yên Bình', ['Samsung'])).toEqual([]);
		expect(latinLeft('Yen Binh 산업단지 Industrial', 'KCN Yên Bình', [])).toEqual(['Industrial']);
		expect(latinLeft('{count}곳', '', [])).toEqual([]);
	});
	it('flags a message that drifts from the glossary', () => {
		const t: GlossaryTerm[] = [{ id: 'kcn', match: 'industrial zones?', ko: '산업단지', zh: '工业园区', ja: '工業団地' }];
		expect(glossaryMisses({ a: 'Industrial zones', b: 'Roads' }, { a: '공업지구', b: '도로' }, 'ko', t)).toEqual(['kcn: a']);
	});
});
