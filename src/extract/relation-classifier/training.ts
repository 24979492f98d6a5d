/**
 * Training pairs for the relation classifier from CoNLL04 (Roth & Yih 2004) sentences: each goes
 * through the pipeline's own stages up to the rules' relations, so the classifier learns on the
 * mentions, entity types and rule relations it sees at run time. A pair's gold class is the gold
 * relation between the gold entities its mentions overlap; a class its predicted types do not
 * allow is no relation (the classifier could never choose it).
 */
import fs from 'node:fs';
import { stagesThrough } from '../pipeline';
import { parse } from '../stages/parse';
import type { RelationType } from '../../vocabulary';
import { allowedClasses, classOf } from './classes';
import { candidatePairs, type PairCandidate } from './candidates';
import type { LabelledPair } from './classifier';
import { pairContext, pairFeatures } from './features';

export interface Conll04Sentence {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string; text: string }[];
  relations: { type: string; head: number; tail: number }[];
}

/** CoNLL04's relation labels in the graph's vocabulary. */
export const CONLL04_TYPES: Record<string, RelationType> = {
  Work_For: 'WORKS_FOR',
  Live_In: 'LIVES_IN',
  OrgBased_In: 'BASED_IN',
  Located_In: 'LOCATED_IN',
  Kill: 'KILLED',
};

export const readConll04 = (file: string): Conll04Sentence[] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Conll04Sentence);

const BEFORE_CLASSIFIER = stagesThrough('relations');

/** One sentence as the classifier's input: the pipeline's state before its stage, and its pairs. */
export function sentencePairs(s: Conll04Sentence): { pairs: PairCandidate[]; features: string[][] } {
  const state = BEFORE_CLASSIFIER.reduce(
    (st, [, stage]) => stage(st),
    parse({ source: `${s.id}.txt`, text: `${s.text}\n` }),
  );
  const ctx = pairContext(state.relations, state.entities);
  const pairs = candidatePairs(state);
  return { pairs, features: pairs.map((c) => pairFeatures(c, ctx)) };
}

const overlapping = (s: Conll04Sentence, m: { start: number; end: number }) =>
  new Set(s.entities.flatMap((g, i) => (g.start < m.end && m.start < g.end ? [i] : [])));

export function labelledPairs(s: Conll04Sentence): LabelledPair[] {
  const { pairs, features } = sentencePairs(s);
  return pairs.map((c, i) => {
    const ga = overlapping(s, c.a.mention);
    const gb = overlapping(s, c.b.mention);
    const allowed = allowedClasses(c.a.type, c.b.type);
    let truth = 0;
    for (const r of s.relations) {
      const type = CONLL04_TYPES[r.type];
      if (!type) continue;
      const k =
        ga.has(r.head) && gb.has(r.tail)
          ? classOf(type, false)
          : gb.has(r.head) && ga.has(r.tail)
            ? classOf(type, true)
            : 0;
      if (k && allowed.includes(k)) truth = k;
    }
    return { features: features[i]!, allowed, truth };
  });
}
