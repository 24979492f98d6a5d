/**
 * The pairs the relation classifier judges: two mentions of different person, organisation or
 * place entities in one sentence of the body, no more than MAX_GAP tokens apart. The same pairs
 * are built for training (from the pipeline's own mentions) and at run time.
 */
import { views } from '../stages/context';
import type { DocState, EntityType, Mention, Token } from '../types';

export const MAX_GAP = 30;
const ARG_TYPES = new Set<string>(['Person', 'Organization', 'Place']);

export interface Argument {
  mention: Mention;
  entity: string;
  type: EntityType;
  /** token indices of the mention in its sentence: first, and one past the last */
  from: number;
  to: number;
}

export interface PairCandidate {
  sentence: number;
  tokens: Token[];
  /** all arguments of the sentence, in text order (the mentions between a pair are features) */
  args: Argument[];
  a: Argument;
  b: Argument;
}

function tokenSpan(tokens: Token[], m: Mention): { from: number; to: number } | null {
  let from = -1;
  let to = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end <= m.start || t.start >= m.end) continue;
    if (from < 0) from = i;
    to = i + 1;
  }
  return from < 0 ? null : { from, to };
}

export function candidatePairs(state: DocState): PairCandidate[] {
  const types = new Map(state.entities.map((e) => [e.id, e.type]));
  const out: PairCandidate[] = [];
  for (const v of views(state)) {
    const tokens = state.tokens[v.sentence.index] ?? [];
    const args: Argument[] = [];
    for (const m of v.actors) {
      const type = types.get(m.entity!);
      if (!type || !ARG_TYPES.has(type) || m.type === 'Nationality') continue;
      const span = tokenSpan(tokens, m);
      if (span && !args.some((x) => x.from < span.to && span.from < x.to))
        args.push({ mention: m, entity: m.entity!, type, ...span });
    }
    for (let i = 0; i < args.length; i++)
      for (let j = i + 1; j < args.length; j++) {
        const a = args[i]!;
        const b = args[j]!;
        if (b.from - a.to > MAX_GAP) break;
        if (a.entity !== b.entity) out.push({ sentence: v.sentence.index, tokens, args, a, b });
      }
  }
  return out;
}
