/**
 * Accessibility probes for the journeys: axe-core's WCAG 2.1 A/AA rules (colour contrast included)
 * and whether the focused element shows a focus ring.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Serious and critical axe violations on the page as it is now, one line each (rule: targets). */
export async function axeProblems(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
}

/**
 * The focused element and whether a ring is drawn for it: its own outline, or its label's when the
 * control itself is visually hidden (the style-by radios draw the ring on the chip around them).
 */
export function focusRing(page: Page): Promise<{ what: string; ring: boolean }> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return { what: 'body', ring: false };
		const hidden = getComputedStyle(el).opacity === '0';
		const target = (hidden ? el.closest('label') : el) ?? el;
		const s = getComputedStyle(target);
		const what = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
		const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
		return { what, ring: outline || (s.boxShadow !== 'none' && s.boxShadow !== '') };
	});
}

/** WCAG 2.2 target size (2.5.8, 24×24 CSS px or enough spacing): axe's `target-size` rule, one line per control. */
export async function targetSizeProblems(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
	return violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}
