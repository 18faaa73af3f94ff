/**
 * The app's state: data, view choices, filters and selection. Everything visible is derived from
 * it; the URL mirrors it through the codec; it never reads the DOM.
 */
import type { AnyFeature, GeoData, Site } from '$lib/data/types';
import { aggregate, type Totals } from '$lib/geo/aggregate';
import { inSouth } from '$lib/geo/corridor';
import { classTotals, siteMatches } from '$lib/geo/filter';
import { inPhase } from '$lib/geo/phase';
import type { DistancesFile } from '$lib/geo/distances-file';
import { DEFAULT_LANG, type Lang } from '$lib/i18n/locale';
import { siteBounds } from '$lib/map/view';
import { classesFor, classOf, schemeOf, type ClassDef, type Scheme } from '$lib/map/palette';
import {
	DEFAULT_KM, defaults, LAYER_FAMILIES, MAX_COMPARE, type Camera, type LayerFamily, type Phase, type StyleBy, type UnitMode,
	type UrlState
} from '$lib/url/codec';
import { Filters } from './filters.svelte';
import { Finder } from './finder.svelte';

const EMPTY: GeoData = { zones: [], clusters: [], corridors: [], places: [], province: [], sources: {} };

export class AppState {
	data = $state.raw<GeoData>(EMPTY);
	failed = $state.raw<string[]>([]);
	loaded = $state(false);
	warnings = $state.raw<string[]>([]);
	/** Data files still on their way (the loading indicator names them); empty once all have settled. */
	pending = $state.raw<string[]>([]);

	lang = $state<Lang>(DEFAULT_LANG);
	by = $state<StyleBy>('status');
	layers = $state.raw<LayerFamily[]>([...LAYER_FAMILIES]);
	hidden = $state.raw<string[]>([]);
	sel = $state<string | null>(null);
	camera = $state.raw<Camera | null>(null);
	list = $state(false);
	phase = $state<Phase>('today');
	south = $state(false);
	units = $state<UnitMode>('district');
	km = $state(DEFAULT_KM);
	/** The optional online street basemap, and whether it failed to load. */
	basemap = $state(false);
	basemapFailed = $state(false);
	/** Ids of the sites inside the map's current bounds (set by the map owner). */
	inView = $state.raw<Set<string> | null>(null);
	/** Bounds a control asks the map to frame once (west, south, east, north); the map owner clears it. */
	frameTo = $state.raw<[number, number, number, number] | null>(null);
	/** Label size factor (the projector layout enlarges the map's labels). */
	textScale = $state(1);
	readonly filters = new Filters();
	/** Straight-line distances per site (derived at build time); null until loaded or when the file failed. */
	distances = $state.raw<DistancesFile | null>(null);
	/** The compare tray: site ids in the order they were added (at most MAX_COMPARE). */
	cmp = $state.raw<string[]>([]);
	/** "Find land for my project": needs, panel, shortlist. */
	readonly finder = new Finder(() => ({ sites: this.sites, distances: this.distances }));

	sites: Site[] = $derived([...this.data.zones, ...this.data.clusters]);
	byId: Map<string, AnyFeature> = $derived(
		new Map([...this.sites, ...this.data.corridors, ...this.data.places].map((f) => [f.properties.id, f as AnyFeature]))
	);
	/** The colour scheme: style-by, read through the plan phase and the administrative units. */
	scheme: Scheme = $derived(schemeOf(this.by, this.phase, this.units));
	classes: ClassDef[] = $derived(classesFor(this.scheme, this.sites));
	/** The sites the plan phase shows (2023: the set the article counted). */
	phaseSites: Site[] = $derived(this.sites.filter((s) => inPhase(s.properties, this.phase)));
	matching: Site[] = $derived(
		this.phaseSites.filter((s) => siteMatches(s.properties, this.filters.spec, this.distances?.sites[s.properties.id]))
	);
	visible: Site[] = $derived(this.matching.filter((s) => !this.hidden.includes(classOf(s.properties, this.scheme))));
	visibleIds: string[] = $derived(this.visible.map((s) => s.properties.id));
	legendTotals = $derived(classTotals(this.matching, this.scheme));
	/** The southern corridor's sites (by pre-2025 district), whether or not the highlight is on. */
	southSites: Site[] = $derived(this.sites.filter(inSouth));
	/** Ids the map keeps bright: the finder's shortlist, else the southern corridor while highlighted, else null (nothing dimmed). */
	focus: string[] | null = $derived(this.finder.focus ?? (this.south ? this.southSites.map((s) => s.properties.id) : null));
	/** What the map shows, split into the corridor and the rest of the province (one pass). */
	private visibleSplit = $derived.by(() => {
		const south: Site[] = [], rest: Site[] = [];
		for (const s of this.visible) (inSouth(s) ? south : rest).push(s);
		return { south, rest };
	});
	/** Totals of the corridor and of the rest of the province, in the phase, over what the map shows. */
	southTotals: Totals = $derived(aggregate(this.visibleSplit.south, this.phase));
	restTotals: Totals = $derived(aggregate(this.visibleSplit.rest, this.phase));
	selected: AnyFeature | null = $derived(this.sel ? (this.byId.get(this.sel) ?? null) : null);

