/** The model card written beside the relation model: what it learnt from, on what features, how it scores, on what terms. */
import { sharedScorer } from './shared-scorer';

export interface RelationCardInput {
  sentences: number;
  pairs: number;
  positive: number;
  features: number;
  bytes: number;
  epochs: number;
  seed: number;
  runs: number;
  margin: number;
}

/** Runs the shared CoNLL04 scorer with the given model; its relation table, or why it could not run. */
export const conll04Scores = (model: string, file: string): string =>
  sharedScorer('run-conll04.sh', file, { NEWSGRAPH_RELATION_MODEL: model }, (lines) => {
    const from = lines.findIndex((l) => l.startsWith('-- relations'));
    return [...lines.slice(from, from + 9), ...lines.filter((l) => /^(entity|relation) F1/.test(l))];
  });

export function relationModelCard(c: RelationCardInput, devScores: string | null): string {
  return `# Model card: newsgraph relation classifier (\`relation-model.json\`)

Built by \`npm run train:relations\` (scripts/train-relations.ts), deterministically: pairs are
shuffled each epoch by a seeded generator (seeds ${c.seed} to ${c.seed + c.runs - 1}, one per averaged
run), so the same data and code give this
file byte for byte.

## What it does

Judges every pair of person, organisation and place mentions within ${'30'} tokens of each other in
one sentence of an article's body, and says which relation the sentence states between them, if
any: \`WORKS_FOR\` (person -> organisation), \`LIVES_IN\` (person -> place), \`BASED_IN\`
(organisation -> place), \`LOCATED_IN\` (place -> place) or \`KILLED\` (person -> person), with its
direction. It is the \`classify-relations\` stage of the extraction pipeline, after the rules'
relations (which stay, and are among its features). A relation is kept when its score beats no
relation's by more than the margin (${c.margin}); where a title already makes the person
\`HOLDS_POSITION\` or \`IN_CHARGE_OF\` the organisation, no \`WORKS_FOR\` is added. The attribution
stage then says who asserts each relation, and drops hypothetical and negated ones.

## Model

The average of ${c.runs} averaged perceptrons (Collins 2002), each trained ${c.epochs} epochs on the pairs in
its own shuffled order (one run's dev score moves by a few points with its shuffle; the average
does not), over string features, choosing among the
classes the pair's entity types allow. Features (Zhou et al. 2005): the argument types and order;
the words between the pair (first, last, first two, last two, the only one, bag, bigrams, coarse shapes when short, and a skeleton: function words and punctuation kept, other words as capitalised or not); the
number of words and of other mentions between, and their types; the words before the first and
after the second argument; the head word of each; title words (the lexicon of the recognise
stage) in or before either argument or between; a lexicon of killing words, between or in the
sentence; a lexicon of residence words; whether either argument is a country; the rules'
relations between the same entities, with their direction. Each feature also comes conjoined with
the argument types.

- training sentences: ${c.sentences}; candidate pairs: ${c.pairs}, of which ${c.positive} are related
- features kept: ${c.features}; file size: ${(c.bytes / 1e6).toFixed(2)} MB

## Data

CoNLL04 (Roth & Yih 2004, "A Linear Programming Formulation for Global Inference in Natural
Language Tasks"): news sentences (TREC, 1980s-90s newswire) with entities and five relation types,
in the 910/243/288 train/dev/test split of the joint extraction literature. Trained on the 910
train sentences only; the mentions are the pipeline's own (its tagger and rules), laid on the gold
entities by overlap. The annotations are free for research use; the text is newswire under its
publishers' research terms, so the model is for research use on those terms. The dev set is for
tuning only; the test set was never read.

## Scores on CoNLL04 dev (\`../shared/eval/run-conll04.sh\`, the whole pipeline)

${devScores ? '```\n' + devScores + '\n```' : '(not scored)'}
`;
}
