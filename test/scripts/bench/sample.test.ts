import { nth, pathPairsOf, sampleIndexes, samplePlaces, searchTextsOf } from '../../../scripts/bench/sample';

describe('the bench sample', () => {
  it('draws 1,000 distinct entities, the same every run, from the hubs and the long tail', () => {
    const a = sampleIndexes(1_000_000);
    expect(a).toEqual(sampleIndexes(1_000_000));
    expect(new Set(a).size).toBe(1000);
    // hubs are the low indexes (synthetic.ts draws fact targets from a heavy tail over them)
    expect(a.filter((i) => i < 10_000).length).toBeGreaterThan(50);
    expect(a.filter((i) => i > 500_000).length).toBeGreaterThan(200);
  });

  it('takes the whole graph when it is smaller than the sample', () => {
    expect(sampleIndexes(300).sort((x, y) => x - y)).toEqual(Array.from({ length: 300 }, (_, i) => i));
  });

  it('searches by full names and surnames, pairs path ends, and cycles through its items', () => {
    const people = [
      { id: 'person:syn-0', name: 'Anna Adler 0', label: 'Person' },
      { id: 'person:syn-20', name: 'Boris Adler 1', label: 'Person' },
      { id: 'person:syn-40', name: 'Chen Adler 2', label: 'Person' },
    ];
    expect(searchTextsOf(people)).toEqual(['Anna Adler 0', 'Adler', 'Chen Adler 2']);
    expect(pathPairsOf(people)).toEqual([['person:syn-0', 'person:syn-20']]);
    expect(nth(['a', 'b'], 5)).toBe('b');
    expect(() => nth([], 0)).toThrow(/empty/);
    expect(samplePlaces([13, 14, 0])).toEqual(['place:syn-13', 'place:syn-14']);
  });
});
