import { datelineAlsoFrom, datelineOf, datelinePlace, datelinePlaces } from '../../../src/extract/rules/dateline';

const whole = (text: string) => ({ start: 0, end: text.length });
const placeOf = (text: string) => {
  const d = datelineOf(text, 0, text.length);
  return d && [text.slice(d.place.start, d.place.end), text.slice(d.agency.start, d.agency.end)];
};

describe('datelineOf', () => {
  it("finds a wire dateline's place and agency", () => {
    expect(placeOf('ADDIS ABABA, Ethiopia (AP) -- Rebels advanced.')).toEqual(['ADDIS ABABA', 'AP']);
    expect(placeOf('(Text) Taipei, Jan. 20 (CNA) -- Foreign Minister Chien Fu will leave.')).toEqual(['Taipei', 'CNA']);
    expect(placeOf('LOS ANGELES (AP)')).toEqual(['LOS ANGELES', 'AP']);
    expect(placeOf('ISTANBUL/ADANA, Turkey, Feb 7 (Reuters) - Rescuers searched.')).toEqual(['ISTANBUL', 'Reuters']);
  });

  it('finds none where lower-case words come before the bracket or words follow it', () => {
    expect(placeOf('Rebels took the town (AP) --')).toBeNull();
    expect(placeOf('LOS ANGELES (AP) said that')).toBeNull();
  });
});

describe('datelinePlaces', () => {
  const span = (text: string, name: string, type: string) => ({
    start: text.indexOf(name),
    end: text.indexOf(name) + name.length,
    type,
  });
  it("makes the dateline's opening name a place", () => {
    const text = 'LOS ANGELES (AP)';
    expect(datelinePlaces([span(text, 'LOS ANGELES', 'Organization')], datelinePlace(text, whole(text)))[0]!.type).toBe(
      'Place',
    );
  });

  it("adds the dateline's place where the tagger read nothing there", () => {
    const text = 'ISTANBUL/ADANA, Turkey, Feb 7 (Reuters) - Rescuers searched.';
    expect(datelinePlaces([span(text, 'ADANA', 'Place')], datelinePlace(text, whole(text)))).toEqual([
      { start: 0, end: 8, type: 'Place' },
      span(text, 'ADANA', 'Place'),
    ]);
  });

  it("makes the dateline's whole place one place where the tagger read only some of its words", () => {
    const text = 'BUENOS AIRES (Reuters) - Crowds gathered.';
    expect(datelinePlaces([span(text, 'BUENOS', 'Organization')], datelinePlace(text, whole(text)))).toEqual([
      { start: 0, end: 12, type: 'Place' },
    ]);
  });

  it('makes the place of a dateline that dates the story a place, whatever the tagger read', () => {
    for (const text of [
      'SAO PAULO 1996-08-27',
      'LEEDS, England 1996-08-26',
      'WASHINGTON, Aug. 26, 1996 (Reuters) - Officials said.',
    ])
      expect(
        datelinePlaces([span(text, text.split(/[ ,]+\d|,/)[0]!, 'Person')], datelinePlace(text, whole(text)))[0]!.type,
      ).toBe('Place');
  });

  it("makes the place of a month-and-day dateline a place (the 1980s wire's form), and no name before a lone day", () => {
    for (const [text, name] of [
      ['HOUSTON, March 9 - Texaco Inc said it would appeal.', 'HOUSTON'],
      ['AKRON, Ohio, March 2 - Qtr ended Feb 28', 'AKRON'],
    ] as const)
      expect(datelinePlaces([span(text, name, 'Organization')], datelinePlace(text, whole(text)))[0]!.type).toBe(
        'Place',
      );
    const team = 'CHELSEA, Sunday 4 - Arsenal 2';
    expect(datelinePlace(team, whole(team))).toBeNull();
  });

  it('leaves a capitalised name before a date alone where it is no dateline or no known place', () => {
    const text = 'ROBSON 1996-08-27 scored twice.';
    expect(datelinePlaces([span(text, 'ROBSON', 'Person')], datelinePlace(text, whole(text)))[0]!.type).toBe('Person');
    const un = 'UNITED NATIONS 1996-08-27';
    expect(datelinePlaces([span(un, 'UNITED NATIONS', 'Organization')], datelinePlace(un, whole(un)))[0]!.type).toBe(
      'Organization',
    );
  });

  it('leaves a name before a bracket in results and tables alone', () => {
    for (const [text, name] of [
      ['Mazeikyte (Lithuania)', 'Mazeikyte'],
      ['CHICAGO 3 Atlanta 2 (1st game)', 'CHICAGO'],
      ['Radnicki (N) - Spartak', 'Radnicki'],
    ] as const)
      expect(datelinePlaces([span(text, name, 'Organization')], datelinePlace(text, whole(text)))[0]!.type).toBe(
        'Organization',
      );
  });
});

describe('datelineAlsoFrom', () => {
  it('reads the other places of a story filed from several, joined by slashes', () => {
    const text = 'MOSCOW/BAKU/NEW YORK (Reuters) - Armenia and Azerbaijan signed a deal.';
    const names = datelineAlsoFrom(text, datelinePlace(text, whole(text))).map((r) => text.slice(r.start, r.end));
    expect(names).toEqual(['BAKU', 'NEW YORK']);
    const one = 'MOSCOW (Reuters) - Talks went on.';
    expect(datelineAlsoFrom(one, datelinePlace(one, whole(one)))).toEqual([]);
  });
});
