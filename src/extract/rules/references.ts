/** Mentions that refer back to a person already named: a bare title ("the Foreign Secretary") and he/she. */
import { givenNameGender } from '../lexicon/names';
import { lastBefore } from '../sorted';
import type { DocState, Mention } from '../types';

/**
 * "The Foreign Secretary said" refers to the person this article introduces as "Foreign Secretary
 * Philip Hammond". A title after "as" names a role, not a person ("brings back Altman as CEO" is no
 * reference to the story's "co-CEO Bret Taylor").
 */
export function resolveTitleRefs(refs: Mention[], mentions: Mention[], text: string): Mention[] {
  const byTitle = new Map<string, string>();
  for (const m of mentions)
    if (m.type === 'Person' && m.name && m.text.endsWith(m.name)) {
      const title = text
        .slice(m.start, m.end - m.name.length)
        .trim()
        .toLowerCase();
      if (title && !byTitle.has(title)) byTitle.set(title, m.name);
    }
  return refs.flatMap((r) => {
    const name = byTitle.get(r.text.toLowerCase());
    return name && !/\bas\s+(?:the\s+|a\s+|an\s+)?$/i.test(text.slice(Math.max(0, r.start - 8), r.start))
      ? [{ ...r, name }]
      : [];
  });
}

/** The rules of mentions that refer back to a person named elsewhere (he/she, a bare title), not names. */
export const REFERRING = new Set(['pronoun', 'title-coref']);
export const isReferring = (m: Mention) => REFERRING.has(m.rule);

export const PRONOUN = /\b(he|she|He|She)\b/g;

/**
 * The gender a person's given name says, read from the first of two words or more: a name of one word
 * is most often a surname ("Hope", "Kennedy"), which says nothing.
 */
function genderOf(m: Mention): string | undefined {
  const words = (m.name ?? m.text).split(/\s+/);
  return words.length > 1 ? givenNameGender(words[0]!) : undefined;
}

/**
 * Each person's gender by every name of theirs: a surname alone ("Navalny") says what the full name
 * the article gave it says ("Alexei Navalny"), unless two full names of the article share it.
 */
function gendersOf(people: Mention[]): (m: Mention) => string | undefined {
  const bySurname = new Map<string, string | null>();
  for (const m of people) {
    const words = (m.name ?? m.text).split(/\s+/);
    const g = genderOf(m);
    if (words.length < 2 || !g) continue;
    const last = words[words.length - 1]!;
    bySurname.set(last, bySurname.has(last) && bySurname.get(last) !== g ? null : g);
  }
  return (m) => genderOf(m) ?? bySurname.get(m.name ?? m.text) ?? undefined;
}

/**
 * "he said": the last person named in this or the two sentences before, as a mention of that person,
 * or, for a pronoun that opens its sentence, the person whose name opens the sentence before (its
 * subject, "Former President Barack Obama");
 * not a person whose given name, or whose full name's, says the other gender ("Caroline Ellison ...
 * testified that he had directed her" is about the man named before her; "she told reporters" after
 * "Navalny" is Angela Merkel's).
 */
export function pronouns(state: DocState, mentions: Mention[]): Mention[] {
  const people = mentions.filter((m) => m.type === 'Person').sort((a, b) => a.start - b.start);
  const gender = gendersOf(people);
  const out: Mention[] = [];
  for (const s of state.sentences) {
    if (s.section !== 'body') continue;
    const sText = state.text.slice(s.start, s.end);
    for (const hit of sText.matchAll(PRONOUN)) {
      const at = s.start + hit.index!;
      const other = /^he$/i.test(hit[0]) ? 'female' : 'male';
      // a pronoun opening its sentence goes on with the subject of the sentence before, when that
      // subject opens it ("Barrett, 48, ... fills the seat of Justice Ruth Bader Ginsburg. She taught")
      const prev = hit.index === 0 ? state.sentences[s.index - 1] : undefined;
      const subject = prev
        ? people.find(
            (m) =>
              m.sentence === prev.index &&
              /^\s*(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(state.text.slice(prev.start, m.start)) &&
              // a possessor is no subject ("Tutu's deputy chairman, Alex Boraine, told reporters")
              !/^['’]s?\b/.test(state.text.slice(m.end, m.end + 2)) &&
              gender(m) !== other,
          )
        : undefined;
      const antecedent = subject ?? lastBefore(people, at, (m) => m.sentence >= s.index - 2 && gender(m) !== other, 50);
      if (!antecedent) continue;
      const name = antecedent.name ?? antecedent.text;
      out.push({
        start: at,
        end: at + hit[0].length,
        text: hit[0],
        type: 'Person',
        sentence: s.index,
        rule: 'pronoun',
        name,
      });
    }
  }
  return out;
}
