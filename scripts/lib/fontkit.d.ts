/** fontkit 2 ships no types; the glyph build uses this much of it. */
declare module 'fontkit' {
	export interface Glyph { id: number; advanceWidth: number; path: { commands: { command: string; args: number[] }[] } }
	export interface Font { unitsPerEm: number; glyphForCodePoint(cp: number): Glyph }
	export function create(buffer: Uint8Array): Font;
}
