import { createContext } from 'svelte';
import type { Map as MlMap } from 'maplibre-gl';
import type { AppState } from './app-state.svelte';

/** The app state, shared from +page.svelte to every component. */
export const [getApp, setApp] = createContext<AppState>();

/** The MapLibre instance, shared by MapView with its layer components once the style has loaded. */
export const [getMap, setMap] = createContext<{ readonly map: MlMap | null }>();
