/**
 * Training examples for the tagger: each CoNLL document goes through the pipeline's own parse,
 * segment and recognise stages, so the tagger learns from the same tokens and rule guesses it sees
 * at run time, with the gold tags laid on those tokens.
 */
import { parse } from '../stages/parse';
import { recognize } from '../stages/recognize';
import { segment } from '../stages/segment';
import { taggerInput } from '../stages/tag';
import type { ConllDocument } from './conll';
import type { TaggedSentence } from './tagger';
import { spansToTags } from './tags';

export function trainingExample(doc: ConllDocument, i: number): TaggedSentence[] {
  const state = recognize(segment(parse({ source: `conll-${i}.txt`, text: doc.text })));
  const overlaps = (s: TaggedSentence, r: { start: number; end: number }) =>
    s.tokens.length > 0 && r.start < s.tokens[s.tokens.length - 1]!.end && s.tokens[0]!.start < r.end;
  return taggerInput(state)
    .filter((s) => !doc.unsure?.some((r) => overlaps(s, r)))
    .map((s) => ({
      ...s,
      gold: spansToTags(
        s.tokens,
        doc.gold.filter((g) => overlaps(s, g)),
      ),
    }));
}
