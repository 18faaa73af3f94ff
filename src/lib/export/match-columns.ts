/**
 * The finder's results as extra export columns (after the usual ones, README "Export format"):
 * `match_rank`, `match_result` (all_met / may_fit / ruled_out), `match_needs` (the criteria, as in
 * the URL), `match_rank_km` (the straight-line km the ranking used, named in `match_rank_by`), and
 * for each asked need `match_<need>` (met / not_met / possibly / unknown) with `_value`, `_as_of`,
 * `_source` — plus `match_land_basis` (available / area_minus_leased / occupancy / none).
 */
import type { Site } from '$lib/data/types';
import { activeCriteria, rankTarget, type Needs, type SiteMatch } from '$lib/geo/match';
import { needsToUrl, serializeMatch } from '$lib/url/match-keys';
import type { Cell, SiteRecord } from './record';

export interface ExtraColumns { columns: string[]; row: (site: Site) => SiteRecord }

export function matchColumns(ranked: SiteMatch[], needs: Needs): ExtraColumns {
	const asked = activeCriteria(needs);
	const columns = ['match_rank', 'match_result', 'match_needs', 'match_rank_by', 'match_rank_km'];
	for (const k of asked) {
		columns.push(`match_${k}`, `match_${k}_value`, `match_${k}_as_of`, `match_${k}_source`);
		if (k === 'land') columns.push('match_land_basis');
	}
	const q = new URLSearchParams();
	serializeMatch(needsToUrl(needs, false), q);
	const needsText = decodeURIComponent(q.toString()) || null;
	const by = `straight_km_${rankTarget(needs)}`;
	const index = new Map(ranked.map((r, i) => [r.site.properties.id, { r, rank: i + 1 }]));
	return {
		columns,
		row(site) {
			const hit = index.get(site.properties.id);
			const out: SiteRecord = Object.fromEntries(columns.map((c) => [c, null as Cell]));
			if (!hit) return out;
			const { r, rank } = hit;
			Object.assign(out, {
				match_rank: rank, match_result: r.metAll ? 'all_met' : r.notMet ? 'ruled_out' : 'may_fit', match_needs: needsText,
				match_rank_by: by, match_rank_km: r.rankKm
			});
			for (const c of r.checks) {
				out[`match_${c.key}`] = c.mark;
				out[`match_${c.key}_value`] = Array.isArray(c.value) ? c.value.join('; ') : typeof c.value === 'boolean' ? (c.value ? 'yes' : 'no') : c.value;
				out[`match_${c.key}_as_of`] = c.as_of;
				out[`match_${c.key}_source`] = c.source;
				if (c.basis) out.match_land_basis = c.basis;
			}
			return out;
		}
	};
}
