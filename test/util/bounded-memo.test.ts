import { boundedMemo } from '../../src/util';

describe('boundedMemo', () => {
  it('computes a key once while it is remembered, and forgets everything when full', () => {
    const calls: string[] = [];
    const upper = boundedMemo((w: string) => {
      calls.push(w);
      return w.toUpperCase();
    }, 2);
    expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // full: cleared, then 'c' remembered
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
