/**
 * Resolution across articles against the hand-made gold of multi-form entities: the first 250
 * stories of CoNLL-2003 train (real Reuters news of 1996), extracted and resolved together as
 * ingestion resolves them. Every gold entity is one node, no two share one, and no other annotated
 * name lands on a gold entity's node.
 */
import path from 'node:path';
import { readConll } from '../../../src/extract';
import { readGold, scoreResolution } from '../../../scripts/lib/resolution-eval';

const TRAIN = path.resolve(__dirname, '../../../../shared/eval/conll2003/train.txt');
const GOLD = path.resolve(__dirname, '../../fixtures/resolution-gold.json');

describe('resolution against the multi-form gold', () => {
  const score = scoreResolution(readConll(TRAIN).slice(0, 250), readGold(GOLD));

  it('keeps each of at least 25 real-world entities on one node across 250 articles', () => {
    expect(score.entities.length).toBeGreaterThanOrEqual(25);
    expect(score.entities.filter((e) => e.nodes.length !== 1).map((e) => `${e.name}: ${e.nodes.join(' ')}`)).toEqual(
      [],
    );
    expect(score.mentionRecall).toBeGreaterThanOrEqual(0.95);
  });

  it('merges no two of them, and no other name into one (Davey and Allen Johnson, Saddam and King Hussein)', () => {
    expect(
      score.entities.filter((e) => e.mergedWith.length).map((e) => `${e.name}: ${e.mergedWith.join(', ')}`),
    ).toEqual([]);
    expect(score.falseMerges).toBe(0);
  });
});
