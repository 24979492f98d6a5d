import { statementId } from '../../vocabulary';
import { SPEECH_VERBS } from '../lexicon/words';
import type { DocState, Evidence, Mention, Sentence, Statement } from '../types';
import { containing, lastBefore as findLastBefore, within } from '../sorted';
import { sentenceDates } from './temporal';

interface Quote {
  start: number; // inside the quote marks
  end: number;
  openAt: number; // the opening mark
  closeAt: number; // the closing mark
}

const VERBS = [...SPEECH_VERBS].join('|');
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'i');
const REPORTING = /^(said|says|told|tells|added|wrote|stated|announced|warned|claimed|insisted|noted|urged|saying)$/i;
const CHANNEL =
  /\b(?:on|via) (?:the |his |her |its |their )?((?:[A-Z][\w.]*\s)+(?:messaging app|app|channel|account|website|television|TV|radio)|Twitter|Telegram|Facebook|Instagram|YouTube|TikTok|X|state (?:TV|television|media))|\bin (an? (?:statement|interview|post|video|tweet|briefing|news conference|press conference)(?: with [A-Z][\w']*(?: [A-Z][\w']*)*)?)|\btold ((?:[A-Z][\w.'’]*(?:\s|['’]s\s)?)+(?:broadcaster|TV|television|radio|newspaper|agency)?|reporters|journalists)/;

