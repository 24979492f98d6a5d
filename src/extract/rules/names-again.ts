/**
 * One sense per discourse, for the names the tagger passed over (Gale et al. 1992; for names,
 * Krishnan & Manning 2006): where the words of a name the tagger read somewhere in the article recur,
 * written the same way, and the tagger read nothing there, they are that name again ("Texaco said it
 * would appeal" opening a sentence, with no context for the word, after "Texaco Inc said"). A lone
 * word that is a common English word is left alone ("Bank", "Co"), and so is a phrase ending in
 * lower case ("Mexican state"). And an acronym a rule found that spells the initials of an
 * organisation the tagger read is that organisation ("GM said" after "General Motors Corp said"),
 * wherever the article writes it in running text.
 */
import { commonWordTag } from '../lexicon/english';
import { within } from '../sorted';
import { isReferring } from './references';
import { isShouted } from '../tagger/features';
import { initialsOf, isAcronym } from '../stages/org-names';
import type { Mention, MentionType, Token } from '../types';

const NAMED = new Set<string>(['Person', 'Organization', 'Place']);
export const NAME_AGAIN_RULE = 'name-again';

export function namesAgain(
  mentions: Mention[],
  sentences: { index: number; tokens: Token[] }[],
  rules: Mention[],
  text: string,
): Mention[] {
  const read = mentions.filter((m) => NAMED.has(m.type) && !isReferring(m));
  if (read.length === 0) return mentions;
  // each name read, by its first word: its words and type
  const byFirst = new Map<string, { words: string[]; type: MentionType }[]>();
  const tokensOf = new Map(sentences.map((s) => [s.index, s.tokens]));
  for (const m of read) {
    const words = within(tokensOf.get(m.sentence) ?? [], m.start, m.end).map((t) => t.text);
    if (words.length === 0 || words.join('') !== m.text.replace(/\s+/g, '')) continue;
    if (words.length === 1 && commonWordTag(words[0]!.toLowerCase())) continue;
    // a phrase read as an actor ("Russian forces", "the Mexican state") is no name to find again
    if (!/^\p{Lu}/u.test(words[words.length - 1]!)) continue;
    const list = byFirst.get(words[0]!) ?? [];
    if (!list.some((x) => x.words.join(' ') === words.join(' '))) list.push({ words, type: m.type });
    byFirst.set(words[0]!, list);
  }
  const spelled = initialsOf(read.filter((m) => m.type === 'Organization').map((m) => m.name ?? m.text));
  const out = [...mentions];
  // the characters the mentions hold, so a place is checked in the time its name takes to read
  const held = new Uint8Array(text.length);
  const hold = (m: { start: number; end: number }) => held.fill(1, m.start, m.end);
  for (const m of mentions) hold(m);
  const taken = (start: number, end: number) => held.subarray(start, end).includes(1);
  for (const { index, tokens } of sentences)
    for (let i = 0; i < tokens.length; i++) {
      const names = byFirst.get(tokens[i]!.text);
      if (!names) continue;
      // the longest name that its words spell here
      const fit = names
        .filter((n) => n.words.every((w, k) => tokens[i + k]?.text === w))
        .sort((a, b) => b.words.length - a.words.length)[0];
      if (!fit) continue;
      const start = tokens[i]!.start;
      const end = tokens[i + fit.words.length - 1]!.end;
      // a word of a longer token run ("Texaco-Getty") or a name already read there is no new mention
      if (taken(start, end) || /[\p{L}\p{N}-]/u.test(text[end] ?? '') || /[\p{L}\p{N}-]/u.test(text[start - 1] ?? ''))
        continue;
      out.push({ start, end, text: text.slice(start, end), type: fit.type, sentence: index, rule: NAME_AGAIN_RULE });
      hold(out[out.length - 1]!);
    }
  for (const m of rules)
    if (isAcronym(m.text) && spelled.has(m.text.replace(/\./g, '')) && !taken(m.start, m.end)) {
      out.push({ ...m, type: 'Organization', rule: NAME_AGAIN_RULE });
      hold(m);
    }
  // and so is such an acronym in running text that no rule read as a name of its own, a word in
  // capitals that is also an English word among them ("WHO Director-General Tedros" after "the World
  // Health Organization"); a sentence in capitals says nothing by its capitals
  if (spelled.size)
    for (const { index, tokens } of sentences) {
      if (isShouted(tokens)) continue;
      for (const t of tokens)
        if (
          isAcronym(t.text) &&
          spelled.has(t.text.replace(/\./g, '')) &&
          !taken(t.start, t.end) &&
          // a piece of a longer word ("MK1401103094", a source line's reference) is none
          !/[\p{L}\p{N}-]/u.test(text[t.end] ?? '') &&
          !/[\p{L}\p{N}-]/u.test(text[t.start - 1] ?? '')
        ) {
          out.push({
            start: t.start,
            end: t.end,
            text: t.text,
            type: 'Organization',
            sentence: index,
            rule: NAME_AGAIN_RULE,
          });
          hold(t);
        }
    }
  return out.length === mentions.length ? mentions : out.sort((a, b) => a.start - b.start || b.end - a.end);
}
