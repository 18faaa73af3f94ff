/** Hands a generated file to the browser as a download (a Blob URL, revoked once used). */
export function download(filename: string, text: string, mime: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: mime }));
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const MIME = { csv: 'text/csv;charset=utf-8', geojson: 'application/geo+json', kml: 'application/vnd.google-earth.kml+xml' } as const;
export type ExportFormat = keyof typeof MIME;
