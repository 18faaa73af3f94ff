import { describe, expect, it } from 'vitest';
import { formatHa, formatIsoDate, formatKm, formatMoney, formatPct } from './format';

describe('formatting per locale through Intl', () => {
	it('writes areas and distances with each language\'s separators and units', () => {
		expect(formatHa('vi', 4245.5)).toBe('4.245,5 ha');
		expect(formatHa('en', 4245.5)).toBe('4,245.5 ha');
		expect(formatHa('ko', 4245.5)).toBe('4,245.5ha');
		expect(formatHa('zh', 4245.5)).toBe('4,245.5公顷');
		expect(formatHa('ja', 4245.5)).toBe('4,245.5 ha');
		expect(formatKm('zh', 12.34)).toBe('12.3公里');
		expect(formatKm('vi', 12.34)).toBe('12,3 km');
	});

	it('writes money compactly in each language\'s own large-number words', () => {
		// Intl puts a no-break space after the currency code.
		const money = (...a: Parameters<typeof formatMoney>) => formatMoney(...a).replace(/\u00a0/g, ' ');
		expect(money('en', 7.5e9, 'USD')).toBe('USD 7.5B');
		expect(money('ko', 7.5e9, 'USD')).toBe('USD 75억');
		expect(money('zh', 7.5e9, 'USD')).toBe('USD 75亿');
		expect(money('ja', 6.65e12, 'VND')).toBe('VND 6.65兆');
	});

	it('writes percentages and partial dates without inventing the missing parts', () => {
		expect(formatPct('ko', 72)).toBe('72%');
		expect(formatIsoDate('ko', '2025-03')).toBe('2025년 3월');
		expect(formatIsoDate('zh', '2025-03-10')).toBe('2025年3月10日');
		expect(formatIsoDate('ja', '2025')).toBe('2025');
	});
});
