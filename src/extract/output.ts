import type { DocState, Entity, Relation, Statement } from './types';

/** The JSON contract of `npm run extract` (../shared/contracts/extract-output.md). */
export interface ExtractOutput {
  source: string;
  article: DocState['article'];
  sentences: { index: number; start: number; end: number; section: 'body' | 'comment' }[];
  entities: Entity[];
  relations: Relation[];
  statements: Statement[];
  comments: { index: number; author: string; start: number; end: number }[];
  diagnostics: DocState['diagnostics'];
}

export function toOutput(state: DocState): ExtractOutput {
  return {
    source: state.source,
    article: state.article,
    sentences: state.sentences.map(({ index, start, end, section }) => ({ index, start, end, section })),
    entities: state.entities,
    relations: state.relations,
    statements: state.statements,
    comments: state.comments.map(({ index, author, start, end }) => ({ index, author, start, end })),
    diagnostics: state.diagnostics,
  };
}
