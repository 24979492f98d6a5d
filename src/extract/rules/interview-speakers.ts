/**
 * In a transcribed interview each turn opens with its speaker's name in brackets: "(Gubarev) How
 * did Ukraine lose out by this deal? (Mikhaylov) The level of Ukraine's security has increased".
 * Such a name, opening a sentence or following the end of one (or a colon), with a capital after
 * it, is a person. Editors' marks stand there too ("(Text)", "(Excerpts)", "(Begin recording)"):
 * a name is one or two words in title case that are no common English words.
 */
import { commonWordTag } from '../lexicon/english';
import { overlaps } from '../sorted';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const TURN_OPENS = /^[.?!:"'’”]$/;
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*$/u;

export function interviewSpeakers(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  const speakers: TypedSpan[] = [];
  tokens.forEach((t, i) => {
    if (t.text !== '(' || (i > 0 && !TURN_OPENS.test(tokens[i - 1]!.text))) return;
    const close = tokens.findIndex((x, k) => k > i && x.text === ')');
    const name = tokens.slice(i + 1, close);
    if (close < 0 || name.length < 1 || name.length > 2 || !/^\p{Lu}/u.test(tokens[close + 1]?.text ?? '')) return;
    if (!name.every((w) => NAME_WORD.test(w.text) && commonWordTag(w.text.toLowerCase()) === null)) return;
    speakers.push({ start: name[0]!.start, end: name[name.length - 1]!.end, type: 'Person' });
  });
  if (speakers.length === 0) return spans;
  return [...spans.filter((s) => !speakers.some((p) => overlaps(p, s))), ...speakers].sort((a, b) => a.start - b.start);
}
