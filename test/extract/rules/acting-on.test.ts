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
