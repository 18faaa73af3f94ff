import { describe, expect, it } from 'vitest';
import { defaults, parse, serialize } from './codec';

describe('url codec', () => {
	it('writes nothing for the default view', () => {
		expect(serialize(defaults()).toString()).toBe('');
	});

	it('round-trips a full view', () => {
		const s = { ...defaults(), lang: 'en' as const, sel: 'kcn-yen-binh', by: 'sector' as const, layers: ['zones' as const, 'railways' as const],
			hidden: ['electronics'], status: ['operating' as const], sector: ['it' as const], district: ['tp-pho-yen' as const], kind: ['kcn' as const],
			minAvail: 10, q: 'yên bình', map: { zoom: 11.5, lat: 21.43, lon: 105.9 }, list: true,
			phase: 'plan2030' as const, south: true, units: 'commune' as const, km: 10 };
		const back = parse(serialize(s));
		expect(back.warnings).toEqual([]);
		expect(back.state).toEqual(s);
	});

	it('round-trips the presenter keys and rejects bad ones', () => {
		const s = { ...defaults(), scene: 'yen-binh', present: true, kiosk: true, interval: 30, idle: 120 };
		expect(parse(serialize(s)).state).toEqual(s);
		const bad = parse(new URLSearchParams('scene=<b>x</b>&present=yes&interval=1&idle=99999'));
		expect(bad.state).toEqual(defaults());
		expect(bad.warnings.map((w) => w.split(':')[0]).sort()).toEqual(['idle', 'interval', 'present', 'scene']);
	});

	it('keeps "all layers hidden" distinct from the default', () => {
		const s = { ...defaults(), layers: [] };
		expect(serialize(s).get('layers')).toBe('none');
		expect(parse(serialize(s)).state.layers).toEqual([]);
	});

	it.each([
		['lang=fr', 'lang'], ['by=colour', 'by'], ['sel=<img src=x>', 'sel'], ['status=booming', 'status'], ['sector=electronics,rockets', 'sector'],
		['minAvail=-5', 'minAvail'], ['minAvail=1e9', 'minAvail'], ['map=99/1/1', 'map'], ['map=10/91/100', 'map'], ['map=abc', 'map'],
		['layers=zones,moon', 'layers'], ['hidden=a%20b', 'hidden'], ['list=yes', 'list'], [`q=${'x'.repeat(200)}`, 'q'],
		['phase=2040', 'phase'], ['south=true', 'south'], ['units=wards', 'units'], ['km=7', 'km'], ['km=05', 'km'], ['km=1e1', 'km'],
		['cmp=a,b,c,d,e', 'cmp'], ['cmp=kcn-yen-binh,<b>', 'cmp'], ['maxIx=0', 'maxIx'], ['maxIx=-3', 'maxIx'], ['maxIx=ten', 'maxIx'], ['land=maybe', 'land']
	])('falls back to the default for %s with a warning', (query, key) => {
		const r = parse(new URLSearchParams(query));
		expect(r.state[key as keyof typeof r.state]).toEqual(defaults()[key as keyof ReturnType<typeof defaults>]);
		expect(r.warnings.some((w) => w.startsWith(`${key}:`))).toBe(true);
	});

	it.each(['ko', 'zh', 'ja'] as const)('keeps lang=%s through a round trip; Chinese is the plain zh tag', (lang) => {
		expect(parse(new URLSearchParams(`lang=${lang}`)).state.lang).toBe(lang);
		expect(serialize({ ...defaults(), lang }).toString()).toBe(`lang=${lang}`);
		expect(parse(new URLSearchParams('lang=zh-CN')).warnings).toHaveLength(1);
	});

	it('keeps the valid keys of a partly bad link', () => {
		const r = parse(new URLSearchParams('lang=en&by=nonsense&sel=kcn-diem-thuy'));
		expect(r.state.lang).toBe('en');
		expect(r.state.by).toBe('status');
		expect(r.state.sel).toBe('kcn-diem-thuy');
	});

	it('round-trips the compare tray in the order it was built, and the investor filters', () => {
		const s = { ...defaults(), cmp: ['kcn-yen-binh', 'kcn-diem-thuy', 'ccn-ha-chau-1'], maxIx: 15, land: 'open' as const };
		const q = serialize(s);
		expect(q.toString()).toBe('cmp=kcn-yen-binh%2Ckcn-diem-thuy%2Cccn-ha-chau-1&maxIx=15&land=open');
		expect(parse(q)).toEqual({ state: s, warnings: [] });
	});

	it('drops a repeated id from the tray rather than the whole tray', () => {
		expect(parse(new URLSearchParams('cmp=kcn-yen-binh,kcn-yen-binh,kcn-diem-thuy')).state.cmp).toEqual(['kcn-yen-binh', 'kcn-diem-thuy']);
	});
});
