import { parse, type ArticleInput } from './stages/parse';
import { recognize } from './stages/recognize';
import { tag, tagWith } from './stages/tag';
import { resolve } from './stages/resolve';
import { segment } from './stages/segment';
import { temporal } from './stages/temporal';
import { relations } from './stages/relations';
import { statements } from './stages/statements';
import { coreference } from './stages/coreference';
import { attribution } from './stages/attribution';
import { events } from './stages/events';
import { toOutput, type ExtractOutput } from './output';
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
  ['statements', statements],
  ['coreference', coreference],
  ['events', events],
  ['attribution', attribution],
];

export interface PipelineOptions {
  /** the tagger of the tag stage (default: the shipped model; null: none) */
  tagger?: SequenceTagger | null;
}

export function runStages(state: DocState, options: PipelineOptions = {}): DocState {
  const stages: [string, Stage][] =
    options.tagger === undefined
      ? STAGES
      : STAGES.map(([name, stage]) => [name, name === 'tag' ? tagWith(options.tagger!) : stage]);
  return stages.reduce((s, [, stage]) => stage(s), state);
}

/** Text in, graph document out. Throws ExtractError for input that is not an article. */
export function extract(input: ArticleInput, options: PipelineOptions = {}): ExtractOutput {
  return toOutput(runStages(parse(input), options));
}
