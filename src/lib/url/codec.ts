/**
 * The one owner of the URL. Each key has a parser that either accepts a value or falls back to
 * the default with a warning, and a serializer that omits defaults — so a bad shared link never
 * breaks the page and a default view has a bare URL.
 */
import { DISTRICTS, ID_RE, SECTORS, SITE_STATUSES } from '$lib/data/vocab';
import type { District, Sector, SiteStatus } from '$lib/data/types';
import { DEFAULT_LANG, LANGS, type Lang } from '$lib/i18n/locale';
import { LAND_MODES, type LandMode } from '$lib/geo/readiness';
import { MATCH_PARSERS, matchDefaults, serializeMatch, type MatchUrl } from './match-keys';

export const STYLE_BY = ['status', 'sector', 'district'] as const;
export type StyleBy = (typeof STYLE_BY)[number];
export const LAYER_FAMILIES = ['zones', 'clusters', 'expressways', 'roads', 'railways', 'places'] as const;
export type LayerFamily = (typeof LAYER_FAMILIES)[number];
export const KINDS = ['kcn', 'ccn'] as const;
export type SiteKind = (typeof KINDS)[number];

export const PHASES = ['y2023', 'today', 'plan2030'] as const;
/** Which moment the map shows: as the 2023 article reported it, the latest known status, or the 2030 plan. */
export type Phase = (typeof PHASES)[number];
export const UNIT_MODES = ['district', 'commune'] as const;
/** Style-by-district by the pre-2025 districts (the plan's units) or by the 2025 communes. */
export type UnitMode = (typeof UNIT_MODES)[number];

export const NEAR_KM = [1, 2, 5, 10, 15, 20] as const;
export const DEFAULT_KM = 5;

export interface Camera { zoom: number; lat: number; lon: number }

/** The matcher's keys (find, needHa, needSector, need, needIx, …) live in match-keys.ts. */
export interface UrlState extends MatchUrl {
	lang: Lang;
	sel: string | null;
	by: StyleBy;
	layers: LayerFamily[];
	hidden: string[];
	status: SiteStatus[];
	sector: Sector[];
	district: District[];
	kind: SiteKind[];
	minAvail: number | null;
	q: string;
	map: Camera | null;
	list: boolean;
	phase: Phase;
	/** The southern growth corridor highlight. */
	south: boolean;
	units: UnitMode;
	/** The distance, km, for "sites within N km of a corridor". */
	km: number;
	/** Presenter keys: the story scene shown, presenter mode, kiosk mode and its timings in seconds. */
	scene: string | null;
	present: boolean;
	kiosk: boolean;
	interval: number | null;
	idle: number | null;
	/** The compare tray: 2–4 site ids (a single id is kept, so a tray being built survives a reload). */
	cmp: string[];
	/** Straight-line km to the nearest expressway interchange, at most. */
	maxIx: number | null;
	/** Land filter: published as available, or not reported full. */
	land: LandMode | null;
}

/** Bounds of the kiosk timings (seconds): short enough for a test, long enough for a hall. */
export const KIOSK_INTERVAL = { min: 2, max: 600, default: 20 } as const;
export const KIOSK_IDLE = { min: 2, max: 3600, default: 60 } as const;

export const MAX_COMPARE = 4;

export function defaults(): UrlState {
	return {
		lang: DEFAULT_LANG, sel: null, by: 'status', layers: [...LAYER_FAMILIES], hidden: [], status: [], sector: [],
		district: [], kind: [], minAvail: null, q: '', map: null, list: false,
		phase: 'today', south: false, units: 'district', km: DEFAULT_KM,
		scene: null, present: false, kiosk: false, interval: null, idle: null, cmp: [], maxIx: null, land: null,
		...matchDefaults()
	};
}

const MAX_Q = 80;
const CLASS_RE = /^[a-z0-9_-]{1,40}$/;

function list<T extends string>(raw: string, allowed: readonly T[]): T[] | null {
	const parts = raw.split(',').filter(Boolean);
	if (parts.length > allowed.length || !parts.every((p) => (allowed as readonly string[]).includes(p))) return null;
	return [...new Set(parts)] as T[];
}

function seconds(b: { min: number; max: number }) {
	return (r: string): number | null => {
		if (!/^\d{1,4}$/.test(r)) return null;
		const n = Number(r);
		return n >= b.min && n <= b.max ? n : null;
	};
}

