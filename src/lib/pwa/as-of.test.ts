import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataAsOf } from './as-of';

describe('dataAsOf', () => {
	it('takes the latest date, a full date beating its own month', () => {
		expect(dataAsOf([{ as_of: '2024' }, { as_of: '2025-11' }, { as_of: '2025-11-22' }, { as_of: '2023-07-02' }])).toBe('2025-11-22');
		expect(dataAsOf([])).toBeNull();
	});

	it('is a date that province.json really holds', () => {
		const { figures } = JSON.parse(readFileSync('geodata/province.json', 'utf8')) as { figures: { as_of: string }[] };
		const d = dataAsOf(figures);
		expect(d).toMatch(/^\d{4}(-\d{2}){0,2}$/);
		expect(figures.some((f) => f.as_of === d)).toBe(true);
	});
});
