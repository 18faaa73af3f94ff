/**
 * One shader program per layer type.
 *
 * MapLibre compiles a separate GPU program for every combination of paint properties that are constant
 * (a uniform) or data-driven (a vertex attribute) in a layer. The app's layers mixed both (a site layer's
 * colour is feature-state, a corridor band's is constant), so the first view compiled 15 programs where
 * 6 do. Each compile and link blocks the main thread: about 60 ms apiece on this machine's software GL,
 * and tens of ms on a phone's GPU driver, before the first frame can draw.
 *
 * `sharedPrograms` makes every property listed in SHARED zoom-and-feature dependent in every layer of that
 * type: a constant (or the default, when the layer leaves it unset) becomes `["coalesce", ["get", NONE], value]`,
 * which every feature evaluates to the same value, spread over a flat zoom curve; a zoom curve gets the same
 * wrap on each stop, and an expression that reads the feature gets the flat zoom curve.
 * What a person sees is unchanged; the cost is a few bytes per vertex for ~100 features.
 */

/** A property name no feature has: `["get", NONE]` is always null, so `coalesce` falls through to the value. */
export const NONE = '\u0000shared-program';

/** Per layer type, the properties that are data-driven in at least one of the app's layers of that type. */
export const SHARED: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
	// property → MapLibre's default, used when a layer leaves the property unset.
	circle: { 'circle-color': '#000000', 'circle-radius': 5, 'circle-opacity': 1, 'circle-stroke-color': '#000000', 'circle-stroke-opacity': 1 },
	line: { 'line-color': '#000000', 'line-opacity': 1 },
	fill: { 'fill-color': '#000000', 'fill-opacity': 1 },
	symbol: { 'text-color': '#000000', 'text-opacity': 1, 'icon-color': '#000000', 'icon-opacity': 1 }
};

/** Expression operators whose value depends on the feature. */
const FEATURE_OPS = new Set(['get', 'has', '!has', 'feature-state', 'properties', 'id', 'geometry-type']);

function dependsOnFeature(v: unknown): boolean {
	if (!Array.isArray(v)) return false;
	if (typeof v[0] === 'string' && FEATURE_OPS.has(v[0])) return true;
	return v.some(dependsOnFeature);
}

const isZoomCurve = (v: unknown): v is unknown[] =>
	Array.isArray(v) && (v[0] === 'interpolate' || v[0] === 'step') && JSON.stringify(v[v[0] === 'step' ? 1 : 2]) === '["zoom"]';

/** The zoom range a flat value is spread over, so it becomes a zoom curve like the app's other ones. */
const ZOOMS = [0, 24] as const;

/**
 * The value as a zoom-and-feature ("composite") expression that evaluates to what `v` does for every feature
 * at every zoom. Composite, not just data-driven: MapLibre keys a program on each property's kind too
 * (constant, feature-only, zoom-and-feature), so one layer's zoom curve would otherwise split the type in two.
 */
export function dataDriven(v: unknown): unknown {
	const wrap = (x: unknown) => (dependsOnFeature(x) ? x : ['coalesce', ['get', NONE], x]);
	if (isZoomCurve(v)) {
		// A zoom curve stays the top-level expression (MapLibre requires it); its outputs become data-driven.
		// interpolate: [op, type, input, stop, out, stop, out, …]; step: [op, input, out0, stop, out, …].
		const firstOut = v[0] === 'step' ? 2 : 4;
		return v.map((x, i) => (i >= firstOut && (i - firstOut) % 2 === 0 ? wrap(x) : x));
	}
	const inner = wrap(v);
	return ['interpolate', ['linear'], ['zoom'], ZOOMS[0], inner, ZOOMS[1], inner];
}

/** The paint of a layer of `type`, with the shared properties made zoom-and-feature dependent. Other types pass through. */
export function sharedPrograms(type: string, paint: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
	const shared = SHARED[type];
	if (!shared) return paint;
	const out: Record<string, unknown> = { ...paint };
	for (const [prop, fallback] of Object.entries(shared)) out[prop] = dataDriven(out[prop] ?? fallback);
	return out;
}
