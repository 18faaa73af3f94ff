import { describe, expect, it } from 'vitest';
import { countsInTotals, inPhase, phaseStatus, planClass } from './phase';
import { fig, site } from './test-sites';

const kept = site('kcn-kept', { counted_2023: true, status_2023: fig('operating'), plan_2030: true });
const added = site('kcn-added', { counted_2023: false, status: fig('established'), plan_2030: true });
const removed = site('kcn-removed', { counted_2023: false, status_2023: fig('removed'), status: fig('removed'), plan_2030: false });
const outside = site('kcn-bk', { former_bac_kan: true, plan_2030: false, district: 'bk-cho-moi' });
const unknown = site('ccn-unknown', { kind: 'ccn', counted_2023: true, plan_2030: null, status: fig('planned') });
const dropped = site('ccn-dropped', { kind: 'ccn', status: null, evidence: 'removed_2021', plan_2030: false });

describe('plan phases', () => {
	it('2023 shows only the set the article counted, with the status it reported', () => {
		expect([kept, added, removed, unknown].filter((s) => inPhase(s.properties, 'y2023')).map((s) => s.properties.id))
			.toEqual(['kcn-kept', 'ccn-unknown']);
		expect(phaseStatus(kept.properties, 'y2023')).toBe('operating');
		// The article gave no status for this one: not published, not its later status.
		expect(phaseStatus(unknown.properties, 'y2023')).toBe('none');
	});
	it('today shows everything with its latest status', () => {
		expect(inPhase(added.properties, 'today')).toBe(true);
		expect(phaseStatus(added.properties, 'today')).toBe('established');
	});
	it('the 2030 plan classes sites as kept, added, removed, outside or not published', () => {
		expect([kept, added, removed, outside, unknown, dropped].map((s) => planClass(s.properties)))
			.toEqual(['plan_kept', 'plan_added', 'removed', 'plan_outside', 'none', 'removed']);
		expect(phaseStatus(added.properties, 'plan2030')).toBe('plan_added');
	});
	it('removed land never counts, and the plan counts only its own sites', () => {
		expect(countsInTotals(removed.properties, 'today')).toBe(false);
		expect(countsInTotals(dropped.properties, 'today')).toBe(false);
		expect(countsInTotals(unknown.properties, 'plan2030')).toBe(false);
		expect(countsInTotals(outside.properties, 'plan2030')).toBe(false);
		expect(countsInTotals(added.properties, 'plan2030')).toBe(true);
		expect(countsInTotals(added.properties, 'y2023')).toBe(false);
	});
});
