/**
 * "Find land for my project": whether the panel is open, the project's needs, and — once the
 * matcher has loaded with the panel — the ranked sites and the shortlist the map keeps bright.
 */
import type { Site } from '$lib/data/types';
import type { DistancesFile } from '$lib/geo/distances-file';
import { noNeeds, type Needs } from '$lib/geo/needs';
import { needsFromUrl, needsToUrl, type MatchUrl } from '$lib/url/match-keys';

type Engine = typeof import('$lib/geo/match');
interface Source { sites: Site[]; distances: DistancesFile | null }

export class Finder {
	open = $state(false);
	needs = $state.raw<Needs>(noNeeds());
	/** The matcher module, set by the panel when it loads (keeps it out of the first chunk). */
	engine = $state.raw<Engine | null>(null);
	readonly #src: () => Source;

	constructor(src: () => Source) {
		this.#src = src;
	}

	/** Every site that is not removed, marked and ranked; null while closed or not loaded. */
	ranked = $derived.by(() => {
		if (!this.open || !this.engine) return null;
		const { sites, distances } = this.#src();
		return this.engine.matchSites(sites, this.needs, distances);
	});
	shortlist = $derived(this.ranked && this.engine ? this.engine.shortlist(this.ranked) : null);
	/** Ids the map keeps bright (the rest dims); null when the panel is closed or nothing is asked. */
	focus: string[] | null = $derived(
		this.shortlist && this.engine && !this.engine.isEmpty(this.needs) ? this.shortlist.map((r) => r.site.properties.id) : null
	);

	fromUrl(u: MatchUrl): void {
		this.open = u.find;
		this.needs = needsFromUrl(u);
	}

	toUrl(): MatchUrl {
		return needsToUrl(this.needs, this.open);
	}
}
