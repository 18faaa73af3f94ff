/**
 * Label sizes scaled for a projector. MapLibre has no global text scale, and a `zoom` input may
 * only sit at the top of an `interpolate`/`step`, so a zoom curve is scaled at its stops rather
 * than wrapped in a product (https://maplibre.org/maplibre-style-spec/expressions/#zoom).
 */
type Size = number | unknown[];

export function scaleTextSize(size: Size, k: number): Size {
	if (typeof size === 'number') return Math.round(size * k * 10) / 10;
	const [op, interp, input, ...stops] = size;
	if (op !== 'interpolate' || !Array.isArray(input) || input[0] !== 'zoom') return size;
	// [zoom₁, size₁, zoom₂, size₂, …]: scale the sizes only.
	return [op, interp, input, ...stops.map((v, i) => (i % 2 === 1 && typeof v === 'number' ? Math.round(v * k * 10) / 10 : v))];
}
