/**
 * "Somalia's al Shabaab militant group said": a capitalised word no dictionary holds (perhaps after
 * the Arabic article "al"), right before a noun for an armed group, names that group, where the
 * tagger passed over a word it had never seen; not a sentence's first word, which its place may have
 * capitalised.
 */
import { commonWordTag } from '../lexicon/english';
import { placeAnyCase } from '../lexicon/gazetteer';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const GROUP_NAME =
  /(?<![\p{L}'’-])((?:[Aa]l[ -])?\p{Lu}\p{Ll}{2,})\s+(?:(?:militant|rebel|Islamist|armed|insurgent|extremist|jihadist|militia)\s+)?(?:group|movement|militia|faction)\b/gu;

export function groupNames(spans: TypedSpan[], tokens: Token[], text: string): TypedSpan[] {
  if (tokens.length === 0) return spans;
  const from = tokens[0]!.start;
  const to = tokens[tokens.length - 1]!.end;
  let out = spans;
  for (const m of text.slice(from, to).matchAll(GROUP_NAME)) {
    const start = from + m.index;
    const end = start + m[1]!.length;
    const word = m[1]!.replace(/^[Aa]l[ -]/, '');
    if (commonWordTag(word.toLowerCase()) !== null || placeAnyCase(word)) continue;
    // a sentence's first word is capitalised by its place ("* Supermarkets group Carrefour gained")
    if (word === m[1] && /^[\W\d_]*$/u.test(text.slice(from, start))) continue;
    if (out.some((s) => s.start < end && start < s.end)) continue;
    out = [...out, { start, end, type: 'Organization' as const }].sort((a, b) => a.start - b.start);
  }
  return out;
}
