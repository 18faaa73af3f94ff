/** What a key does in presenter mode: the keys a presentation clicker sends, plus Home/End. */
export type StoryAction = 'next' | 'prev' | 'first' | 'last' | 'exit';

export function keyAction(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): StoryAction | null {
	if (e.altKey || e.ctrlKey || e.metaKey) return null;
	switch (e.key) {
		case 'ArrowRight': case 'PageDown': return 'next';
		case ' ': return e.shiftKey ? 'prev' : 'next';
		case 'ArrowLeft': case 'PageUp': return 'prev';
		case 'Home': return 'first';
		case 'End': return 'last';
		case 'Escape': return 'exit';
		default: return null;
	}
}

/** Typing in a field keeps its keys (the search box, a select). */
export function isTyping(target: EventTarget | null): boolean {
	const el = target as HTMLElement | null;
	if (!el || !el.tagName) return false;
	return ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || el.isContentEditable;
}
