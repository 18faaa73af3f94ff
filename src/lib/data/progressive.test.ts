import { describe, expect, it, vi } from 'vitest';
import { loadWithin, within } from './progressive';

/** A fetch that answers every data file at once, except those held until `release` is called. */
function fakeFetch(held: string[]) {
	let release!: () => void;
	const gate = new Promise<void>((ok) => (release = ok));
	const body = (name: string) => (name.endsWith('.geojson') ? { features: [{ properties: { id: name } }] } : name === 'distances.json' ? { sites: {}, places: {} } : { figures: [], sources: [] });
	const f = (async (input: RequestInfo | URL) => {
		const name = String(input).split('/').pop()!;
		if (held.includes(name)) await gate;
		return new Response(JSON.stringify(body(name)));
	}) as typeof fetch;
	return { f, release };
}

describe('loadWithin: hydrate on time, never wait for a late file', () => {
	it('returns everything when every file arrives before the deadline', async () => {
		const { f } = fakeFetch([]);
		const r = await loadWithin(f, 1000);
		expect(r.pending).toEqual([]);
		expect(r.data.zones).toHaveLength(1);
		expect(r.data.places).toHaveLength(1);
	});

	it('returns what has arrived at the deadline, names the late file, and hands it over when it comes', async () => {
		const { f, release } = fakeFetch(['places.geojson']);
		const r = await loadWithin(f, 30);
		expect(r.pending).toEqual(['places.geojson']);
		expect(r.data.zones).toHaveLength(1);
		expect(r.data.places).toEqual([]);
		const seen: string[] = [];
		const done = new Promise<number>((ok) => r.listen((file) => seen.push(file), (all) => ok(all.data.places.length)));
		release();
		expect(await done).toBe(1);
		expect(seen).toEqual(['places.geojson']);
	});
});

describe('within', () => {
	it('ends at the deadline when the promise is still pending, and leaves no timer behind', async () => {
		vi.useFakeTimers();
		try {
			let done = false;
			const p = within(new Promise(() => {}), 1500).then(() => { done = true; });
			await vi.advanceTimersByTimeAsync(1499);
			expect(done).toBe(false);
			await vi.advanceTimersByTimeAsync(1);
			await p;
			expect(done).toBe(true);
			await within(Promise.resolve(), 1500);
			expect(vi.getTimerCount()).toBe(0);
		} finally {
			vi.useRealTimers();
		}
	});

	it('passes a rejection through', async () => {
		await expect(within(Promise.reject(new Error('late')), 1000)).rejects.toThrow('late');
	});
});
