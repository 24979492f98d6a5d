import { AveragedPerceptron } from '../../../src/extract/tagger/perceptron';

describe('averaged perceptron', () => {
  it('learns which feature means which class, and keeps it through its JSON model', () => {
    const p = new AveragedPerceptron(['O', 'A', 'B']);
    const data: [string[], number][] = [
      [['bias', 'w=a'], 1],
      [['bias', 'w=b'], 2],
      [['bias', 'w=c'], 0],
    ];
    for (let epoch = 0; epoch < 5; epoch++) for (const [f, y] of data) p.update([f], y, p.predict(f));
    p.average();
    for (const [f, y] of data) expect(p.predict(f)).toBe(y);
    const model = JSON.parse(JSON.stringify(p.toModel()));
    const q = AveragedPerceptron.fromModel(model);
    for (const [f, y] of data) expect(q.predict(f)).toBe(y);
    expect(q.predict(['never-seen'])).toBe(0); // no evidence: the first class
  });

  it('loads models side by side in one table, each scoring with its own weights', () => {
    const a = { classes: ['O', 'A'], weights: { x: [0.5, -1], y: [0.25, 2] } };
    const b = { classes: ['O', 'A'], weights: { y: [-3, 1], z: [1, 1.5] } };
    const [pa, pb] = AveragedPerceptron.fromModels([a, b]);
    expect(Array.from(pa!.score(['x', 'y', 'z']))).toEqual([0.75, 1]);
    expect(Array.from(pb!.score(['x', 'y', 'z']))).toEqual([-2, 2.5]);
    // both models' scores in one walk over the rows of the features
    const both = new Float64Array(4);
    AveragedPerceptron.addRows(pa!, pa!.rowsOf(['x', 'y', 'z']), both);
    expect(Array.from(both)).toEqual([0.75, 1, -2, 2.5]);
    // each keeps its weights through its JSON model (a feature only the other has weighs nothing)
    expect(pa!.toModel().weights).toEqual({ ...a.weights, z: [0, 0] });
    expect(pb!.toModel().weights).toEqual({ ...b.weights, x: [0, 0] });
  });
});
