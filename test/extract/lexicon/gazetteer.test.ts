import {
  cityIn,
  country,
  demonym,
  place,
  placeAnyCase,
  placeNamed,
  usState,
} from '../../../src/extract/lexicon/gazetteer';
import { extract } from '../../../src/extract';

describe('gazetteer: demonyms', () => {
  it('gives a demonym that several countries share to the sovereign state, not to a territory', () => {
    expect(demonym('American')?.name).toBe('United States');
    expect(demonym('French')?.name).toBe('France');
    expect(demonym('Dutch')?.name).toBe('Netherlands');
    expect(demonym('Indian')?.name).toBe('India');
    expect(demonym('Norwegian')?.name).toBe('Norway');
    // the same entry as the country's own name
    expect(demonym('French')).toBe(country('France'));
  });

  it('links an article\'s "American officials" to the United States', () => {
    const out = extract({ source: 't', text: 'American officials said French and Dutch envoys met in Geneva.' });
    const ids = out.entities.map((e) => e.id);
    expect(ids).not.toContain('place:northern-mariana-islands');
    expect(ids).not.toContain('place:french-southern-and-antarctic-lands');
    expect(ids).not.toContain('place:caribbean-netherlands');
  });
});

describe('gazetteer: names in capitals', () => {
  it('finds a place written in capitals and without its accents, as datelines write it', () => {
    expect(place('SAO PAULO')).toBeUndefined();
    expect(placeAnyCase('SAO PAULO')?.name).toBe('São Paulo');
    expect(placeAnyCase('RIO DE JANEIRO')?.name).toBe('Rio de Janeiro');
    expect(placeAnyCase('UNITED NATIONS')).toBeUndefined();
  });
});

describe('gazetteer: former names', () => {
  it("links a renamed city, by the name older news used, to today's place", () => {
    expect(placeNamed('Kiev')?.key).toBe(placeNamed('Kyiv')?.key);
    expect(placeNamed('Bombay')?.name).toBe('Mumbai');
    expect(placeNamed('Peking')?.geonamesId).toBe(place('Beijing')?.geonamesId);
    // "Leningrad" is also the region around the city; the city is the larger place
    expect(placeNamed('Leningrad')?.name).toBe('Saint Petersburg');
    expect(placeNamed('Ceylon')?.name).toBe('Sri Lanka');
    expect(country('Ceylon')).toBeUndefined(); // the tagger's word features are its training text's
  });

  it('gives one entity to a city named the old way and the new way in one story', () => {
    const out = extract({
      source: 'former-names',
      text: 'Ukraine marked the day in Kyiv. Officials who had worked in Kiev before 1991 attended.',
    });
    const kyiv = out.entities.filter((e) => e.type === 'Place' && /Ky|Ki/.test(e.name));
    expect(kyiv).toHaveLength(1);
    expect(kyiv[0]!.mentions.map((m) => m.text).sort()).toEqual(['Kiev', 'Kyiv']);
  });
});

describe('gazetteer: country names as news writes them', () => {
  it('knows a country whose name news writes without "the"', () => {
    expect(placeNamed('Democratic Republic of Congo')?.countryCode).toBe('CD');
    expect(placeNamed('Democratic Republic of the Congo')?.countryCode).toBe('CD');
    expect(placeNamed('Republic of Congo')?.countryCode).toBe('CG');
  });
});

describe('gazetteer: the states of the United States', () => {
  it("reads the wires' abbreviations of the states, with or without the dot a full stop took", () => {
    expect(placeNamed('Calif.')?.name).toBe('California');
    expect(placeNamed('Calif')?.name).toBe('California');
    expect(placeNamed('N.J.')?.name).toBe('New Jersey');
    expect(usState('Del.')?.name).toBe('Delaware');
    // a short word without its dot is no abbreviation
    expect(placeNamed('Del')).toBeUndefined();
  });

  it("resolves a state's name to the state, not to a town abroad or a small town of the same name", () => {
    expect(placeNamed('Colorado')).toMatchObject({ kind: 'region', countryCode: 'US' });
    expect(placeNamed('Delaware')).toMatchObject({ kind: 'region', countryCode: 'US' });
    expect(placeNamed('Kent')).toMatchObject({ kind: 'region', countryCode: 'GB' });
    // a province named after its city is the city's; recognition reads the names as it was trained
    expect(placeNamed('Donetsk')?.kind).toBe('city');
    expect(place('Colorado')?.kind).toBe('city');
  });

  it('finds the city of a name inside the state or country written after it', () => {
    expect(cityIn('Wilmington', usState('Del.')!)).toMatchObject({ countryCode: 'US', adminCode: 'DE' });
    expect(placeNamed('Wilmington')?.adminCode).toBe('NC');
    expect(cityIn('Cambridge', usState('Massachusetts')!)?.countryCode).toBe('US');
    expect(placeNamed('Cambridge')?.countryCode).toBe('GB');
    expect(cityIn('Cambridge', country('Japan')!)).toBeUndefined();
  });
});
