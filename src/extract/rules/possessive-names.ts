/**
 * Some names end in a possessive: "Boatmen's" (a bank), "Lord's" (a cricket ground), "McDonald's".
 * A genitive is followed by what is owned ("Russia's army"); a name that ends in "'s" is followed
 * by what any name is followed by: a verb ("Boatmen's was"), a comma or a full stop ("at Lord's,").
 * Where an article shows a name so once, the "'s" is the name's wherever the article writes it
 * ("Boatmen's stock", "Boatmen's Bancshares Inc.").
 */
import { commonWordTag } from '../lexicon/english';
import { country } from '../lexicon/gazetteer';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const POSSESSIVE = /^['’]s$/;
/** what ends a phrase ("$" or "-" may begin or join one) */
const PUNCTUATION = /^[,.;:!?)"”’]$/;
/** compromise's lexicon tags of past tenses, modals and "is": a present tense in -s may be a plural ("Seoul's requests") */
const FINITE = /^(?:PastTense|Modal|Copula)$/;
const FINITE_WORDS = new Set(['has', 'says', 'does']);

/** A quote mark with a space before it and a word right after opens a title: what the genitive owns ("NBC's "L.A. Law""). */
const opensQuote = (t: Token, text: string) =>
  /^["”’]$/.test(t.text) && /\s/.test(text[t.start - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[t.end] ?? '');
const named = (s: TypedSpan) => s.type === 'Organization' || s.type === 'Place';
const nextIndex = (tokens: Token[], end: number) => tokens.findIndex((t) => t.start >= end);

/** Names (their text) that some sentence of the article ends in "'s" before a verb or punctuation. */
function possessiveNames(sentences: { tokens: Token[]; spans: TypedSpan[] }[], text: string): Set<string> {
  const out = new Set<string>();
  for (const { tokens, spans } of sentences)
    // a country's "'s" is always its genitive: "Japan's crippled Fukushima plant" (a participle after it)
    for (const s of spans.filter((x) => named(x) && !country(text.slice(x.start, x.end)))) {
      const j = nextIndex(tokens, s.end);
      if (j < 0 || !POSSESSIVE.test(tokens[j]!.text) || tokens[j]!.start !== s.end) continue;
      const after = tokens[j + 1];
      const word = after?.text.toLowerCase() ?? '';
      const punctuation = after !== undefined && PUNCTUATION.test(after.text) && !opensQuote(after, text);
      if (!after || punctuation || FINITE.test(commonWordTag(word) ?? '') || FINITE_WORDS.has(word))
        out.add(text.slice(s.start, s.end));
    }
  return out;
}

/**
 * Every organisation or place span of a name the article writes with its "'s" takes the "'s", and
 * with it a span of the same type that follows at once ("Boatmen's" + "Bancshares Inc.").
 */
export function withPossessiveNames(sentences: { tokens: Token[]; spans: TypedSpan[] }[], text: string): TypedSpan[][] {
  const names = possessiveNames(sentences, text);
  if (!names.size) return sentences.map((s) => s.spans);
  return sentences.map(({ tokens, spans }) => {
    const out: TypedSpan[] = [];
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i]!;
      const j = nextIndex(tokens, s.end);
      if (!named(s) || !names.has(text.slice(s.start, s.end)) || j < 0 || tokens[j]!.start !== s.end) {
        out.push(s);
        continue;
      }
      if (!POSSESSIVE.test(tokens[j]!.text)) {
        out.push(s);
        continue;
      }
      const next = spans[i + 1];
      const joined = next && next.type === s.type && tokens[j + 1]?.start === next.start;
      out.push({ ...s, end: joined ? next.end : tokens[j]!.end });
      if (joined) i++;
    }
    return out;
  });
}