/** Quote spans in the body: paired marks within one paragraph line. */
export function findQuotes(state: DocState): Quote[] {
  const out: Quote[] = [];
  for (const r of state.body) {
    const text = state.text.slice(r.start, r.end);
    let lineStart = 0;
    for (const line of text.split('\n')) {
      let open = -1;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i]!;
        const isOpen = ch === '“' || (ch === '"' && (i === 0 || /[\s(—–-]/.test(line[i - 1]!)));
        const isClose =
          ch === '”' || (ch === '"' && (i === line.length - 1 || /[\s,.;:!?)—–-]/.test(line[i + 1] ?? ' ')));
        if (open < 0 && isOpen) open = i;
        else if (open >= 0 && isClose) {
          const base = r.start + lineStart;
          out.push({ openAt: base + open, closeAt: base + i, start: base + open + 1, end: base + i });
          open = -1;
        }
      }
      lineStart += line.length + 1;
    }
  }
  return out;
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** Stage 7: direct quotes and reported speech, each with its speaker (an entity id), channel, date and evidence. */
export function statements(state: DocState): DocState {
  const dates = sentenceDates(state);
  const candidates = state.mentions
    .filter((m) => m.entity && (m.type === 'Person' || m.type === 'Organization' || m.type === 'Place'))
    .sort((a, b) => a.start - b.start);
  const inSpan = (from: number, to: number) => within(candidates, from, to);
  const lastBefore = (pos: number, pred: (m: Mention) => boolean) => findLastBefore(candidates, pos, pred);
  const sentenceAt = (pos: number) => containing(state.sentences, pos);

  const positions = new Set(
    state.relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => `${r.source}\u0000${r.target}`),
  );
  const holds = (person: string, org: string) => positions.has(`${person}\u0000${org}`);

  /** The pronoun's antecedent: the last person for he/she, the last non-person for it/they. */
  const antecedent = (pron: string, pos: number) =>
    lastBefore(pos, (m) => (/^(he|she)$/i.test(pron) ? m.type === 'Person' : m.type !== 'Person'))?.entity ?? null;

  /** Who speaks in this sentence: the subject of its first speech verb (a person first), or null. */
  const subjectOf = (s: Sentence, upTo = s.end): { speaker: string | null; verbAt: number } | null => {
    const text = state.text.slice(s.start, upTo);
    const verb = VERB_RE.exec(text);
    if (!verb) return null;
    const verbAt = s.start + verb.index;
    const pron = /\b(he|she|it|they)\s+(?:\w+ly\s+)?$/i.exec(text.slice(0, verb.index));
    if (pron) return { speaker: antecedent(pron[1]!, s.start), verbAt };
    const before = inSpan(s.start, verbAt);
    // the subject stands right before the verb, perhaps with an appositive between: "X, led by Y, said"
    const lead = state.text
      .slice(s.start, verbAt)
      .replace(/,[^,]*,\s*$/, '')
      .trimEnd();
    const adjacent = before.find((m) => m.end === s.start + lead.length);
    const person = before.find((m) => m.type === 'Person');
    const nominal = before.find((m) => m.rule === 'nominal');
    // "Gen. Votel, commander of U.S. Central Command said": the organisation ends the person's appositive
    const holder =
      adjacent && adjacent.type !== 'Person'
        ? before.find((m) => m.type === 'Person' && m.end < adjacent.start && holds(m.entity!, adjacent.entity!))
        : undefined;
    const speaker = holder ?? adjacent ?? person ?? nominal ?? before[0] ?? null;
    if (speaker) return { speaker: speaker.entity!, verbAt };
    // "said X": the speaker after the verb
    const after = inSpan(verbAt, Math.min(s.end, verbAt + verb[0].length + 60))[0];
    return { speaker: after?.entity ?? null, verbAt };
  };

  /** Attribution after a quote: ', the ministry said', ', said Borrell', ' he told reporters'. */
  const attributionAfter = (from: number, to: number): string | null => {
    const tail = state.text.slice(from, to);
    const m = new RegExp(`^[\\s,]*(?:(he|she|it|they)\\s+|(.{1,80}?)\\s+)?(?:${VERBS})\\b`, 'i').exec(tail);
    if (!m) return null;
    if (m[1]) return antecedent(m[1], from);
    const subjectSpan = m[2] ? inSpan(from, from + (m[2].length + 3)) : [];
    const subject =
      subjectSpan.find((x) => x.type === 'Person') ?? subjectSpan.find((x) => x.rule === 'nominal') ?? subjectSpan[0];
    if (subject) return subject.entity!;
    return inSpan(from, to)[0]?.entity ?? null;
  };

  const out: Statement[] = [];
  const speakerOfSentence = new Map<number, string | null>();
  const quotes = findQuotes(state).filter((q) => words(state.text.slice(q.start, q.end)) >= 4);
  const quoted = new Set<number>();
  for (const q of quotes) {
    const first = sentenceAt(q.openAt);
    const last = sentenceAt(q.closeAt) ?? first;
    if (!first || !last || first.section !== 'body') continue;
    for (let i = first.index; i <= last.index; i++) quoted.add(i);
    const leadsSentence = q.openAt - first.start <= 1;
    let speaker: string | null = null;
    if (leadsSentence) speaker = attributionAfter(q.closeAt + 1, last.end);
    else {
      const subj = subjectOf(first, q.openAt);
      speaker = subj?.speaker ?? attributionAfter(q.closeAt + 1, last.end);
    }
    // a quote standing alone continues the speaker of the sentence before it
    if (!speaker && first.index > 0) {
      const prev = state.sentences[first.index - 1]!;
      speaker = speakerOfSentence.get(prev.index) ?? subjectOf(prev)?.speaker ?? null;
    }
    for (let i = first.index; i <= last.index; i++) speakerOfSentence.set(i, speaker);
    const tail = state.text.slice(q.closeAt + 1, last.end);
    const channel =
      CHANNEL.exec(tail) ?? (leadsSentence ? null : CHANNEL.exec(state.text.slice(first.start, q.openAt)));
    const text = state.text.slice(q.start, q.end).replace(/[,\s]+$/, '');
    const evidence: Evidence[] = [{ sentence: first.index, start: q.openAt, end: Math.max(q.closeAt + 1, last.end) }];
    out.push(
      make(
        state,
        text,
        speaker,
        true,
        channelText(channel),
        dates.get(first.index) ?? dates.get(last.index) ?? null,
        evidence,
        q.start,
        q.end,
      ),
    );
  }
  // reported speech: "<X> said (that) <clause>" in sentences without a quote
  for (const s of state.sentences) {
    if (s.section !== 'body' || quoted.has(s.index)) continue;
    const subj = subjectOf(s);
    if (!subj?.speaker) continue;
    speakerOfSentence.set(s.index, subj.speaker);
    const rest = state.text.slice(subj.verbAt, s.end);
    const verb = /^(\w+)/.exec(rest)![1]!;
    if (!REPORTING.test(verb)) continue;
    // "The ceasefire was announced by Russia": passive, nobody's words follow
    if (/\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$/i.test(state.text.slice(s.start, subj.verbAt))) continue;
    // "said: <words>" quotes them verbatim; "Minister Ellwood said:" closing its line (press-release
    // style) quotes the next paragraph
    const colon = /^\w+\s*:\s*/.exec(rest);
    if (colon && colon[0].length === rest.length) {
      const para = paragraphAfter(state, s);
      if (para.length > 0 && !quoted.has(para[0]!.index)) {
        const from = para[0]!.start;
        const to = para[para.length - 1]!.end;
        for (const p of para) {
          quoted.add(p.index);
          speakerOfSentence.set(p.index, subj.speaker);
        }
        const evidence = [{ sentence: para[0]!.index, start: from, end: to }];
        const text = state.text.slice(from, to).trim();
        out.push(make(state, text, subj.speaker, true, null, dates.get(s.index) ?? null, evidence, from, to));
      }
      continue;
    }
    // skip "told <hearer> (on <day>)", "on Wednesday", "after the talks" up to "that" when it comes soon
    const thatAt =
      /^\w+(?:\s+(?:on\s+\w+day|reporters|journalists|(?:after |before )?the [\w ]{1,25}? talks|[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*(?:\s+(?:TV|broadcaster|radio))?(?:\s+on\s+\w+day)?))?\s+that\b/.exec(
        rest,
      )
        ? /\bthat\b/.exec(rest)
        : null;
    const lead = thatAt
      ? thatAt.index + 4
      : colon
        ? colon[0].length
        : /^\w+(?:\s+on\s+\w+day)?\s*/.exec(rest)![0].length;
    const clauseStart =
      subj.verbAt +
      lead +
      (state.text.slice(subj.verbAt + lead).length - state.text.slice(subj.verbAt + lead).trimStart().length);
    const clause = state.text.slice(clauseStart, s.end).replace(/[.\s]+$/, '');
    if (words(clause) < 4) continue;
    const channel = CHANNEL.exec(state.text.slice(s.start, s.end));
    out.push(
      make(
        state,
        clause,
        subj.speaker,
        colon !== null,
        channelText(channel),
        dates.get(s.index) ?? null,
        [{ sentence: s.index, start: s.start, end: s.end }],
        clauseStart,
        s.end,
      ),
    );
  }
  out.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
  return { ...state, statements: out };
}

/** The body sentences of the paragraph that follows sentence `s` (up to the next blank line). */
function paragraphAfter(state: DocState, s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  for (let i = s.index + 1; i < state.sentences.length; i++) {
    const next = state.sentences[i]!;
    if (next.section !== 'body') break;
    const gap = state.text.slice((out[out.length - 1] ?? s).end, next.start);
    if (out.length > 0 && /\n\s*\n/.test(gap)) break;
    out.push(next);
  }
  return out;
}

function channelText(m: RegExpExecArray | null): string | null {
  const t = m ? (m[1] ?? m[2] ?? m[3] ?? '').trim() : '';
  return t || null;
}

function make(
  state: DocState,
  text: string,
  speaker: string | null,
  direct: boolean,
  channel: string | null,
  date: string | null,
  evidence: Evidence[],
  from: number,
  to: number,
): Statement {
  const about = [
    ...new Set(
      within(state.mentions, from, to)
        .filter((m) => m.entity && m.entity !== speaker && m.type !== 'Date')
        .map((m) => m.entity!),
    ),
  ];
  const id = statementId(state.article.id, evidence[0]!.start, text);
  return { id, speaker, text, direct, channel, date, about, evidence };
}
