// MapLibre runs only in the browser: prerender an empty shell and render on the client.
export const prerender = true;
export const ssr = false;
