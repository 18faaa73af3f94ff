import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasLocale, isLoaded, loadLocale, m } from './messages.svelte';

const json = (l: string) => JSON.parse(readFileSync(`messages/${l}.json`, 'utf8')) as Record<string, unknown>;
const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as { baseLocale: string; locales: string[] };
/** Messages without parameters or variants: their compiled text is the catalogue's string. */
const plain = (cat: Record<string, unknown>) =>
	Object.entries(cat).filter((e): e is [string, string] => e[0] !== '$schema' && typeof e[1] === 'string' && !/[{}]/.test(e[1]));
const call = (key: string, locale: string) => (m as unknown as Record<string, (i: object, o: object) => string>)[key]!({}, { locale });

// The re-render on a catalogue's arrival needs Svelte's client runtime: tests/e2e/i18n.spec.ts covers it.
describe('per-locale message catalogues', () => {
	const vi = json('vi');

	it('has a catalogue for every locale of project.inlang, and Vietnamese without loading', () => {
		for (const l of settings.locales) expect(hasLocale(l), l).toBe(true);
		expect(settings.baseLocale).toBe('vi');
		expect(isLoaded('vi')).toBe(true);
		expect(call('app_title', 'vi')).toBe(vi.app_title);
	});

	it('shows Vietnamese until a language has loaded, then only that language for the keys it has', async () => {
		expect(isLoaded('ko')).toBe(false);
		expect(call('app_title', 'ko')).toBe(vi.app_title);
		await loadLocale('ko');
		expect(isLoaded('ko')).toBe(true);
		const ko = plain(json('ko'));
		expect(ko.length).toBeGreaterThan(100);
		for (const [k, text] of ko) expect(call(k, 'ko'), k).toBe(text);
		await loadLocale('en');
		for (const [k, text] of plain(json('en'))) expect(call(k, 'en'), k).toBe(text);
	});

	it('fetches a catalogue once, however many ask for it at the same time', async () => {
		const a = loadLocale('ja');
		const b = loadLocale('ja');
		expect(b).toBe(a);
		await a;
		const jaTitle = json('ja').app_title;
		expect(call('app_title', 'ja')).toBe(jaTitle);
	});

	it('names an unknown locale instead of guessing', async () => {
		expect(hasLocale('xx')).toBe(false);
		expect(() => call('app_title', 'xx')).toThrow(/no message catalogue for locale "xx"/);
		await expect(loadLocale('xx')).rejects.toThrow(/"xx"/);
	});
});

describe('the first view loads one catalogue', () => {
	it('no module imports Paraglide’s all-locale messages except this dispatcher (types aside)', async () => {
		const { readdirSync, statSync } = await import('node:fs');
		const { join } = await import('node:path');
		const files: string[] = [];
		const walk = (d: string) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) { if (f !== 'paraglide') walk(p); } else if (/\.(ts|svelte)$/.test(f)) files.push(p); } };
		walk('src');
		const offenders = files.filter((f) => !f.endsWith('messages.svelte.ts') && /^\s*import\s+(?!type\b)[^;]*paraglide\/(messages|runtime)/m.test(readFileSync(f, 'utf8')));
		expect(offenders).toEqual([]);
	});
});
