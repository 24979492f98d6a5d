import { knownPerson } from '../../../src/extract/lexicon/people';

describe('curated people', () => {
  it('names a person by a full name, in or around the years the person was in the news', () => {
    expect(knownPerson('Ronald Reagan', 1987)?.wikidataId).toBe('Q9960');
    expect(knownPerson('Vladimir Putin', null)?.wikidataId).toBe('Q7747');
    expect(knownPerson('George W. Bush', 2003)?.wikidataId).toBe('Q207');
    expect(knownPerson('Volodymyr Zelensky', 2023)?.wikidataId).toBe('Q3874799');
  });

  it('names a person by the surname alone only in those years, and only where no other entry shares it', () => {
    expect(knownPerson('Reagan', 1987)?.wikidataId).toBe('Q9960');
    expect(knownPerson('Zelenskiy', 2023)?.wikidataId).toBe('Q3874799');
    expect(knownPerson('Putin', 1987)).toBeUndefined(); // a 1987 Putin is someone else
    expect(knownPerson('Reagan', null)).toBeUndefined(); // an undated surname says too little
    expect(knownPerson('Bush', 2003)).toBeUndefined(); // two presidents, and a surname only
    expect(knownPerson('Johnson', 2020)).toBeUndefined();
  });

  it('does not take a well-formed name one letter away for the person', () => {
    expect(knownPerson('Regan', 1987)).toBeUndefined();
    expect(knownPerson('Donald Regan', 1987)).toBeUndefined();
  });
});
