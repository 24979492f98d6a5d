import { parse, type ArticleInput } from './stages/parse';
import { recognize } from './stages/recognize';
import { resolve } from './stages/resolve';
import { segment } from './stages/segment';
import { temporal } from './stages/temporal';
import { relations } from './stages/relations';
import { statements } from './stages/statements';
import { events } from './stages/events';
import { toOutput, type ExtractOutput } from './output';
import type { DocState, Stage } from './types';

/** The stages after parsing, in order: each a pure DocState -> DocState. */
export const STAGES: [string, Stage][] = [
  ['segment', segment],
  ['recognize', recognize],
  ['resolve', resolve],
  ['temporal', temporal],
  ['relations', relations],
  ['statements', statements],
  ['events', events],
];

export function runStages(state: DocState): DocState {
  return STAGES.reduce((s, [, stage]) => stage(s), state);
}

/** Text in, graph document out. Throws ExtractError for input that is not an article. */
export function extract(input: ArticleInput): ExtractOutput {
  return toOutput(runStages(parse(input)));
}
