/**
 * The extractor's public face: article text in, the output contract out (docs/extraction.md),
 * through a pipeline of named stages; input checks, file reading and the worker pool; and the
 * tagger's training and evaluation API for `npm run train:ner`.
 */
export { decodeArticle } from './decode';
export { ExtractError, MAX_ARTICLE_BYTES, MAX_ARTICLE_LINES, type ExtractErrorCode } from './errors';
export { expandPaths, readArticle } from './inputs';
export type { ExtractOutput } from './output';
export { extract, runStages, STAGES, stagesThrough, type PipelineOptions } from './pipeline';
export type { ArticleInput } from './stages/parse';
export type * from './types';
export { default as extractTask, type ExtractTaskResult } from './worker/extract-task';
export { createExtractPool, type ExtractPool } from './worker/pool';
// the tagger's training API (npm run train:ner) and its CoNLL reader (the evaluation scripts)
export { detokenise, readConll, type ConllDocument } from './tagger/conll';
export { conll04Document } from './tagger/conll04';
export { readRe3d } from './tagger/re3d';
export { DEFAULT_MODEL_PATH, loadTagger } from './tagger/model';
export {
  train as trainTagger,
  trainTwoPass,
  Tagger,
  type TaggedSentence,
  type TaggerModel,
  type TrainOptions,
  type TwoPassModel,
} from './tagger/tagger';
export { trainingExample } from './tagger/training';
// the relation classifier's training API (npm run train:relations)
export { DEFAULT_RELATION_MODEL_PATH, loadRelationClassifier } from './relation-classifier/model';
export { RelationClassifier, trainRelations, type RelationModel } from './relation-classifier/classifier';
export { labelledPairs, readConll04, type Conll04Sentence } from './relation-classifier/training';
/** How the extractor reads names, for resolution across articles (src/resolve). */
export { initials as orgInitials, isAcronym, parse as parseOrgName } from './stages/org-names';
export { withoutInitials } from './stages/resolve';
