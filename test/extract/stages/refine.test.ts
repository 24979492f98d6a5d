import { parse } from '../../../src/extract/stages/parse';
import { recognize } from '../../../src/extract/stages/recognize';
import { refineWith } from '../../../src/extract/stages/refine';
import { resolve } from '../../../src/extract/stages/resolve';
import { segment } from '../../../src/extract/stages/segment';
import { defaultTagger } from '../../../src/extract/tagger/model';
import type { SequenceTagger } from '../../../src/extract/tagger/tagger';
import { spansToTags, type NamedType } from '../../../src/extract/tagger/tags';

/** A tagger that marks exactly the given phrases: the refine stage's rules, without a model's opinions. */
const marking = (text: string, phrases: [string, NamedType][]): SequenceTagger => ({
  tag: ({ tokens }) =>
    spansToTags(
      tokens,
      phrases.map(([p, type]) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length, type })),
    ),
});

function run(text: string, phrases: [string, NamedType][]) {
  const recognized = recognize(segment(parse({ source: 't', text })));
  const refined = refineWith(marking(text, phrases))(recognized);
  const resolved = resolve(refined);
  return {
    before: recognized.mentions.filter((m) => ['Person', 'Organization', 'Place'].includes(m.type)).map((m) => m.text),
    mentions: refined.mentions.filter((m) => ['Person', 'Organization', 'Place'].includes(m.type)),
    entities: resolved.entities,
  };
}

describe('refine stage', () => {
  it('keeps the boundaries and identity the rules found under a longer tagged span', () => {
    const text = 'Fighting continued in the city of Mosul on Monday.';
    const { mentions, entities } = run(text, [['the city of Mosul', 'Place']]);
    expect(mentions.map((m) => m.text)).toEqual(['Mosul']);
    expect(entities.find((e) => e.name === 'Mosul')).toMatchObject({ id: 'place:mosul', countryCode: 'IQ' });
  });

  it('drops a guess from capitalisation the tagger passes over, keeps a gazetteer name', () => {
    const text = 'Troops read the Black Book in Berlin.';
    const { before, mentions } = run(text, []);
    expect(before).toEqual(['Black Book', 'Berlin']);
    expect(mentions.map((m) => m.text)).toEqual(['Berlin']);
  });

  it('leaves two names under one tagged span as two mentions', () => {
    const text = 'Fighting reached Bakhmut, Ukraine, on Monday.';
    const { mentions } = run(text, [['Bakhmut, Ukraine', 'Place']]);
    expect(mentions.map((m) => m.text).sort()).toEqual(['Bakhmut', 'Ukraine']);
  });

  it('adds a name the rules missed', () => {
    const text = 'Officials of the government of Iraq met the Peshmerga commanders.';
    const { before, mentions } = run(text, [
      ['government of Iraq', 'Organization'],
      ['Peshmerga', 'Organization'],
    ]);
    expect(before).not.toContain('Peshmerga');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Iraq', 'Place'],
      ['Peshmerga', 'Organization'],
    ]);
  });

  it('ignores tagged spans with nothing capitalised in them', () => {
    const text = 'The talks in Paris ended.';
    const { mentions } = run(text, [['talks in', 'Organization']]);
    expect(mentions.map((m) => m.text)).toEqual(['Paris']);
  });

  it('is a no-op without a tagger, and the shipped model can be turned off', () => {
    const state = recognize(segment(parse({ source: 't', text: 'Zorblat visited Berlin.' })));
    expect(refineWith(null)(state)).toBe(state);
    expect(defaultTagger()).not.toBeNull();
    const saved = process.env.NEWSGRAPH_TAGGER_MODEL;
    process.env.NEWSGRAPH_TAGGER_MODEL = 'off';
    try {
      expect(defaultTagger()).toBeNull();
    } finally {
      if (saved === undefined) delete process.env.NEWSGRAPH_TAGGER_MODEL;
      else process.env.NEWSGRAPH_TAGGER_MODEL = saved;
    }
  });
});
