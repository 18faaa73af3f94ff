/**
 * The floor page: the same data files, one plain layer per geometry, the same framing (fit to the
 * sites), and the same `map:idle` mark once every layer has rendered. The app cannot beat this.
 * `?labels=1`: the second reference, the floor plus the app's label layers drawn from the app's own
 * label style (fonts, sizes, fields), to split what labels cost from what the app adds on top.
 */
import { Map, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { LABEL_MAP_OPTIONS, labelStyle } from '$lib/map/label-style';
import { FONT, FONT_BOLD, LABEL_PAINT, labelLayout } from '$lib/map/styles/sites';

setWorkerUrl(new URL(workerUrl, location.href).href);
type FC = { type: 'FeatureCollection'; features: { geometry: { coordinates: unknown } | null }[] };
const files = ['zones', 'clusters', 'corridors', 'places'] as const;
const labels = new URLSearchParams(location.search).has('labels');
const data = Promise.all(files.map((f) => fetch(`/data/${f}.geojson`).then((r) => r.json() as Promise<FC>)));

const map = new Map({
	container: 'map',
	style: labels
		? { ...labelStyle(), layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f4f3ef' } }] }
		: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f4f3ef' } }] },
	center: [105.85, 21.6],
	zoom: 8.5,
	// The app's label options (no fade-in) with its labels; the bare floor keeps MapLibre's defaults.
	...(labels ? LABEL_MAP_OPTIONS : {})
});
performance.mark('map:created');

function extent(c: unknown, b: number[]): void {
	if (Array.isArray(c) && typeof c[0] === 'number') {
		b[0] = Math.min(b[0]!, c[0]); b[1] = Math.min(b[1]!, c[1] as number); b[2] = Math.max(b[2]!, c[0]); b[3] = Math.max(b[3]!, c[1] as number);
	} else if (Array.isArray(c)) for (const x of c) extent(x, b);
}

map.on('load', async () => {
	const [zones, clusters, corridors, places] = (await data) as [FC, FC, FC, FC];
	map.addSource('zones', { type: 'geojson', data: zones as never });
	map.addSource('clusters', { type: 'geojson', data: clusters as never });
	map.addSource('corridors', { type: 'geojson', data: corridors as never });
	map.addSource('places', { type: 'geojson', data: places as never });
	map.addLayer({ id: 'corridors', type: 'line', source: 'corridors' });
	map.addLayer({ id: 'zones', type: 'fill', source: 'zones', paint: { 'fill-opacity': 0.5 } });
	map.addLayer({ id: 'clusters', type: 'circle', source: 'clusters' });
	map.addLayer({ id: 'places', type: 'circle', source: 'places', paint: { 'circle-radius': 3 } });
	if (labels) {
		// The app's label layers (SiteLayers, PlaceLayers, CorridorLayers), on the raw files.
		const seat = ['==', ['get', 'place_type'], 'district_seat'] as never;
		map.addLayer({ id: 'corridor-labels', type: 'symbol', source: 'corridors', filter: ['has', 'ref'],
			layout: { 'symbol-placement': 'line', 'text-field': ['get', 'ref'], 'text-font': [FONT_BOLD], 'text-size': 11, 'symbol-spacing': 320 }, paint: LABEL_PAINT });
		map.addLayer({ id: 'zone-labels', type: 'symbol', source: 'zones', layout: labelLayout('vi', 13, FONT_BOLD) as never, paint: LABEL_PAINT });
		map.addLayer({ id: 'cluster-labels', type: 'symbol', source: 'clusters', minzoom: 10, layout: labelLayout('vi', 11.5) as never, paint: LABEL_PAINT });
		map.addLayer({ id: 'place-labels', type: 'symbol', source: 'places', filter: ['!', seat], minzoom: 9.5,
			layout: { 'text-field': ['get', 'name_vi'], 'text-font': [FONT], 'text-size': 11, 'text-offset': [0, 1.1], 'text-anchor': 'top', 'text-optional': true }, paint: LABEL_PAINT });
		map.addLayer({ id: 'district-labels', type: 'symbol', source: 'places', filter: seat,
			layout: { 'text-field': ['get', 'name_vi'], 'text-font': [FONT_BOLD], 'text-size': ['interpolate', ['linear'], ['zoom'], 7, 12, 11, 16], 'text-transform': 'uppercase', 'text-letter-spacing': 0.08 },
			paint: LABEL_PAINT });
	}
	const b = [Infinity, Infinity, -Infinity, -Infinity];
	for (const f of [...zones.features, ...clusters.features]) if (f.geometry) extent(f.geometry.coordinates, b);
	map.fitBounds(b as [number, number, number, number], { padding: 40, animate: false });
	map.once('idle', () => {
		performance.mark('map:idle');
		document.body.dataset.idle = 'true';
	});
});
