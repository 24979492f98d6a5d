import { facilityOf, inAnotherCountry, inEventName, placeOfAnother } from '../../../src/extract/rules/locative-bounds';
import { candidatePairs } from '../../../src/extract/relation-classifier/candidates';
import { resolvedState } from '../stages/hand-state';
import { dissolvedState, placeNamed } from '../../../src/extract/lexicon/gazetteer';

describe('inAnotherCountry', () => {
  const place = (name: string) => {
    const g = placeNamed(name)!;
    return { countryCode: g.countryCode, ...(g.kind === 'country' ? { isoCode: g.countryCode } : {}) };
  };
  it('puts a place the gazetteer knows in no country but its own', () => {
    expect(inAnotherCountry(place('Nicosia'), place('Iran'))).toBe(true);
    expect(inAnotherCountry(place('Tokyo'), place('Japan'))).toBe(false);
  });

  it('allows the state that held its land in the years of the news', () => {
    const soviet = dissolvedState('USSR')!;
    expect(inAnotherCountry(place('Riga'), { isoCode: soviet.countryCode })).toBe(false);
    expect(inAnotherCountry(place('Juba'), place('Sudan'))).toBe(false);
    expect(inAnotherCountry(place('Riga'), place('Russia'))).toBe(true);
  });

  it('judges no place the gazetteer does not place', () => {
    expect(inAnotherCountry({}, place('Iran'))).toBe(false);
  });
});

describe('facilityOf', () => {
  const pair = (text: string) => {
    const state = resolvedState(text, [
      { text: 'FBI', type: 'Organization', entity: 'organization:fbi' },
      { text: 'Jacksonville', type: 'Place', entity: 'place:jacksonville' },
    ]);
    return candidatePairs(state)[0]!;
  };
  it("reads an organisation's place before a facility as no base of the organisation", () => {
    expect(facilityOf('BASED_IN', pair("The FBI's Jacksonville field office is helping."))).toBe(true);
    expect(facilityOf('BASED_IN', pair("The FBI's Jacksonville headquarters is helping."))).toBe(false);
    expect(facilityOf('BASED_IN', pair('The FBI in Jacksonville is helping.'))).toBe(false);
  });
});

describe('inEventName', () => {
  it("reads no one's home or base in a place that names an event", () => {
    const text = "Norris was third at the Abu Dhabi Grand Prix behind Red Bull's Max Verstappen.";
    const state = resolvedState(text, [
      { text: 'Abu Dhabi', type: 'Place', entity: 'place:abu-dhabi' },
      { text: 'Max Verstappen', type: 'Person', entity: 'person:max-verstappen' },
    ]);
    const [pair] = candidatePairs(state);
    expect(inEventName('LIVES_IN', pair!, text)).toBe(true);
    expect(inEventName('WORKS_FOR', pair!, text)).toBe(false);
  });
});

describe('placeOfAnother', () => {
  it("reads a place another name owns as saying nothing of the pair's first name", () => {
    const pairOf = (text: string) =>
      candidatePairs(
        resolvedState(text, [
          { text: 'ByteDance', type: 'Organization', entity: 'organization:bytedance' },
          { text: 'TikTok', type: 'Organization', entity: 'organization:tiktok' },
          { text: 'U.S.', type: 'Place', entity: 'place:united-states' },
        ]),
      ).find((c) => c.a.mention.text === 'ByteDance' && c.b.mention.text === 'U.S.')!;
    expect(placeOfAnother('BASED_IN', pairOf("ByteDance must divest TikTok's U.S. business."))).toBe(true);
    expect(placeOfAnother('BASED_IN', pairOf('ByteDance and TikTok grew in the U.S. market.'))).toBe(false);
  });
});
