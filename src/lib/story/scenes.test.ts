import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaults, parse, serialize } from '$lib/url/codec';
import { keyAction } from './keys';
import { ATTRACTOR, SCENES } from './scenes';

const vi = JSON.parse(readFileSync('messages/vi.json', 'utf8')) as Record<string, string>;
const en = JSON.parse(readFileSync('messages/en.json', 'utf8')) as Record<string, string>;
const zones = JSON.parse(readFileSync('geodata/zones.geojson', 'utf8')) as { features: { properties: { id: string } }[] };

describe('the tour', () => {
	it('has unique, URL-safe scene ids and an attractor among them', () => {
		const ids = SCENES.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(parse(new URLSearchParams({ scene: id })).state.scene).toBe(id);
		expect(ids).toContain(ATTRACTOR);
	});

	it('has every title and caption in Vietnamese and English, as NFC plain text', () => {
		for (const s of SCENES) {
			for (const key of [s.title, s.caption]) {
				for (const cat of [vi, en]) {
					const text = cat[key];
					expect(text, key).toBeTruthy();
					expect(text!.normalize('NFC')).toBe(text);
					expect(text).not.toMatch(/<[a-z/]/i);
				}
			}
		}
	});

	it('round-trips every scene’s state through the URL codec', () => {
		for (const s of SCENES) {
			const state = { ...defaults(), ...s.state, scene: s.id };
			const back = parse(serialize(state));
			expect(back.warnings, s.id).toEqual([]);
			expect(back.state, s.id).toEqual(state);
		}
	});

	it('selects only features that exist', () => {
		const ids = new Set(zones.features.map((f) => f.properties.id));
		for (const s of SCENES) if (s.state.sel) expect(ids.has(s.state.sel), s.state.sel).toBe(true);
	});
});

describe('presenter keys', () => {
	const k = (key: string, extra = {}) => keyAction({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...extra });
	it('maps what a clicker sends', () => {
		expect(['ArrowRight', 'PageDown', ' '].map((x) => k(x))).toEqual(['next', 'next', 'next']);
		expect(['ArrowLeft', 'PageUp'].map((x) => k(x))).toEqual(['prev', 'prev']);
		expect(k(' ', { shiftKey: true })).toBe('prev');
		expect([k('Home'), k('End'), k('Escape')]).toEqual(['first', 'last', 'exit']);
		expect(k('ArrowRight', { ctrlKey: true })).toBeNull();
		expect(k('a')).toBeNull();
	});
});
