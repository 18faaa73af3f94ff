import { describe, expect, it } from 'vitest';
import { fold, matches } from './fold';

describe('fold', () => {
	it('drops Vietnamese diacritics, đ and case', () => {
		expect(fold('KCN Điềm Thụy')).toBe('kcn diem thuy');
		expect(fold('Phổ Yên')).toBe('pho yen');
		expect(fold('Võ Nhai')).toBe('vo nhai');
	});
	it('treats decomposed (NFD) input like composed', () => {
		expect(fold('Yên Bình'.normalize('NFD'))).toBe(fold('Yên Bình'));
	});
});

describe('matches', () => {
	it('finds "Yên Bình" from "yen binh" and from English names', () => {
		expect(matches('KCN Yên Bình Yen Binh Industrial Park', 'yen binh')).toBe(true);
		expect(matches('KCN Yên Bình Yen Binh Industrial Park', 'industrial yen')).toBe(true);
	});
	it('matches word starts, not the middle of words', () => {
		expect(matches('KCN Sông Công I', 'ong')).toBe(false);
		expect(matches('KCN Sông Công I', 'song c')).toBe(true);
	});
	it('does not match a different place', () => {
		expect(matches('KCN Điềm Thụy', 'yen binh')).toBe(false);
	});
});
