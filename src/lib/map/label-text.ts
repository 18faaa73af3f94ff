/**
 * Text for map labels. MapLibre draws labels from its own glyph set, which has no emoji: a name
 * with one rendered an empty box. Labels drop emoji (with their joiners, variation selectors,
 * skin tones, keycaps, flags and tag sequences); the panel, list, brief and exports keep the name
 * exactly as the data has it.
 */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}\u200D\uFE0E\uFE0F\u20E3\u{E0020}-\u{E007F}]/gu;

export function mapLabel(name: string | null | undefined): string {
	if (!name) return '';
	return name.replace(EMOJI, '').replace(/\s{2,}/g, ' ').trim();
}
