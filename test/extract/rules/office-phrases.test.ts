import {
  officesInsideNames,
  organisationsBeforeTitles,
  personsAfterOffices,
  placesBeforeStateOffices,
} from '../../../src/extract/rules/office-phrases';
import { readWith } from './spans';

const read = readWith(personsAfterOffices);

describe('personsAfterOffices', () => {
  it("starts a person after an office named with 'of' at the holder's given name", () => {
    expect(
      read('Chancellor of the Exchequer Nigel Lawson said the dollar had found a floor.', [
        ['Exchequer Nigel Lawson', 'Person'],
      ]),
    ).toEqual([['Nigel Lawson', 'Person']]);
    expect(read('Secretary of Defense William Perry arrived.', [['Defense William Perry', 'Person']])).toEqual([
      ['William Perry', 'Person'],
    ]);
  });

  it('leaves a name alone after no title, or where it opens with the given name', () => {
    expect(read('The Bank of England Mark Carney', [['England Mark Carney', 'Person']])).toEqual([
      ['England Mark Carney', 'Person'],
    ]);
    expect(read('Minister of Finance Peter Costello said.', [['Peter Costello', 'Person']])).toEqual([
      ['Peter Costello', 'Person'],
    ]);
  });
});

describe('organisationsBeforeTitles', () => {
  const readOrgs = readWith(organisationsBeforeTitles);

  it('takes the first words of a title of more than one word off the organisation before it', () => {
    expect(
      readOrgs('IMF Managing Director Kristalina Georgieva said so, and U.S. Army Chief of Staff Mark Milley.', [
        ['IMF Managing', 'Organization'],
        ['U.S. Army Chief', 'Organization'],
      ]),
    ).toEqual([
      ['IMF', 'Organization'],
      ['U.S. Army', 'Organization'],
    ]);
  });

  it('leaves an organisation alone where no title follows', () => {
    expect(
      readOrgs('Microsoft Gaming Chief Executive Phil Spencer spoke.', [['Microsoft Gaming', 'Organization']]),
    ).toEqual([['Microsoft Gaming', 'Organization']]);
  });

  it('drops a span whose every word is the first of a title ("Defence Secretary", "Managing Director")', () => {
    expect(
      readOrgs('Defence Secretary Sir Michael Fallon met Managing Director Ann Lee.', [
        ['Defence', 'Organization'],
        ['Managing', 'Organization'],
      ]),
    ).toEqual([]);
  });
});

describe('placesBeforeStateOffices', () => {
  const readPlaces = readWith(placesBeforeStateOffices);
  it("reads a region the gazetteer knows, before a state's office and its holder, as the place", () => {
    expect(
      readPlaces('California Governor Gavin Newsom and Acme President Jane Doe spoke.', [
        ['California', 'Organization'],
        ['Acme', 'Organization'],
      ]),
    ).toEqual([
      ['California', 'Place'],
      ['Acme', 'Organization'],
    ]);
  });
});

describe('officesInsideNames', () => {
  const readOffices = readWith(officesInsideNames);
  it('starts the person at the given name after a local office, the county before it a place', () => {
    expect(
      readOffices('Carver County Sheriff Jim Olson said so.', [['Carver County Sheriff Jim Olson', 'Person']]),
    ).toEqual([
      ['Carver County', 'Place'],
      ['Jim Olson', 'Person'],
    ]);
  });

  it('splits an organisation read over a local office and its holder the same way', () => {
    expect(
      readOffices('Los Angeles County Sheriff Alex Villanueva said so.', [
        ['Los Angeles County Sheriff Alex Villanueva', 'Organization'],
      ]),
    ).toEqual([
      ['Los Angeles County', 'Place'],
      ['Alex Villanueva', 'Person'],
    ]);
  });

  it('keeps a person with no office inside, or none before a given name', () => {
    expect(
      readOffices('Warden Smith and John Marshal Brown spoke.', [
        ['Warden Smith', 'Person'],
        ['John Marshal Brown', 'Person'],
      ]),
    ).toEqual([
      ['Warden Smith', 'Person'],
      ['John Marshal Brown', 'Person'],
    ]);
  });
});
