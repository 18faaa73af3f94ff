/** Pretty JSON for geodata/: 2-space indent, but number arrays (coordinates) kept on one line so diffs stay readable. */
export function formatGeoJson(value: unknown): string {
	return JSON.stringify(value, null, 2).replace(/\[\s+(-?[\d.e+-]+(?:,\s+-?[\d.e+-]+)*)\s+\]/g, (_m, inner: string) =>
		`[${inner.split(/,\s+/).join(', ')}]`
	) + '\n';
}
