import { conll04Document } from '../../../src/extract';

const sentence = (text: string, entities: [string, string][]) => ({
  id: '1',
  text,
  relations: [],
  entities: entities.map(([name, type]) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, type, text: name };
  }),
});
const spans = (doc: ReturnType<typeof conll04Document>) =>
  doc.gold.map((g) => `${g.type}:${doc.text.slice(g.start, g.end)}`);

describe('CoNLL04 sentences as tagger training documents', () => {
  it("drops a person's leading titles, as CoNLL-2003 and the graph do", () => {
    const doc = conll04Document(
      sentence('Mrs. Rose met President Mubarak in Cairo.', [
        ['Mrs. Rose', 'Peop'],
        ['President Mubarak', 'Peop'],
        ['Cairo', 'Loc'],
      ]),
    );
    expect(spans(doc)).toEqual(['Person:Rose', 'Person:Mubarak', 'Place:Cairo']);
  });

  it('keeps an Other written as a name as Misc, and leaves dates and amounts out', () => {
    const doc = conll04Document(
      sentence('The Watergate tapes were heard on June 20 for $1 million.', [
        ['Watergate', 'Other'],
        ['June 20', 'Other'],
        ['$1 million', 'Other'],
      ]),
    );
    expect(spans(doc)).toEqual(['Misc:Watergate']);
  });
});
