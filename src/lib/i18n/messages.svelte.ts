/**
 * The interface's messages, one catalogue per language (Paraglide's `locale-modules` output). Vietnamese,
 * the base and the prerendered language, is bundled; every other catalogue is its own chunk, fetched the
 * first time the language is asked for. `m.key(params, { locale })` keeps Paraglide's call shape.
 *
 * A language asked for before its catalogue has arrived reads Vietnamese (what the prerendered page
 * shows: never blank) and the expression re-runs once the catalogue is in. A new locale needs only its
 * messages/xx.json and an entry in project.inlang: the glob below finds the compiled module.
 */
import * as vi from '$lib/paraglide/messages/vi.js';
import type * as All from '$lib/paraglide/messages/_index.js';

type Catalogue = Record<string, (inputs?: unknown) => string>;
export type Messages = typeof All;

const BASE = 'vi';
const modulePath = (locale: string) => `../paraglide/messages/${locale}.js`;
// Lazy by default: each matched module becomes its own chunk, loaded by the function.
const LOADERS: Record<string, () => Promise<Catalogue>> = import.meta.glob<Catalogue>([
	'../paraglide/messages/*.js',
	'!../paraglide/messages/_index.js',
	'!../paraglide/messages/vi.js'
]);

const loaded = new Map<string, Catalogue>([[BASE, vi as unknown as Catalogue]]);
const pending = new Map<string, Promise<void>>();
/** Languages whose fetch failed: rendering does not retry them on every expression; `loadLocale` does. */
const failed = new Set<string>();
let current = BASE;

// Expressions that fell back to Vietnamese read this; a catalogue's arrival bumps it and re-runs them.
// Only the fallback reads it, so a loaded language costs no extra dependency per message.
let arrivals = $state(0);

export const hasLocale = (locale: string): boolean => locale === BASE || modulePath(locale) in LOADERS;
export const isLoaded = (locale: string): boolean => loaded.has(locale);

/**
 * The languages whose catalogue is in. Reactive: code that prepares text in every language at once (the
 * map's label properties) reads it, asks only for these, and re-runs when another one arrives.
 */
export function loadedLocales(): string[] {
	void arrivals;
	return [...loaded.keys()];
}

/** Fetches a language's catalogue once (concurrent calls share the request; a failed one may be retried). */
export function loadLocale(locale: string): Promise<void> {
	if (loaded.has(locale)) return Promise.resolve();
	const loader = LOADERS[modulePath(locale)];
	if (!loader) return Promise.reject(new Error(`i18n: no message catalogue for locale "${locale}"`));
	let p = pending.get(locale);
	if (!p) {
		failed.delete(locale);
		p = loader()
			.then((mod) => { loaded.set(locale, mod); arrivals++; })
			.catch((e: unknown) => {
				failed.add(locale);
				throw new Error(`i18n: the "${locale}" catalogue did not load (${e instanceof Error ? e.message : String(e)})`);
			})
			.finally(() => pending.delete(locale));
		pending.set(locale, p);
	}
	return p;
}

/** The language of calls that name none (Paraglide's `setLocale`); loads its catalogue. */
export function setCurrentLocale(locale: string): Promise<void> {
	current = locale;
	return loadLocale(locale);
}

function message(key: string) {
	return (inputs?: unknown, options?: { locale?: string }): string => {
		const locale = options?.locale ?? current;
		const cat = loaded.get(locale);
		if (cat) return cat[key]!(inputs);
		if (!hasLocale(locale)) throw new Error(`i18n: no message catalogue for locale "${locale}" (message "${key}")`);
		void arrivals;
		if (!pending.has(locale) && !failed.has(locale)) loadLocale(locale).catch((e: Error) => console.warn(`${e.message}; showing Vietnamese`));
		return (vi as unknown as Catalogue)[key]!(inputs);
	};
}

/** Every message key, from the base catalogue (the other languages fall back to it per key). */
export const m = Object.fromEntries(Object.keys(vi).map((k) => [k, message(k)])) as unknown as Messages;
