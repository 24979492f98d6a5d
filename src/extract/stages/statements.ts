import { statementId } from '../../vocabulary';
import { commonWordTag } from '../lexicon/english';
import { SPEECH_VERBS } from '../lexicon/words';
import type { DocState, Evidence, Mention, Sentence, Statement } from '../types';
import { containing, lastBefore as findLastBefore, within } from '../sorted';
import { sentenceDates } from './temporal';
import { datelineOf } from '../rules/dateline';
import { demonym, placeNamed } from '../lexicon/gazetteer';
import { namesAPerson, namesAnOrganisation, trailingAttribution } from '../rules/trailing-attribution';

/** a string as a regular expression that matches it literally */
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Quote {
  start: number; // inside the quote marks
  end: number;
  openAt: number; // the opening mark
  closeAt: number; // the closing mark
}

const VERBS = [...SPEECH_VERBS].join('|');
/** a state's own bodies, which speak for it */
const GOVERNMENT = /\b(?:ministry|government|army|military|police|presidency|cabinet)$/i;
/**
 * Where a thing is based, written before its noun: "The San Jose, California-based company", "the
 * Chicago-based bank". Its places modify the noun; the phrase's head is the noun after them.
 */
const BASED = /(?:\s\p{Lu}[\p{L}.'’]*)+(?:,(?:\s\p{Lu}[\p{L}.'’]*)+)?-based\b/u;
/** the object of a verb, a noun phrase with no clause of its own, then ", saying" and what was said */
const OBJECT_THEN_SAYING =
  /^(?:the|a|an|its|his|her|their)\b(?:(?!\b(?:he|she|it|they|we|I|you|had|has|have|was|were|is|are|would|will|did)\b)[^,;"“])*?,\s+saying\s+(?:that\s+)?/i;
/**
 * a verb of calling a thing or someone something, right before the quote that says what ("called the
 * landing "...", "called Bryant "a legend"")
 */
const CALLED_BEFORE =
  /\b(?:called|calls|described|describes|branded|brands|hailed|hails)\s+(?:(?:[Tt]he|it|this|that|him|her|them|his|its|their)\b|\p{Lu})[^"“”.;]{0,40}$/u;
/** words after which a quote is a name's meaning, a title or a slogan */
const GLOSS_BEFORE =
  /\b(?:means|meaning|meant|called|known as|dubbed|titled|entitled|named|nicknamed|reading|reads|read|slogan|motto)\s*,?\s*$/i;
/** a subject of lower-case words ending in a plural noun ("militants", "security sources") */
const UNNAMED_SUBJECT = /^(?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}-]*s$/u;
/** ... and so at a sentence's start ("Traders in Asia said"), or a body of people ("Police in Berovo said") */
const UNNAMED_PEOPLE =
  /^\p{L}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2}s$|^(?:the\s+)?(?:police|military|army|government|navy|media|press|clergy|staff)$/iu;
/** ... unless a determiner opens it (a description: "the company's lawyers"), a pronoun is in it or a verb ends it */
const DETERMINED =
  /^(?:the|a|an|its|his|her|their|our|this|that|these|those|some|many|most|all|both)\b|\b(?:he|she|it|they|we|you)\b|\b(?:has|was|is|does|as|always|perhaps|thus)$/i;
/** what follows a place that modifies a "-based" noun: ", California-based company" or "-based" */
const LOCATED_AFTER = /^(?:,(?:\s\p{Lu}[\p{L}.'’]*)+)?-based\b/u;
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'i');
const VERBS_RE = new RegExp(VERB_RE.source, 'gi');
/** a phrase of place, time or means fronted before the subject, up to its comma ("In a video posted online,") */
const FRONTED = /^\s*(?:In|On|At|Through|During|Via|After|Before|From)\s[^,]*$/;

/**
 * The sentence's first speech verb that is its clause's own: a verb inside a fronted phrase ("In a
 * video posted online, Tsikhanouskaya said") is a participle of that phrase, and the verb after its
 * comma speaks; "added" before a quantity says nothing.
 */
function mainSpeechVerb(text: string): RegExpExecArray | null {
  // "Davis added 19 points", "the index added 2%": a quantity added is no word said
  const verbs = [...text.matchAll(VERBS_RE)].filter(
    (v) =>
      !(/^add(?:ed|s)$/i.test(v[0]) && /^\s+(?:\d|another\b|a further\b)/.test(text.slice(v.index! + v[0].length))),
  );
  const [first, next] = verbs;
  if (!first) return null;
  const fronted = next && FRONTED.test(text.slice(0, first.index)) && text.slice(first.index, next.index).includes(',');
  return (fronted ? next : first) as RegExpExecArray;
}
/** verbs that may take a thing as their object, not a claim ("announced the death", "confirmed the deal") */
const THING_VERBS = /^(?:announced|confirmed|denied|declared|acknowledged)$/i;
/** verbs whose object and infinitive ask for something ("urged X to", "told Y to"), claiming nothing */
const DIRECTIVE = /^(?:urged|told|tells|warned|asked)$/i;
/** ... unless the words before "to" hold a clause of their own ("told reporters he was ready to") */
const CLAUSE_WORDS =
  /\b(?:he|she|it|they|we|I|you|his|her|its|their|our|my|that|was|were|is|are|had|has|have|would|will|could|can|might|may|should|did|used|wanted|planned|tried)\b/i;
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
  const countries = new Set(state.entities.filter((e) => e.isoCode).map((e) => e.id));
  const byId = new Map(state.entities.map((e) => [e.id, e]));

  /**
   * The pronoun's antecedent: for he/she the person coreference gave the pronoun at `at` (it weighs
   * gender: "she told reporters" after "Navalny" is Merkel's), else the last person; the last
   * non-person for it/they.
   */
  const antecedent = (pron: string, pos: number, at = -1) => {
    const person = /^(he|she)$/i.test(pron);
    return (
      (person ? candidates.find((m) => m.start === at && m.rule === 'pronoun')?.entity : undefined) ??
      lastBefore(pos, (m) => (person ? m.type === 'Person' : m.type !== 'Person'))?.entity ??
      null
    );
  };

  /**
   * The speaker a subject phrase names: a name at its head (not one owned by a possessive or after a
   * preposition inside it: "Ward's lawyer", "the 22-year-old from Murcia"), a pronoun's antecedent,
   * or, for a description, the person ("the 22-year-old") or organisation ("the company") it stands
   * for: the last person before, or the organisation the claim opens with, else the last one before.
   */
  const speakerOfPhrase = (from: number, to: number, claimStart: number): string | null => {
    const phrase = state.text.slice(from, to).trim();
    const sentence = sentenceAt(from);
    // who spoke in the sentence before: "it said", "the 22-year-old said" most often go on with them
    const prev = sentence && sentence.index > 0 ? state.sentences[sentence.index - 1] : undefined;
    const previous = () => (prev ? (speakerOfSentence.get(prev.index) ?? subjectOf(prev)?.speaker ?? null) : null);
    const pron = /^(he|she|it|they)$/i.exec(phrase);
    const near = (m: Mention) => sentence !== undefined && m.sentence >= sentence.index - 1;
    if (pron) {
      const person = /^(he|she)$/i.test(pron[1]!);
      const last = previous();
      if (last && (person ? last.startsWith('person:') : last.startsWith('organization:'))) return last;
      // "they" with no one speaking before is anyone (traders, officials); "it" an organisation named
      // before the claim, not one inside it ("... sold in the Middle East and Africa, it said")
      if (person) return antecedent(pron[1]!, from, from);
      if (/^they$/i.test(pron[1]!)) return null;
      return lastBefore(claimStart, (m) => m.type === 'Organization' && near(m))?.entity ?? null;
    }
    // a name heads the phrase where it ends it or an appositive follows; before another word it is a
    // modifier ("a Tirana prosecutor", "the Maputo daily Noticias"), though an organisation speaks
    // through its spokesman ("a Eletropaulo spokeswoman")
    const heads = inSpan(from, to).filter((m) => {
      const rest = state.text.slice(m.end, to);
      if (/^['’]s\b/.test(rest) || LOCATED_AFTER.test(rest)) return false;
      if (/\b(?:of|from|in|at|for|with|by|on)\s+(?:the\s+)?$/i.test(state.text.slice(from, m.start))) return false;
      return (
        /^\s*(?:,|$)/.test(rest) ||
        (m.type === 'Organization' &&
          // "a Eletropaulo spokeswoman", "the official Xinhua news agency"
          (/^\s+(?:spokes\w+|officials?)\b/.test(rest) ||
            (/^(?:\s+\p{Ll}+)+$/u.test(rest) && namesAnOrganisation(rest.trim()))))
      );
    });
    const head = heads.find((m) => m.type === 'Person') ?? heads.find((m) => m.rule === 'nominal') ?? heads[0];
    if (head) return head.entity!;
    // a description refers back only with "the": "a spokeswoman said" is someone unnamed
    if (!/^the\s/i.test(phrase)) return null;
    const described = phrase
      .replace(BASED, '')
      .replace(/,.*$/, '')
      .replace(/\s+(?:from|of|in|at|for|with)\s.*$/i, '');
    if (namesAPerson(described)) {
      const last = previous();
      if (last && last.startsWith('person:')) return last;
      // not a person the claim itself names ("Muratovic will meet Ciller, the ministry official said")
      return lastBefore(claimStart, (m) => m.type === 'Person' && near(m))?.entity ?? null;
    }
    // "the release said", "the report said": a document is no speaker the graph holds
    if (!namesAnOrganisation(described)) return null;
    // "Mbappe has joined Real Madrid after his deal with Paris St Germain expired, the Spanish club
    // said": the organisation of the claim whose name holds a place of that people's country
    const nation = described
      .split(/\s+/)
      .map((w) => demonym(w))
      .find((c) => c !== undefined);
    if (nation) {
      const ofNation = inSpan(claimStart, to).find(
        (m) =>
          m.type === 'Organization' &&
          (m.countryOf === nation.key ||
            (byId.get(m.entity!)?.name ?? m.text)
              .split(/\s+/)
              .some((w) => /^\p{Lu}/u.test(w) && placeNamed(w)?.countryCode === nation.countryCode)),
      );
      if (ofNation) return ofNation.entity!;
    }
    const opening = inSpan(claimStart, to)[0];
    if (opening && opening.start - claimStart <= 1) {
      if (opening.type === 'Organization') return opening.entity!;
      // "Congo declared the end of the outbreak, the health ministry said": the country's own ministry
      if (countries.has(opening.entity!) && GOVERNMENT.test(described)) return opening.entity!;
    }
    // "Moderna said ... The company said": the organisation that spoke in the sentence before, not the
    // last one named
    const spoke = prev ? speakerOfSentence.get(prev.index) : undefined;
    if (spoke?.startsWith('organization:')) return spoke;
    // not the agency that filed the story ("BELEM (Reuters) -")
    const filed = (m: Mention) => state.text[m.start - 1] === '(' && state.text[m.end] === ')';
    return lastBefore(from, (m) => m.type === 'Organization' && near(m) && !filed(m))?.entity ?? null;
  };

  /** Where a sentence's own words start: after its dateline ("LONDON, Sept 8 (Reuters) - ") or a dash. */
  const clauseOpens = (s: Sentence): number => {
    const dateline = datelineOf(state.text, s.start, s.end);
    return dateline
      ? dateline.agency.end + /^\)?\s*[-–—]?\s*/u.exec(state.text.slice(dateline.agency.end, s.end))![0].length
      : s.start + /^[\s\-–—]*/u.exec(state.text.slice(s.start, s.end))![0].length;
  };

  /** Who speaks in this sentence: the subject of its first speech verb (a person first), or null. */
  const subjectOf = (s: Sentence, upTo = s.end): { speaker: string | null; verbAt: number } | null => {
    const text = state.text.slice(s.start, upTo);
    const verb = mainSpeechVerb(text);
    if (!verb) return null;
    const verbAt = s.start + verb.index;
    const pron = /\b(he|she|it|they)\s+(?:\w+ly\s+)?$/i.exec(text.slice(0, verb.index));
    if (pron) return { speaker: antecedent(pron[1]!, s.start, s.start + pron.index), verbAt };
    // "A British judge ruled that Julian Assange should not be extradited, saying ...": the participle
    // after a comma speaks for the sentence's subject, the name its clause opens with, and for no one
    // named after it; a subject that names no one ("A British judge") is someone unnamed
    if (/^saying$/i.test(verb[0]) && /,\s*$/.test(text.slice(0, verb.index))) {
      const opens = clauseOpens(s);
      // a subject's words before the name: its description or title, no verb ("British finance
      // minister Rachel Reeves welcomed ..., saying"; "Ten years ago: James Earl Ray ..."), and no
      // clause opener ("A British judge ruled that Julian Assange ...")
      const opening = inSpan(opens, verbAt).find((m) =>
        state.text
          .slice(opens, m.start)
          .replace(/^[^:]*:\s*/, '')
          .split(/\s+/)
          .filter(Boolean)
          .every(
            (w) => !/^(?:PastTense|Verb|Copula|Modal)$/.test(commonWordTag(w.toLowerCase()) ?? '') && w !== 'that',
          ),
      );
      if (!opening) return { speaker: null, verbAt };
    }
    // the subject is in the verb's own clause: "Trump is due to visit Tokyo, and China's foreign
    // ministry said" is China's
    // ("Carter thanked Abadi, and noted ..." goes on with Carter: no subject of its own)
    const clause =
      /^[^]*(?:,\s+(?:and|but|while|whereas)\s+|;\s+)(?=\S+\s)(?!(?:has|have|had|is|was|were|are|will|would|also|then|later|repeatedly)\b)/.exec(
        state.text.slice(s.start, verbAt),
      );
    // a place that says where the subject is based is none ("The San Jose, California-based company said")
    const before = inSpan(s.start + (clause?.[0].length ?? 0), verbAt).filter(
      (m) => !LOCATED_AFTER.test(state.text.slice(m.end, verbAt)),
    );
    // the subject stands right before the verb, perhaps with an appositive between: "X, led by Y, said"
    const lead = state.text
      .slice(s.start, verbAt)
      .replace(/,[^,]*,\s*$/, '')
      .trimEnd();
    // "The International Atomic Energy Agency in Vienna said", "Sen. Barry Goldwater of Arizona ...
    // said": a place after a preposition ends the subject's phrase; the name it follows speaks
    const atVerb = before.find((m) => m.end === s.start + lead.length);
    const placedAfter =
      atVerb && byId.get(atVerb.entity!)?.type === 'Place'
        ? /\s(?:in|at|from|of)\s+(?:the\s+)?$/.exec(state.text.slice(s.start, atVerb.start))
        : null;
    const adjacent = placedAfter
      ? before.find((m) => m.type !== 'Place' && m.end === atVerb!.start - placedAfter[0].length)
      : atVerb;
    // "Traders in Asia said", "Authorities in Kassala said": people unnamed in that place
    if (placedAfter && !adjacent && placedAfter[0].trim().split(/\s+/)[0] !== 'of') {
      const people = /[^,;:]*$/.exec(state.text.slice(s.start, atVerb!.start - placedAfter[0].length))![0].trim();
      if (UNNAMED_PEOPLE.test(people) && (!DETERMINED.test(people) || /^the\s/i.test(people)))
        return { speaker: null, verbAt };
    }
    // "while in Nigeria, militants said": a bare plural noun is the subject, someone unnamed, and a
    // name before its comma only sets the scene
    const tail = /[^,;:]*$/.exec(lead)![0].trim();
    if (!adjacent && UNNAMED_SUBJECT.test(tail) && !DETERMINED.test(tail)) return { speaker: null, verbAt };
    // "Ward's lawyer, Ralph Kohnen of the firm X, said": the appositive names the speaker the lead describes
    const described =
      !adjacent && /\p{Ll}$/u.test(lead) ? before.find((m) => m.start >= s.start + lead.length) : undefined;
    if (described?.type === 'Person') return { speaker: described.entity!, verbAt };
    // "Nigeria's Meteorological Agency warned": a possessor is no subject
    const owns = (m: Mention) => /^['’]s\b/.test(state.text.slice(m.end, m.end + 3));
    const person = before.find((m) => m.type === 'Person' && !owns(m)) ?? before.find((m) => m.type === 'Person');
    const nominal = before.find((m) => m.rule === 'nominal');
    // "Gen. Votel, commander of U.S. Central Command said": the organisation ends the person's appositive
    const holder =
      adjacent && adjacent.type !== 'Person'
        ? before.find((m) => m.type === 'Person' && m.end < adjacent.start && holds(m.entity!, adjacent.entity!))
        : undefined;
    // "Traders in Shanghai said": a name after a preposition inside the subject is none ("In Kyiv, the
    // capital's administration said" sets the scene before a comma, and stands for its speaker)
    const afterPreposition = (m: Mention) =>
      /\b(?:of|from|in|at|for|with|by|on|near)\s+(?:the\s+)?$/i.test(state.text.slice(s.start, m.start)) &&
      !state.text.slice(m.end, verbAt).includes(',');
    // "Sudan's army said": a country or organisation speaks through its army, ministry or government
    const speaksThrough = (m: Mention) => owns(m) && namesAnOrganisation(state.text.slice(m.end + 2, verbAt).trim());
    const speaker =
      holder ??
      adjacent ??
      person ??
      nominal ??
      before.find((m) => !owns(m) && !afterPreposition(m) && !(placedAfter && m === atVerb)) ??
      before.find((m) => speaksThrough(m) && !afterPreposition(m)) ??
      null;
    // "Shares of Sage fell after the company said": a description at the verb stands for its name
    const description = speaker ? null : /\bthe\s+[^,;]{1,40}$/i.exec(lead.replace(BASED, (x) => ' '.repeat(x.length)));
    if (description) {
      const at = s.start + description.index;
      const described = speakerOfPhrase(at, at + description[0].length, at);
      if (described) return { speaker: described, verbAt };
    }
    if (speaker) return { speaker: speaker.entity!, verbAt };
    // "said X": the speaker after the verb
    const after = inSpan(verbAt, Math.min(s.end, verbAt + verb[0].length + 60))[0];
    // right after the verb: "The release said the two leaders discussed the Mosul operation" names no speaker
    const named = after && after.start - (verbAt + verb[0].length) <= 2 ? after : undefined;
    return { speaker: named?.entity ?? null, verbAt };
  };

  /**
   * Attribution after a quote: ', the ministry said', ', said Borrell', ' he told reporters'. "It said"
   * after a quote is an organisation that spoke before it, not one the quote names (claimStart).
   */
  const attributionAfter = (from: number, to: number, claimStart: number): string | null => {
    const tail = state.text.slice(from, to);
    const m = new RegExp(`^[\\s,]*(?:(he|she|it|they)\\s+|(.{1,80}?)\\s+)?(?:${VERBS})\\b`, 'i').exec(tail);
    if (!m) return null;
    if (m[1] && /^it$/i.test(m[1])) {
      const at = from + m[0].indexOf(m[1]);
      return speakerOfPhrase(at, at + m[1].length, claimStart);
    }
    if (m[1]) return antecedent(m[1], from, from + m[0].indexOf(m[1]));
    if (m[2]) {
      const at = from + m[0].indexOf(m[2]);
      const speaker = speakerOfPhrase(at, at + m[2].length, from);
      if (speaker) return speaker;
      // a description that names no one the article has named ("the Spaniard" of a story about him)
      if (/^(?:the|a|an)\s/i.test(m[2])) return null;
    }
    return inSpan(from, to)[0]?.entity ?? null;
  };

  /**
   * "told reporters the flame would stay", "told Reuters television the deal was off": the words from
   * the verb to the clause, where the hearer is one name the article has (perhaps with its medium) or
   * reporters, and a word of no preposition or conjunction follows it. Null otherwise.
   */
  const hearerThenClause = (rest: string, verbAt: number): RegExpExecArray | null => {
    const told = /^(?:told|tells)\s+/.exec(rest);
    if (!told) return null;
    const named = inSpan(verbAt + told[0].length, verbAt + rest.length).find(
      (m) =>
        m.start === verbAt + told[0].length ||
        (m.start === verbAt + told[0].length + 4 && /^the\s/.test(rest.slice(told[0].length))),
    );
    const hearer = named
      ? state.text.slice(verbAt + told[0].length, named.end)
      : /^(?:reporters|journalists|lawmakers|supporters)/.exec(rest.slice(told[0].length))?.[0];
    if (!hearer) return null;
    return new RegExp(
      `^${escapeRegExp(told[0] + hearer)}(?:\\s+(?:news\\s+)?(?:agency|television|TV|radio|newspaper|daily))?\\s+(?!(?:that|on|in|at|to|about|of|for|after|before|during|by|and|or|last|this|earlier)\\b)(?=\\p{L})`,
      'u',
    ).exec(rest);
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
    // "whose name means "Western education is forbidden"", "a banner reading "...": a gloss, a title
    // or a slogan is no one's words
    if (GLOSS_BEFORE.test(state.text.slice(Math.max(0, q.openAt - 20), q.openAt))) continue;
    const leadsSentence = q.openAt - first.start <= 1;
    let speaker: string | null = null;
    if (leadsSentence) speaker = attributionAfter(q.closeAt + 1, last.end, q.openAt);
    else {
      const subj = subjectOf(first, q.openAt);
      speaker = subj?.speaker ?? attributionAfter(q.closeAt + 1, last.end, q.openAt);
    }
    // "Steve Jurczyk called the landing "a pivotal moment"": who calls a thing so says it
    const calling = speaker ? null : CALLED_BEFORE.exec(state.text.slice(first.start, q.openAt));
    if (calling) {
      const subject = inSpan(first.start, first.start + calling.index).filter(
        (m) => m.type === 'Person' || m.type === 'Organization',
      );
      speaker = subject[subject.length - 1]?.entity ?? null;
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
    // "<claim>, the company said." names its speaker after the claim
    const sText = state.text.slice(s.start, s.end);
    const trailing = trailingAttribution(sText);
    if (trailing) {
      const claimStart = clauseOpens(s);
      const claimEnd = s.start + trailing.claimEnd;
      const subjectStart = s.start + trailing.subject.start;
      const subjectEnd = s.start + trailing.subject.end;
      const speaker = trailing.inverted
        ? ((inSpan(subjectStart, subjectEnd).find((m) => m.type === 'Person') ?? inSpan(subjectStart, subjectEnd)[0])
            ?.entity ?? null)
        : speakerOfPhrase(subjectStart, subjectEnd, claimStart);
      const claim = state.text.slice(claimStart, claimEnd);
      if (speaker && claimEnd > claimStart && words(claim) >= 4) {
        speakerOfSentence.set(s.index, speaker);
        const channel = CHANNEL.exec(state.text.slice(claimEnd, s.end));
        out.push(
          make(
            state,
            claim,
            speaker,
            false,
            channelText(channel),
            dates.get(s.index) ?? null,
            [{ sentence: s.index, start: s.start, end: s.end }],
            claimStart,
            claimEnd,
          ),
        );
        continue;
      }
    }
    const subj = subjectOf(s);
    if (!subj?.speaker) continue;
    speakerOfSentence.set(s.index, subj.speaker);
    const rest = state.text.slice(subj.verbAt, s.end);
    const verb = /^(\w+)/.exec(rest)![1]!;
    if (!REPORTING.test(verb)) continue;
    // "urged East Berlin's new leader, Egon Krenz, to carry out reforms": a request, not a claim
    const object = /^\w+\s+((?:[^\s.;:]+\s+){1,10}?)to\s+\p{Ll}/u.exec(rest)?.[1];
    if (DIRECTIVE.test(verb) && object !== undefined && !CLAUSE_WORDS.test(object)) continue;
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
    // (not past a clause of its own: "said on Wednesday they had found a particle that ...")
    const thatAt =
      /^\w+(?:\s+(?:on\s+\w+day|tonight|today|yesterday|him|her|them|us|me|reporters|journalists|(?:after |before )?the [\w ]{1,25}? talks|[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*(?:\s+(?:TV|broadcaster|radio))?(?:\s+on\s+\w+day)?))?(?:\s+(?:at|in|on|during|after|before|last|earlier)\s+(?:(?!\b(?:he|she|it|they|we|I|you|had|has|have|was|were|is|are|would|will|could|can|did)\b)[^,.;"“”]){1,50}?)?\s+that\b/.exec(
        rest,
      )
        ? /\bthat\b/.exec(rest)
        : // "told U.S. senators this month that": a verb's hearer, any words of no clause of their own, then "that"
          /^(?:told|tells|assured|informed|reminded|warned)\s+(?:(?!\b(?:he|she|it|they|we|I|you|had|has|have|was|were|is|are|would|will|could|can|did|said)\b)[^,;"“”]){1,60}?\s+that\b/.exec(
              rest,
            )
          ? /\bthat\b/.exec(rest)
          : null;
    // "told a Capitol Hill hearing he did not commit the crime": the hearer, then the clause at its subject
    const toldHearer =
      /^(?:told|tells)\s+(?:(?!\b(?:he|she|it|they|we|I|you|that|had|has|have|was|were|is|are|would|will|did)\b)[^\s,;"“”]+\s+){1,6}?(?=(?:he|she|they|we|I)\s)/.exec(
        rest,
      );
    // "told reporters the flame would stay", "told Reuters television the deal was off": a hearer (one
    // name, or reporters), then the clause
    const toldNamed = toldHearer ?? hearerThenClause(rest, subj.verbAt);
    const lead = thatAt
      ? thatAt.index + 4
      : toldNamed
        ? toldNamed[0].length
        : colon
          ? colon[0].length
          : /^\w+(?:\s+(?:on\s+\w+day|(?:last|this|earlier this|late last)\s+(?:week|month|year)|in\s+an?\s+(?:statement|interview|speech|letter|report|filing|note)))*[\s,]*/.exec(
              rest,
            )![0].length;
    let clauseStart =
      subj.verbAt +
      lead +
      (state.text.slice(subj.verbAt + lead).length - state.text.slice(subj.verbAt + lead).trimStart().length);
    // "announced the decision in a televised statement, saying Mubarak had asked ...": the verb's object
    // is a thing, and what was said follows "saying"
    const saying = /^(?:told|tells)$/i.test(verb)
      ? null
      : OBJECT_THEN_SAYING.exec(state.text.slice(clauseStart, s.end));
    if (saying) clauseStart += saying[0].length;
    const clause = state.text.slice(clauseStart, s.end).replace(/[.\s]+$/, '');
    // "announced the death on national television, his voice breaking": a short noun phrase, no clause,
    // is what was announced, not a claim
    const thing = /^[^,;]*/.exec(clause)![0];
    if (
      THING_VERBS.test(verb) &&
      /^(?:the|a|an|his|her|its|their)\s/i.test(thing) &&
      words(thing) <= 6 &&
      // its determiner is no clause's pronoun ("announced his resignation early on Wednesday")
      !CLAUSE_WORDS.test(thing.replace(/^\S+\s/, ''))
    )
      continue;
    // "warned of heavy rain": what follows is a topic, not a claim
    if (words(clause) < 4 || /^(?:of|about|against|over)\b/i.test(clause)) continue;
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
  // a name closing the sentence keeps no full stop ("told Reuters.", "told CNBC."), initials theirs ("U.S.")
  const t = m ? (m[1] ?? m[2] ?? m[3] ?? '').trim().replace(/(?<=\p{L}{2})\.$/u, '') : '';
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
