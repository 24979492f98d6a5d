import { appositionOrganisations } from '../../../src/extract/rules/organisation-appositions';
import { readWith } from './spans';

const read = readWith(appositionOrganisations);

describe('appositionOrganisations', () => {
  it('makes a name an organisation where its apposition says what kind of organisation it is', () => {
    expect(
      read('Losses at Alameda Research, his hedge fund, grew. Becton Dickinson, the medical device maker.', [
        ['Alameda Research', 'Place'],
        ['Becton Dickinson', 'Person'],
      ]),
    ).toEqual([
      ['Alameda Research', 'Organization'],
      ['Becton Dickinson', 'Organization'],
    ]);
  });

  it("reads a description of ranks, possessives, countries' names and demonyms before its kind", () => {
    expect(
      read(
        "Nokia, the world's largest phone maker, and Cingular Wireless, the largest U.S. mobile carrier, and Porsche, the German carmaker.",
        [
          ['Nokia', 'Place'],
          ['Cingular Wireless', 'Place'],
          ['Porsche', 'Person'],
        ],
      ),
    ).toEqual([
      ['Nokia', 'Organization'],
      ['Cingular Wireless', 'Organization'],
      ['Porsche', 'Organization'],
    ]);
  });

  it('makes a name an organisation where "the" and a kind of organisation enclose it, unless it is a place', () => {
    expect(
      read(
        'In Aleppo, the White Helmets rescue group said the Texas oil company and the Montreal stock exchange fell.',
        [
          ['White Helmets', 'Place'],
          ['Texas', 'Place'],
          ['Montreal', 'Place'],
        ],
      ),
    ).toEqual([
      ['White Helmets', 'Organization'],
      ['Texas', 'Place'],
      ['Montreal', 'Place'],
    ]);
  });

  it('leaves a name alone before a noun that goes on into its verb, or another kind of noun', () => {
    expect(
      read(
        'In London, the company said. Paris, the French capital, and Ellison, his former girlfriend, and the Kebara team.',
        [
          ['London', 'Place'],
          ['Paris', 'Place'],
          ['Ellison', 'Person'],
          ['Kebara', 'Place'],
        ],
      ),
    ).toEqual([
      ['London', 'Place'],
      ['Paris', 'Place'],
      ['Ellison', 'Person'],
      ['Kebara', 'Place'],
    ]);
  });

  it('reads a place after a kind of organisation and its comma, or what a stake is held in, as a company', () => {
    expect(
      read("Germany's motor vehicle authority, the KBA, and the mine's owner, San Esteban, and a stake in Hulu.", [
        ['KBA', 'Place'],
        ['San Esteban', 'Place'],
        ['Hulu', 'Place'],
      ]),
    ).toEqual([
      ['KBA', 'Organization'],
      ['San Esteban', 'Organization'],
      ['Hulu', 'Organization'],
    ]);
  });
});
