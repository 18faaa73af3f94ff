import type { ClientInit } from '@sveltejs/kit';
import { dropMalformedHash } from '$lib/url/hash';

/** Runs before SvelteKit's router reads the address: a malformed `#%…` fragment would make it throw. */
export const init: ClientInit = () => {
	dropMalformedHash();
};
