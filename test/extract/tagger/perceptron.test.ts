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
});
