import { attribution } from '../../../src/extract/stages/attribution';
import type { Relation, Statement } from '../../../src/extract/types';
import { resolvedState } from './hand-state';

const rel = (type: string, source: string, target: string, start: number, end: number, sentence = 0): Relation => ({
  type,
  source,
  target,
  properties: {},
  evidence: [{ sentence, start, end }],
  confidence: 0.7,
});

describe('attribution stage', () => {
  const text =
    'Russia said NATO shows hostility to Russia daily. NATO Secretary General Jens Stoltenberg visited Kyiv.';
  const state = resolvedState(text, [
    { text: 'Russia', type: 'Place', entity: 'place:ru' },
    { text: 'NATO', type: 'Organization', entity: 'organization:nato' },
    { text: 'Jens Stoltenberg', type: 'Person', entity: 'person:jens-stoltenberg' },
  ]);
  const claim: Statement = {
    id: 's1',
    speaker: 'place:ru',
    text: 'NATO shows hostility to Russia daily',
    direct: false,
    channel: null,
    date: null,
    about: ['organization:nato'],
    evidence: [{ sentence: 0, start: 0, end: 49 }],
  };
  const fights = rel('FIGHTS_AGAINST', 'organization:nato', 'place:ru', 12, 42);
  const holds = rel('HOLDS_POSITION', 'person:jens-stoltenberg', 'organization:nato', 50, 88, 1);

  it("attributes a fact inside reported speech to its speaker, and keeps the article's own facts reported", () => {
    const out = attribution({ ...state, statements: [claim], relations: [fights, holds] });
    expect(out.relations.map((r) => [r.type, r.assertion, r.attributedTo])).toEqual([
      ['FIGHTS_AGAINST', 'attributed', 'place:ru'],
      ['HOLDS_POSITION', 'reported', null],
    ]);
  });

  it('makes no fact of a hypothetical or negated statement', () => {
    const t = 'Britain would supply tanks to Ukraine next year. Germany did not support Hungary on Monday.';
    const s = resolvedState(t, [
      { text: 'Britain', type: 'Place', entity: 'place:gb' },
      { text: 'Ukraine', type: 'Place', entity: 'place:ua' },
      { text: 'Germany', type: 'Place', entity: 'place:de' },
      { text: 'Hungary', type: 'Place', entity: 'place:hu' },
    ]);
    const out = attribution({
      ...s,
      relations: [rel('SUPPORTS', 'place:gb', 'place:ua', 0, 37), rel('SUPPORTS', 'place:de', 'place:hu', 49, 80, 1)],
    });
    expect(out.relations).toEqual([]);
    expect(out.diagnostics.map((d) => d.stage)).toContain('attribution');
  });
});
