/** `npm run data:check`: validate geodata/ and list every problem (file: id: field: message). */
import { validate } from '../src/lib/data/validate';
import { geodataDir, readGeodata } from './lib/geodata-files';
import { validateBase } from '../src/lib/data/validate-base';
import { baseDir, readBase } from './lib/base-files';

const dir = geodataDir();
const { errors, data } = validate(readGeodata(dir));
const base = validateBase(readBase(baseDir(dir)));
errors.push(...base.errors);
if (errors.length || !data) {
	console.error(`${errors.length} problem(s) in ${dir}:`);
	for (const e of errors) console.error(`  ${e}`);
	process.exit(1);
}
const mapped = (xs: { geometry: unknown }[]) => xs.filter((x) => x.geometry !== null).length;
const atCommune = (xs: { properties: { point_kind: string | null } }[]) => xs.filter((x) => x.properties.point_kind === 'commune').length;
console.log(
	`geodata OK: ${data.zones.length} zones (${mapped(data.zones)} mapped), ${data.clusters.length} clusters (${mapped(data.clusters)} mapped, ${atCommune(data.clusters)} at a commune point), ` +
		`${data.corridors.length} corridors, ${data.places.length} places, ${data.province.length} province figures, ${Object.keys(data.sources).length} sources; ` +
		`base: ${base.data!.province.length} outlines, ${base.data!.neighbours.length} neighbours, ${base.data!.communes.length} communes, ${base.data!.naturalEarth.length} Natural Earth features`
);
