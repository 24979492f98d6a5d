/**
 * A name defined by its acronym in brackets is one name from its first capital to the bracket:
 * "the Committee on Foreign Investment in the United States (CFIUS)" spells C-F-I-U-S with its
 * capitalised words, so "Committee", "Foreign Investment" and "United States" are not three names
 * but one organisation's. The tagger, seeing "on" and "in the" inside, reads the parts. Only the
 * capitals spell an acronym; the function words between them ("on", "in the", "of", "and") do not.
 */
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

/** words an organisation's name may hold between its capitalised words without their letter in its acronym */
const JOINING = new Set(['of', 'on', 'in', 'for', 'the', 'and', '&', 'to', 'de', 'des', 'du', 'la', 'le']);

/** The first capital of each word of `words` (function words skipped) spelling `acronym`, or false. */
function spells(words: Token[], acronym: string): boolean {
  let at = 0;
  for (const w of words) {
    if (JOINING.has(w.text.toLowerCase()) && !/^\p{Lu}/u.test(w.text)) continue;
    if (!/^\p{Lu}/u.test(w.text) || acronym[at] !== w.text[0]) return false;
    at++;
  }
  return at === acronym.length;
}

export function acronymDefinitions(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  let out = spans;
  tokens.forEach((t, i) => {
    if (t.text !== '(' || tokens[i + 2]?.text !== ')') return;
    const acronym = tokens[i + 1]!.text;
    if (!/^\p{Lu}{3,8}$/u.test(acronym)) return;
    // the longest run of words before the bracket whose capitals spell the acronym, opening on a capital
    for (let from = Math.max(0, i - 2 * acronym.length); from < i - 1; from++) {
      const words = tokens.slice(from, i);
      if (!/^\p{Lu}/u.test(words[0]!.text) || !spells(words, acronym)) continue;
      const start = words[0]!.start;
      const end = words[words.length - 1]!.end;
      const parts = out.filter((s) => s.start < end && start < s.end);
      // the parts the tagger read must lie inside the name, and the first must open it as a name
      // of a kind that has acronyms (an organisation's, a place's: "Democratic Republic of Congo (DRC)")
      const head = parts[0];
      if (!head || head.start !== start || head.type === 'Person' || head.type === 'Misc') return;
      if (parts.some((s) => s.start < start || s.end > end)) return;
      if (parts.length === 1 && head.end === end) return;
      out = [...out.filter((s) => !parts.includes(s)), { start, end, type: head.type }].sort(
        (a, b) => a.start - b.start,
      );
      return;
    }
  });
  return out;
}
