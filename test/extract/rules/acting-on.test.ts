import { actingOn } from '../../../src/extract/rules/acting-on';
import { candidatePairs } from '../../../src/extract/relation-classifier/candidates';
import { resolvedState } from '../stages/hand-state';

describe('actingOn', () => {
  const pair = (text: string) =>
    candidatePairs(
      resolvedState(text, [
        { text: 'Trump', type: 'Person', entity: 'person:trump' },
        { text: 'ByteDance', type: 'Organization', entity: 'organization:bytedance' },
      ]),
    )[0]!;
  it('reads a person who orders or sues an organisation as no one who works for it', () => {
    expect(actingOn('WORKS_FOR', pair('Trump orders ByteDance to divest TikTok.'))).toBe(true);
    expect(actingOn('WORKS_FOR', pair('Trump sued ByteDance on Monday.'))).toBe(true);
    expect(actingOn('WORKS_FOR', pair('Trump, who runs ByteDance, spoke.'))).toBe(false);
    expect(actingOn('BASED_IN', pair('Trump orders ByteDance to divest TikTok.'))).toBe(false);
    expect(actingOn('WORKS_FOR', pair('Trump was poisoned with ByteDance.'))).toBe(true);
  });
});

describe('actingOn: either order, and wars', () => {
  const pairOf = (text: string, names: [string, 'Person' | 'Organization' | 'Place'][]) =>
    candidatePairs(
      resolvedState(
        text,
        names.map(([n, type]) => ({
          text: n,
          type,
          entity: `${type.toLowerCase()}:${n.toLowerCase().replace(/ /g, '-')}`,
        })),
      ),
    )[0]!;
  it('reads the police who arrest a person, and a critic of a place, as outside it', () => {
    const arrest = pairOf('Hong Kong police arrest Jimmy Lai.', [
      ['Hong Kong', 'Place'],
      ['Jimmy Lai', 'Person'],
    ]);
    expect(actingOn('LIVES_IN', arrest)).toBe(true);
    const critic = pairOf('Lai, 71, an outspoken critic of Beijing, was led away.', [
      ['Lai', 'Person'],
      ['Beijing', 'Place'],
    ]);
    expect(actingOn('LIVES_IN', critic)).toBe(true);
    const home = pairOf('Lai, 71, a resident of Beijing, was led away.', [
      ['Lai', 'Person'],
      ['Beijing', 'Place'],
    ]);
    expect(actingOn('LIVES_IN', home)).toBe(false);
  });

  it('reads an organisation a place fought as based elsewhere', () => {
    const war = pairOf('Israel, which has fought several wars with Hezbollah, denied a role.', [
      ['Israel', 'Place'],
      ['Hezbollah', 'Organization'],
    ]);
    expect(actingOn('BASED_IN', war)).toBe(true);
    const base = pairOf('Lebanon, where Hezbollah has its base, denied a role.', [
      ['Lebanon', 'Place'],
      ['Hezbollah', 'Organization'],
    ]);
    expect(actingOn('BASED_IN', base)).toBe(false);
  });
});