function camera(raw: string): Camera | null {
	const m = /^(\d{1,2}(?:\.\d{1,3})?)\/(-?\d{1,2}(?:\.\d{1,6})?)\/(-?\d{1,3}(?:\.\d{1,6})?)$/.exec(raw);
	if (!m) return null;
	const [zoom, lat, lon] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (zoom > 20 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return null;
	return { zoom, lat, lon };
}

type Parsers = { [K in keyof UrlState]: (raw: string) => UrlState[K] | null };
const PARSERS: Parsers = {
	lang: (r) => ((LANGS as readonly string[]).includes(r) ? (r as Lang) : null),
	sel: (r) => (r.length <= 60 && ID_RE.test(r) ? r : null),
	by: (r) => ((STYLE_BY as readonly string[]).includes(r) ? (r as StyleBy) : null),
	layers: (r) => (r === 'none' ? [] : list(r, LAYER_FAMILIES)),
	hidden: (r) => {
		const parts = r.split(',').filter(Boolean);
		return parts.length <= 30 && parts.every((p) => CLASS_RE.test(p)) ? [...new Set(parts)] : null;
	},
	status: (r) => list(r, SITE_STATUSES),
	sector: (r) => list(r, SECTORS),
	district: (r) => list(r, DISTRICTS),
	kind: (r) => list(r, KINDS),
	minAvail: (r) => {
		if (!/^\d{1,5}(\.\d{1,2})?$/.test(r)) return null;
		const n = Number(r);
		return n > 0 && n <= 10_000 ? n : null;
	},
	q: (r) => (r.length <= MAX_Q ? r.normalize('NFC') : null),
	map: camera,
	list: (r) => (r === '1' ? true : null),
	phase: (r) => ((PHASES as readonly string[]).includes(r) ? (r as Phase) : null),
	south: (r) => (r === '1' ? true : null),
	units: (r) => ((UNIT_MODES as readonly string[]).includes(r) ? (r as UnitMode) : null),
	km: (r) => ((NEAR_KM as readonly number[]).includes(Number(r)) && /^[1-9]\d?$/.test(r) ? Number(r) : null),
	scene: (r) => (r.length <= 40 && ID_RE.test(r) ? r : null),
	present: (r) => (r === '1' ? true : null),
	kiosk: (r) => (r === '1' ? true : null),
	interval: seconds(KIOSK_INTERVAL),
	idle: seconds(KIOSK_IDLE),
	cmp: (r) => {
		const ids = [...new Set(r.split(',').filter(Boolean))];
		return ids.length <= MAX_COMPARE && ids.every((id) => id.length <= 60 && ID_RE.test(id)) ? ids : null;
	},
	maxIx: (r) => {
		if (!/^\d{1,3}(\.\d)?$/.test(r)) return null;
		const n = Number(r);
		return n > 0 && n <= 500 ? n : null;
	},
	land: (r) => ((LAND_MODES as readonly string[]).includes(r) ? (r as LandMode) : null),
	...MATCH_PARSERS
};

export interface Parsed { state: UrlState; warnings: string[] }

export function parse(params: URLSearchParams): Parsed {
	const state = defaults();
	const warnings: string[] = [];
	for (const key of Object.keys(PARSERS) as (keyof UrlState)[]) {
		const raw = params.get(key);
		if (raw === null) continue;
		const value = PARSERS[key](raw);
		if (value === null) warnings.push(`${key}: ${JSON.stringify(raw.slice(0, 40))} is not valid; using the default`);
		else (state as unknown as Record<string, unknown>)[key] = value;
	}
	return { state, warnings };
}

function round(n: number, digits: number): string {
	return String(Number(n.toFixed(digits)));
}

export function serialize(state: UrlState): URLSearchParams {
	const d = defaults();
	const out = new URLSearchParams();
	const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
	if (state.lang !== d.lang) out.set('lang', state.lang);
	if (state.sel) out.set('sel', state.sel);
	if (state.by !== d.by) out.set('by', state.by);
	if (!same([...state.layers].sort(), [...d.layers].sort())) {
		out.set('layers', state.layers.length ? LAYER_FAMILIES.filter((l) => state.layers.includes(l)).join(',') : 'none');
	}
	for (const key of ['hidden', 'status', 'sector', 'district', 'kind'] as const) {
		if (state[key].length) out.set(key, [...state[key]].sort().join(','));
	}
	if (state.minAvail !== null) out.set('minAvail', String(state.minAvail));
	if (state.q.trim()) out.set('q', state.q.trim());
	if (state.map) out.set('map', `${round(state.map.zoom, 2)}/${round(state.map.lat, 5)}/${round(state.map.lon, 5)}`);
	if (state.list) out.set('list', '1');
	if (state.phase !== d.phase) out.set('phase', state.phase);
	if (state.south) out.set('south', '1');
	if (state.units !== d.units) out.set('units', state.units);
	if (state.km !== d.km) out.set('km', String(state.km));
	if (state.scene) out.set('scene', state.scene);
	if (state.present) out.set('present', '1');
	if (state.kiosk) out.set('kiosk', '1');
	if (state.interval !== null) out.set('interval', String(state.interval));
	if (state.idle !== null) out.set('idle', String(state.idle));
	if (state.cmp.length) out.set('cmp', state.cmp.join(','));
	if (state.maxIx !== null) out.set('maxIx', String(state.maxIx));
	if (state.land) out.set('land', state.land);
	serializeMatch(state, out);
	return out;
}
