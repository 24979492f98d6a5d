/**
 * In a transcribed interview each turn opens with its speaker's name in brackets: "(Gubarev) How
 * did Ukraine lose out by this deal? (Mikhaylov) The level of Ukraine's security has increased".
 * Such a name, opening a sentence or following the end of one (or a colon), with a capital after
 * it, is a person. Editors' marks stand there too ("(Text)", "(Excerpts)", "(Begin recording)"),
 * and tables put a country or a heading in brackets at a line's start ("(Finland) Gulf McLaren",
 * "(Group) FORECAST"): a speaker's name is one or two words in title case that are no common
 * English words or plural nouns, no place the gazetteer knows and no organisation's head word,
 * and the turn goes on in running text (a word in title case, not capitals).
 */
import { commonWordTag } from '../lexicon/english';
import { country, place } from '../lexicon/gazetteer';
import { ORG_HEADS } from '../lexicon/words';
import { isPluralNoun } from './word-tests';
import { overlaps } from '../sorted';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const TURN_OPENS = /^[?!:"'’”]$/;
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*$/u;
const RUNNING_TEXT = /^(?:I|\p{Lu}\p{Ll}+)$/u;
const speakerWord = (w: string) =>
  NAME_WORD.test(w) && commonWordTag(w.toLowerCase()) === null && !ORG_HEADS.has(w.toLowerCase()) && !isPluralNoun(w);

/** an initial before the bracket ("E.F. (Fritz) Schumacher"): a nickname, where a sentence seemed to end */
const INITIAL_BEFORE = /(?:^|[\s.])\p{Lu}\.\s*$/u;

export function interviewSpeakers(spans: TypedSpan[], tokens: Token[], text: string): TypedSpan[] {
  const speakers: TypedSpan[] = [];
  tokens.forEach((t, i) => {
    if (t.text !== '(' || (i > 0 && !TURN_OPENS.test(tokens[i - 1]!.text))) return;
    if (INITIAL_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) return;
    const close = tokens.findIndex((x, k) => k > i && x.text === ')');
    const name = tokens.slice(i + 1, close);
    if (close < 0 || name.length < 1 || name.length > 2 || !RUNNING_TEXT.test(tokens[close + 1]?.text ?? '')) return;
    if (!name.every((w) => speakerWord(w.text))) return;
    const span = { start: name[0]!.start, end: name[name.length - 1]!.end };
    const words = name.map((w) => w.text).join(' ');
    if (!place(words) && !country(words)) speakers.push({ ...span, type: 'Person' });
  });
  if (speakers.length === 0) return spans;
  return [...spans.filter((s) => !speakers.some((p) => overlaps(p, s))), ...speakers].sort((a, b) => a.start - b.start);
}
