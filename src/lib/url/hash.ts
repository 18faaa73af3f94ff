/**
 * The address fragment, guarded. SvelteKit's router percent-decodes `location.hash` when the app
 * starts (to scroll to an anchor) and throws `URIError: URI malformed` on a fragment like `#%` or
 * `#%E0%A4%A`, which ends the page. The app keeps no state in the fragment, so an undecodable one is
 * dropped before the router starts (src/hooks.client.ts) and the page says so with the usual
 * notice about an ignored link value.
 */

/** A fragment percent-decoded, or null when it cannot be. */
export function decodeHash(hash: string): string | null {
	try {
		return decodeURIComponent(hash);
	} catch {
		return null;
	}
}

/**
 * Whether a fragment (with or without its `#`) cannot be percent-decoded. The decoded value is used,
 * not thrown away: the minifier removes a bare `decodeURIComponent(x);` as free of side effects.
 */
export function undecodable(hash: string): boolean {
	return decodeHash(hash) === null;
}

let dropped: string | null = null;

/**
 * Drops an undecodable fragment from the address. Runs once, from the client `init` hook, before the
 * router has read the address: that is why it writes `history` directly rather than through
 * SvelteKit (whose `replaceState` is not available before the router starts).
 */
export function dropMalformedHash(): void {
	if (typeof location === 'undefined' || !undecodable(location.hash)) return;
	dropped = location.hash;
	history.replaceState(history.state, '', location.pathname + location.search);
}

/** The link warning for a dropped fragment, or null (read once by the page that shows notices). */
export function hashWarning(): string | null {
	return dropped === null ? null : `hash: ${JSON.stringify(dropped.slice(0, 40))} cannot be decoded; ignored`;
}
