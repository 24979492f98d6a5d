/**
 * Stage 3b: the statistical tagger reviews the rule-based mentions. The rules know identities and
 * boundaries (a gazetteer key, a person's name without the title); the tagger, trained on annotated
 * text, knows which capitalised words are names at all. It keeps a rule mention it tags, adds a name
 * no rule found, and drops a rule's guess from capitalisation alone ("Black Book" as a person) that it
 * does not tag. It never moves a boundary: measured on re3d, boundaries learnt from one style of
 * writing made another style worse (docs/extraction.md).
 */
import { demonym, PEOPLES } from '../lexicon/gazetteer';
import { MONTHS, WEEKDAYS } from '../lexicon/words';
import { defaultTagger } from '../tagger/model';
import type { RuleView } from '../tagger/features';
import type { SequenceTagger } from '../tagger/tagger';
import { spansToTags, tagsToSpans, type NamedType, type TypedSpan } from '../tagger/tags';
import type { DocState, Mention, Stage, Token } from '../types';

const NAMED = new Set<string>(['Person', 'Organization', 'Place']);
/** Recogniser rules that guess from capitalisation alone (see classify in recognize.ts): the tagger may overrule them. */
const GUESSES = new Set(['two-caps', 'long-caps', 'named-thing', 'compromise', 'acronym', 'preposition', 'same-text']);
/** Mentions that refer rather than name: the tagger does not judge them. */
const REFERRING = new Set(['pronoun', 'title-coref']);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** The rules' view of each token: the BIO tag of the rule mention over it, that rule, and whether it is keyed. */
export function ruleViews(tokens: Token[], mentions: Mention[]): RuleView[] {
  const tags = spansToTags(
    tokens,
    mentions.map((m) => ({ start: m.start, end: m.end, type: m.type as NamedType })),
  );
  return tokens.map((t, i) => {
    const m = mentions.find((x) => overlaps(x, t));
    return { tag: tags[i]!, rule: m?.rule ?? 'none', keyed: Boolean(m?.key) };
  });
}

const fresh = (span: TypedSpan, sentence: number, text: string): Mention => ({
  start: span.start,
  end: span.end,
  text: text.slice(span.start, span.end),
  type: span.type,
  sentence,
  rule: 'tagger',
});

const EDGE_JUNK = /^(?:['’]s|s|the|The|a|an|of|at|in|on|and|[^\p{L}\p{N}])$/u;
const DATE_WORDS = new Set([...WEEKDAYS, ...MONTHS]);
const PRONOUNS = new Set('i we you he she it they us them our their its his her'.split(' '));
const junk = (t: Token) => EDGE_JUNK.test(t.text) || DATE_WORDS.has(t.text.toLowerCase());

/** A lone pronoun ("We") or people adjective ("Russian", "Western") names nothing by itself. */
const namesNothing = (inside: Token[]) =>
  inside.length === 1 &&
  (PRONOUNS.has(inside[0]!.text.toLowerCase()) ||
    demonym(inside[0]!.text) !== undefined ||
    PEOPLES.has(inside[0]!.text));

/**
 * A tagged span as a name: leading and trailing function words and punctuation trimmed; null when
 * nothing capitalised is left (the tagger only proposes names).
 */
function asName(span: TypedSpan, tokens: Token[]): TypedSpan | null {
  let inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  while (inside.length && junk(inside[0]!)) inside = inside.slice(1);
  while (inside.length && junk(inside[inside.length - 1]!)) inside = inside.slice(0, -1);
  if (!inside.some((t) => /^\p{Lu}/u.test(t.text) && t.text !== 'I') || namesNothing(inside)) return null;
  return { ...span, start: inside[0]!.start, end: inside[inside.length - 1]!.end };
}

function refineSentence(
  tagger: SequenceTagger,
  state: DocState,
  sentence: number,
  named: Mention[],
): { keep: Mention[]; add: Mention[] } {
  const tokens = state.tokens[sentence]!;
  const judged = named.filter((m) => !REFERRING.has(m.rule));
  const spans = tagsToSpans(tokens, tagger.tag({ tokens, rules: ruleViews(tokens, judged) }))
    .map((span) => asName(span, tokens))
    .filter((span): span is TypedSpan => span !== null);
  const keep = named.filter((m) => REFERRING.has(m.rule));
  const add: Mention[] = [];
  const settled = new Set<Mention>();
  for (const span of spans) {
    const inner = judged.filter((m) => overlaps(m, span));
    if (inner.length === 0) add.push(fresh(span, sentence, state.text));
    for (const m of inner) settled.add(m);
  }
  // what the rules found stays as they drew it, except guesses from a name's shape the tagger did not back
  for (const m of judged) if (settled.has(m) || !GUESSES.has(m.rule)) keep.push(m);
  return { keep, add };
}

export const refineWith =
  (tagger: SequenceTagger | null): Stage =>
  (state) => {
    if (!tagger) return state;
    const bySentence = new Map<number, Mention[]>();
    const others: Mention[] = [];
    for (const m of state.mentions) {
      if (!NAMED.has(m.type)) others.push(m);
      else bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
    }
    const mentions = [...others];
    for (const s of state.sentences) {
      const { keep, add } = refineSentence(tagger, state, s.index, bySentence.get(s.index) ?? []);
      mentions.push(...keep, ...add);
    }
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    return { ...state, mentions };
  };

/** The pipeline's stage: the shipped model (or none, see tagger/model.ts). */
export const refine: Stage = (state) => refineWith(defaultTagger())(state);
