import { containing } from '../sorted';
import type { DocState, Mention, Sentence } from '../types';

/**
 * Stage 8: organisations referred to by pronoun, added as mentions of the organisation (never as
 * entities of their own):
 * - "We" / "Our" in a direct quote: the organisation its speaker holds a position in
 *   ("We will not allow ISIL ...," said Col. Dorrian, the CJTF-OIR spokesperson).
 * - "It" / "They" opening a sentence right after one that opens with an organisation
 *   ("The Syrian Computer Society is an organization in Syria. It was founded in 1989."), or with
 *   such a pronoun already resolved to one.
 * People are resolved earlier ("he said", in recognize); places are left alone: "It is a village"
 * after a village is rarely what a reader would want as a second mention.
 */
export function coreference(state: DocState): DocState {
  const orgs = new Set(state.entities.filter((e) => e.type === 'Organization').map((e) => e.id));
  const added: Mention[] = [...weInQuotes(state, orgs), ...sentenceSubjects(state, orgs)];
  if (added.length === 0) return state;
  const entities = state.entities.map((e) => {
    const mine = added.filter((m) => m.entity === e.id);
    if (mine.length === 0) return e;
    const mentions = [...e.mentions, ...mine.map(({ start, end, text, sentence }) => ({ start, end, text, sentence }))];
    return { ...e, mentions: mentions.sort((a, b) => a.start - b.start) };
  });
  const mentions = [...state.mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...state, mentions, entities };
}

const WE = /\b(We|we|Our|our)\b/g;

function weInQuotes(state: DocState, orgs: Set<string>): Mention[] {
  const orgOf = new Map<string, string>();
  for (const r of state.relations)
    if (r.type === 'HOLDS_POSITION' && orgs.has(r.target) && !orgOf.has(r.source)) orgOf.set(r.source, r.target);
  const out: Mention[] = [];
  for (const st of state.statements) {
    const org = st.direct && st.speaker ? orgOf.get(st.speaker) : undefined;
    if (!org) continue;
    for (const ev of st.evidence) {
      for (const hit of state.text.slice(ev.start, ev.end).matchAll(WE)) {
        const start = ev.start + hit.index!;
        const sentence = containing(state.sentences, start);
        if (sentence) out.push(pronoun(sentence, start, hit[0], org));
      }
    }
  }
  return out;
}

const OPENING_PRONOUN = /^(It|They)\b/;
/** "It is clear that ...", "It was time to ...": an empty subject, no reference */
const EXPLETIVE =
  /^It(?:'s| is| was| has been| had been| remains| seems| appears| would be| will be)(?: not)?(?: \w+)? (?:that|to|whether|if|for|as though|as if)\b/;

function sentenceSubjects(state: DocState, orgs: Set<string>): Mention[] {
  const byStart = new Map<number, Mention>();
  for (const m of state.mentions) if (m.entity && !byStart.has(m.start)) byStart.set(m.start, m);
  const out: Mention[] = [];
  let previousSubject: string | null = null;
  for (const s of state.sentences) {
    if (s.section !== 'body') {
      previousSubject = null;
      continue;
    }
    const text = state.text.slice(s.start, s.end);
    const pron = OPENING_PRONOUN.exec(text);
    if (pron && !EXPLETIVE.test(text)) {
      if (previousSubject) out.push(pronoun(s, s.start, pron[1]!, previousSubject));
      // "It was founded in 1989. It acts as ...": the chain goes on
      continue;
    }
    previousSubject = subjectOrganization(state, s, byStart, orgs);
  }
  return out;
}

/** The organisation a sentence opens with ("The Syrian Computer Society is ..."), if any. */
function subjectOrganization(
  state: DocState,
  s: Sentence,
  byStart: Map<number, Mention>,
  orgs: Set<string>,
): string | null {
  const text = state.text.slice(s.start, s.end);
  const lead = /^(?:the\s+)?/i.exec(text)![0].length;
  let m = byStart.get(s.start + lead) ?? byStart.get(s.start);
  if (!m) {
    // "The Syrian Computer Society": the name may open with a word its mention leaves out
    const word = /^\p{Lu}\p{L}+\s+/u.exec(text.slice(lead))?.[0];
    const next = word ? byStart.get(s.start + lead + word.length) : undefined;
    if (next?.name?.startsWith(word!.trim())) m = next;
  }
  return m?.entity && orgs.has(m.entity) ? m.entity : null;
}

function pronoun(sentence: Sentence, start: number, text: string, entity: string): Mention {
  return {
    start,
    end: start + text.length,
    text,
    type: 'Organization',
    sentence: sentence.index,
    rule: 'pronoun',
    entity,
  };
}
