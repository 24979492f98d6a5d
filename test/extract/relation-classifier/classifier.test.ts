import { allowedClasses, CLASSES, decision } from '../../../src/extract/relation-classifier/classes';
import {
  RelationClassifier,
  trainRelations,
  type LabelledPair,
} from '../../../src/extract/relation-classifier/classifier';
import { candidatePairs } from '../../../src/extract/relation-classifier/candidates';
import { pairContext, pairFeatures } from '../../../src/extract/relation-classifier/features';
import { classOf } from '../../../src/extract/relation-classifier/classes';
import { AveragedPerceptron } from '../../../src/extract/tagger/perceptron';
import { resolvedState } from '../stages/hand-state';

describe('relation classes', () => {
  it('allow only the types that fit the pair, in either direction', () => {
    const names = (a: Parameters<typeof allowedClasses>[0], b: Parameters<typeof allowedClasses>[1]) =>
      allowedClasses(a, b).map((c) => CLASSES[c]);
    expect(names('Person', 'Organization')).toEqual(['NONE', 'WORKS_FOR>']);
    expect(names('Organization', 'Person')).toEqual(['NONE', 'WORKS_FOR<']);
    expect(names('Place', 'Place')).toEqual(['NONE', 'LOCATED_IN>', 'LOCATED_IN<']);
    expect(names('Person', 'Person')).toEqual(['NONE', 'KILLED>', 'KILLED<']);
    expect(names('Organization', 'Organization')).toEqual(['NONE']);
  });

  it('read back as a kind and a direction', () => {
    expect(decision(0)).toBeNull();
    expect(decision(classOf('LIVES_IN', true))).toEqual({
      kind: { type: 'LIVES_IN', source: 'Person', target: 'Place' },
      reversed: true,
    });
  });
});

describe('candidate pairs', () => {
  it('pair the person, organisation and place mentions of a sentence, never across sentences', () => {
    const state = resolvedState('Ana Ruiz works for Acme in Lima. Bo Chen left.', [
      { text: 'Ana Ruiz', type: 'Person', entity: 'person:ana-ruiz' },
      { text: 'Acme', type: 'Organization', entity: 'organization:acme' },
      { text: 'Lima', type: 'Place', entity: 'place:lima' },
      { text: 'Bo Chen', type: 'Person', entity: 'person:bo-chen' },
    ]);
    const pairs = candidatePairs(state).map((c) => `${c.a.mention.text}+${c.b.mention.text}`);
    expect(pairs).toEqual(['Ana Ruiz+Acme', 'Ana Ruiz+Lima', 'Acme+Lima']);
  });
});

describe('relation classifier training', () => {
  const state = resolvedState('Ana Ruiz works for Acme in Lima.', [
    { text: 'Ana Ruiz', type: 'Person', entity: 'person:ana-ruiz' },
    { text: 'Acme', type: 'Organization', entity: 'organization:acme' },
    { text: 'Lima', type: 'Place', entity: 'place:lima' },
  ]);
  const ctx = pairContext([], state.entities);
  const pairs = candidatePairs(state);
  const truths = [classOf('WORKS_FOR', false), 0, classOf('BASED_IN', false)];
  const data: LabelledPair[] = pairs.map((c, i) => ({
    features: pairFeatures(c, ctx),
    allowed: allowedClasses(c.a.type, c.b.type),
    truth: truths[i]!,
  }));

  it('learns the pairs it is shown and keeps them through its JSON model', () => {
    const model = JSON.parse(JSON.stringify(trainRelations(data, { epochs: 5, seed: 1, margin: 0 })));
    const classifier = RelationClassifier.fromModel(model);
    const got = pairs.map((c) => classifier.classify(c, ctx)?.kind.type ?? null);
    expect(got).toEqual(['WORKS_FOR', null, 'BASED_IN']);
  });

  it('scores a pair as the perceptron scores its features, to the last bit, without making the conjoined ones', () => {
    const model = trainRelations(data, { epochs: 5, seed: 1, margin: -Infinity });
    const perceptron = AveragedPerceptron.fromModel(model);
    const classifier = RelationClassifier.fromModel(model);
    for (const c of pairs) {
      const scores = perceptron.score(pairFeatures(c, ctx));
      const best = allowedClasses(c.a.type, c.b.type)
        .filter((k) => k > 0)
        .reduce((x, k) => (scores[k]! > scores[x]! ? k : x));
      expect(classifier.classify(c, ctx)?.lead).toBe(scores[best]! - scores[0]!);
    }
  });

  it('is deterministic for a seed', () => {
    const a = JSON.stringify(trainRelations(data, { epochs: 3, seed: 9, margin: 0 }));
    expect(JSON.stringify(trainRelations(data, { epochs: 3, seed: 9, margin: 0 }))).toBe(a);
  });

  it('keeps a relation that no relation outscores by less than a negative margin, and only then', () => {
    const model = trainRelations(data, { epochs: 5, seed: 1, margin: 0 });
    const pair = pairs[1]!; // Ana Ruiz + Lima: taught as no relation
    const plain = RelationClassifier.fromModel(model).classify(pair, ctx);
    expect(plain).toBeNull();
    // how far the best relation trails no relation, read from a classifier that keeps everything
    const lead = RelationClassifier.fromModel({ ...model, margin: -Infinity }).classify(pair, ctx)!.lead;
    expect(lead).toBeLessThan(0);
    expect(RelationClassifier.fromModel({ ...model, margin: lead - 1 }).classify(pair, ctx)?.kind.type).toBe(
      'LIVES_IN',
    );
    expect(RelationClassifier.fromModel({ ...model, margin: lead + 1 }).classify(pair, ctx)).toBeNull();
  });
});

describe('pair context', () => {
  it('counts as countries the places with an ISO code, not every place that lies in a country', () => {
    const places = [
      { id: 'place:ukraine', isoCode: 'UA', countryCode: 'UA' },
      { id: 'place:kyiv', countryCode: 'UA' },
    ];
    const ctx = pairContext([], places);
    expect([...ctx.countries]).toEqual(['place:ukraine']);
  });
});