	/** One data file has settled: show what has arrived so far; `loaded` waits for the last file. */
	fileArrived(file: string, sofar: { data: GeoData; failed: string[]; distances: DistancesFile | null }): void {
		this.data = sofar.data;
		this.failed = sofar.failed;
		this.distances = sofar.distances;
		this.pending = this.pending.filter((f) => f !== file);
	}

	setData(data: GeoData, failed: string[]): void {
		this.data = data;
		this.failed = failed;
		this.pending = [];
		this.loaded = true;
		if (this.sel && !this.byId.has(this.sel)) {
			this.warnings = [...this.warnings, `sel: ${this.sel} is not a feature id; nothing selected`];
			this.sel = null;
		}
		const siteIds = new Set(this.sites.map((s) => s.properties.id));
		const unknown = !siteIds.size ? [] : this.cmp.filter((id) => !siteIds.has(id));
		if (unknown.length) {
			this.warnings = [...this.warnings, `cmp: ${unknown.join(', ')} not a zone or cluster id; dropped from the comparison`];
			this.cmp = this.cmp.filter((id) => !unknown.includes(id));
		}
	}

	/** Adds a site to the compare tray, or takes it out; a full tray takes nothing more. */
	toggleCompare(id: string): void {
		if (this.cmp.includes(id)) this.cmp = this.cmp.filter((x) => x !== id);
		else if (this.cmp.length < MAX_COMPARE) this.cmp = [...this.cmp, id];
	}

	setStyleBy(by: StyleBy): void {
		if (by === this.by) return;
		this.by = by;
		this.hidden = []; // classes belong to one scheme
	}

	setPhase(phase: Phase): void {
		if (phase === this.phase) return;
		this.phase = phase;
		if (this.by === 'status') this.hidden = [];
	}

	/** Switch the southern corridor highlight; switching it on frames the corridor's sites. */
	setSouth(on: boolean): void {
		this.south = on;
		if (on) this.frameTo = siteBounds(this.southSites);
	}

	setUnits(units: UnitMode): void {
		if (units === this.units) return;
		this.units = units;
		if (this.by === 'district') this.hidden = [];
	}

	toggleClass(cls: string): void {
		this.hidden = this.hidden.includes(cls) ? this.hidden.filter((c) => c !== cls) : [...this.hidden, cls];
	}

	toggleLayer(l: LayerFamily): void {
		this.layers = this.layers.includes(l) ? this.layers.filter((x) => x !== l) : [...this.layers, l];
	}

	fromUrl(u: UrlState): void {
		this.lang = u.lang; this.by = u.by; this.layers = u.layers; this.hidden = u.hidden; this.sel = u.sel;
		this.camera = u.map; this.list = u.list;
		this.phase = u.phase; this.south = u.south; this.units = u.units; this.km = u.km; this.cmp = u.cmp;
		this.filters.set({ status: u.status, sector: u.sector, district: u.district, kind: u.kind, minAvail: u.minAvail, q: u.q, maxIx: u.maxIx, land: u.land });
		this.finder.fromUrl(u);
	}

	toUrl(): UrlState {
		const f = this.filters;
		return {
			...defaults(), lang: this.lang, by: this.by, layers: this.layers, hidden: this.hidden, sel: this.sel,
			map: this.camera, list: this.list, status: f.status, sector: f.sector, district: f.district, kind: f.kind,
			minAvail: f.minAvail, q: f.q, phase: this.phase, south: this.south, units: this.units, km: this.km,
			cmp: this.cmp, maxIx: f.maxIx, land: f.land, ...this.finder.toUrl()
		};
	}
}
