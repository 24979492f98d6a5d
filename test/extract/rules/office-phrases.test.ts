import {
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

  it('leaves an organisation alone where no title follows, and never takes its only word', () => {
    expect(
      readOrgs('Microsoft Gaming Chief Executive Phil Spencer met Managing Director Ann Lee.', [
        ['Microsoft Gaming', 'Organization'],
        ['Managing', 'Organization'],
      ]),
    ).toEqual([
      ['Microsoft Gaming', 'Organization'],
      ['Managing', 'Organization'],
    ]);
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
