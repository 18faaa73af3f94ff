// geojson-validation ships CommonJS without types; this is the part we use.
declare module 'geojson-validation' {
	const gjv: { valid(obj: unknown, trace: true): string[]; valid(obj: unknown): boolean };
	export default gjv;
}
