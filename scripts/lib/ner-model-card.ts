/** The model card written beside the NER model: what it learnt from, on what features, how it scores, on what terms. */
import { sharedScorer } from './shared-scorer';

export interface CardInput {
  trainedOn: string[];
  documents: number;
  features: number;
  passes: number;
  folds: number;
  epochs: number;
  minCount: number;
  bytes: number;
}

/** Runs the shared CoNLL scorer on `file` with the given model; its table, or why it could not run. */
export const conllScores = (model: string, file: string): string =>
  sharedScorer('run-conll.sh', file, { NEWSGRAPH_TAGGER_MODEL: model }, (lines) =>
    lines.filter((l) => /^(PER|ORG|LOC|ALL|\s+gold|untyped|strict)/.test(l)),
  );

export function modelCard(c: CardInput, devScores: string | null): string {
  return `# Model card: newsgraph NER tagger (\`ner-model.json\`)

Built by \`npm run train:ner\` (scripts/train-ner.ts), deterministically: documents are shuffled each
epoch by a seeded generator (seed 7), so the same data and code give this file byte for byte.

## What it does

Tags every token of an article with BILOU tags (Begin, Inside, Last, Unit, Outside) over four types: Person (CoNLL PER), Organization
(ORG), Place (LOC) and Misc (MISC: nationalities, events, competitions, products, works). It is the
recogniser of the extraction pipeline's \`tag\` stage: it decides which words are names, their
boundaries and their types; the rules of the \`recognize\` stage only propose (their output is one
of its features). Misc names are recognised so that they are not mistyped; they become no graph
nodes (docs/extraction.md).

## Model

${
  c.passes === 2
    ? `Two averaged perceptrons (Collins 2002) over string features, each trained greedily left to right a
document at a time and decoded with a beam of 4 tag sequences per sentence that BILOU allows
(NEWSGRAPH_TAGGER_BEAM; the greedy choice cannot take back a one-word name that the next word shows
began a longer one, "Knight-Ridder Inc."). The first tags the document; the second tags it again with the first pass's
tags of the whole document as features (Krishnan & Manning 2006): the first pass's tag of the
token and its neighbours, and the majority type the first pass gave the same word, the same name,
and longer names containing the word anywhere in the article, later sentences included. The second
pass learns from first-pass tags of training documents made by models that did not see them
(${c.folds}-fold jackknife), so it learns to correct the noise it meets on new text.`
    : `An averaged perceptron (Collins 2002) over string features, trained greedily left to right a
document at a time and decoded with a beam of 4 tag sequences per sentence.`
} ${c.features.toLocaleString('en')} features with a weight per tag (${(c.bytes / 1e6).toFixed(1)} MB of JSON),
${c.epochs} epochs, static features seen fewer than ${c.minCount} times in training left out.

Features of each token:
- the word, lower-cased and as written, its shape (Xxxx, XX, d.d) and short shape, prefixes and
  suffixes of 1 to 4 letters;
- the words and shapes two to either side, and word and shape bigrams;
- gazetteer and word-list membership (countries, GeoNames cities, demonyms, given names,
  organisation and place head words, titles) and compromise's reading of the word as a common
  English word, for the token and its neighbours;
- the rule-based recogniser's tag over the token, with the rule's name and whether a
  lexicon keyed it;
- sentence-initial position, and an all-caps sentence (a headline), where shapes and word lists
  read the word as running text would write it ("JAPAN" as "Japan");
- document-level: whether the word is written lower-case, or capitalised mid-sentence, elsewhere
  in the article; the words around its other occurrences in the article (context aggregation);
  and the type the tagger gave the same word earlier in the article (a prediction history, after
  Ratinov & Roth 2009);
- the tags chosen for the previous two tokens.

## Data

Trained on ${c.trainedOn.join(' + ')} (${c.documents} documents): CoNLL-2003 English${
    c.trainedOn.some((f) => f.endsWith('.jsonl'))
      ? ` and the CoNLL04 training sentences (each sentence a document; mapped to CoNLL-2003's convention by
src/extract/tagger/conll04.ts: a person's leading title is not part of the name, and an "Other" is
Misc only when written as a name)`
      : ''
  }, read through the pipeline's own parse, segment and recognise stages so it learns from the
tokens it sees at run time. No test split of any data set was read.

CoNLL-2003 (Tjong Kim Sang & De Meulder 2003): the annotations are free for research; the text is
Reuters RCV1 news of 1996, under Reuters' terms for research use. CoNLL04 (Roth & Yih 2004): news
sentences of the TREC collection (AP, WSJ, FBIS), distributed for research. This model is derived
from them, so its use is bound by the same research terms.

## Scores

CoNLL-2003 dev (\`../shared/eval/run-conll.sh\`, strict: exact span and type; MISC not scored)${
    c.trainedOn.some((f) => f.startsWith('dev'))
      ? ' — this model saw dev in training, so these are not held-out figures'
      : ', from this model, which did not see dev'
  }:

\`\`\`
${devScores ?? '(not scored)'}
\`\`\`
`;
}
