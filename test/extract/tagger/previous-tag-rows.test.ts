import { previousTagFeatures, historyFeature } from '../../../src/extract/tagger/features';
import { AveragedPerceptron, type PerceptronModel } from '../../../src/extract/tagger/perceptron';
import { PreviousTagRows } from '../../../src/extract/tagger/previous-tag-rows';
import { TAGS } from '../../../src/extract/tagger/tags';

/** A model with weights on some tag-dependent features of a few words, shapes and histories. */
function model(seed: number): PerceptronModel {
  const weights: Record<string, number[]> = {};
  let x = seed;
  const next = () => ((x = (x * 48271) % 2147483647) % 2000) / 1000 - 1;
  for (const word of ['Berlin', 'said', 'Bank'])
    for (const prev of TAGS)
      for (const f of previousTagFeatures(word, 'Xx', prev, 'LOC').slice(0, 3))
        if (next() > -0.5) weights[f] = TAGS.map(() => Math.round(next() * 1000) / 1000);
  for (const hist of ['none', 'LOC']) {
    weights[historyFeature(hist)] = TAGS.map(() => Math.round(next() * 1000) / 1000);
    for (const prev of TAGS) weights[`h=${hist}|${prev}`] = TAGS.map(() => Math.round(next() * 1000) / 1000);
  }
  return { classes: [...TAGS], weights };
}

describe('previous-tag rows', () => {
  it("gives exactly the model's scores of the tag-dependent features, for each of two models sharing a table", () => {
    const models = AveragedPerceptron.fromModels([model(7), model(11)]);
    for (const p of models) {
      const rows = PreviousTagRows.of(p);
      expect(PreviousTagRows.of(p)).toBe(rows); // one per model
      for (const word of ['Berlin', 'said', 'Bank', 'unknown'])
        for (const hist of ['none', 'LOC'])
          TAGS.forEach((prev, k) => {
            const expected = Array.from(p.score(previousTagFeatures(word, 'Xx', prev, hist)));
            const out = new Float64Array(TAGS.length).fill(9); // whatever it held before is replaced
            rows.scoresInto(word, 'Xx', k, hist, out);
            expect(Array.from(out)).toEqual(expected);
            expect(rows.scoreOf(word, 'Xx', k, hist, 0)).toBe(expected[0]);
          });
      expect(Array.from(rows.history('LOC'))).toEqual(Array.from(p.score([historyFeature('LOC')])));
    }
    // the two models' rows are their own
    expect(Array.from(PreviousTagRows.of(models[0]!).history('none'))).not.toEqual(
      Array.from(PreviousTagRows.of(models[1]!).history('none')),
    );
  });
});
