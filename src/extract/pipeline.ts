import { parse, type ArticleInput } from './stages/parse';
import { recognize } from './stages/recognize';
import { tag, tagWith } from './stages/tag';
import { resolve } from './stages/resolve';
import { segment } from './stages/segment';
import { temporal } from './stages/temporal';
import { relations } from './stages/relations';
import { classifyRelations, classifyRelationsWith } from './stages/classify-relations';
import { statements } from './stages/statements';
import { coreference } from './stages/coreference';
import { attribution } from './stages/attribution';
import { events } from './stages/events';
import { toOutput, type ExtractOutput } from './output';
import type { RelationClassifier } from './relation-classifier/classifier';
import type { SequenceTagger } from './tagger/tagger';
import type { DocState, Stage } from './types';

/** The stages after parsing, in order: each a pure DocState -> DocState. */
export const STAGES: [string, Stage][] = [
  ['segment', segment],
  ['recognize', recognize],
  ['tag', tag],
  ['resolve', resolve],
  ['temporal', temporal],
  ['relations', relations],
  ['classify-relations', classifyRelations],
  ['statements', statements],
  ['coreference', coreference],
  ['events', events],
  ['attribution', attribution],
];

export interface PipelineOptions {
  /** the tagger of the tag stage (default: the shipped model; null: none) */
  tagger?: SequenceTagger | null;
  /** the classifier of the classify-relations stage (default: the shipped model; null: none) */
  relationClassifier?: RelationClassifier | null;
}

/** The stages up to and including `last`: what a later stage's training input goes through. */
export const stagesThrough = (last: string): [string, Stage][] =>
  STAGES.slice(0, STAGES.findIndex(([n]) => n === last) + 1);

export function runStages(state: DocState, options: PipelineOptions = {}): DocState {
  const stages: [string, Stage][] = STAGES.map(([name, stage]) => {
    if (name === 'tag' && options.tagger !== undefined) return [name, tagWith(options.tagger)];
    if (name === 'classify-relations' && options.relationClassifier !== undefined)
      return [name, classifyRelationsWith(options.relationClassifier)];
    return [name, stage];
  });
  return stages.reduce((s, [, stage]) => stage(s), state);
}

/** Text in, graph document out. Throws ExtractError for input that is not an article. */
export function extract(input: ArticleInput, options: PipelineOptions = {}): ExtractOutput {
  return toOutput(runStages(parse(input), options));
}
