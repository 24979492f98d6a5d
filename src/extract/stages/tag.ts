/**
 * Stage 3b: the trained tagger decides the names. The rules of the recognise stage propose (their
 * guesses are features of the tagger); the tagger, trained on annotated news, decides which words
 * are names, where each begins and ends, and whether it is a person, organisation, place or other
 * name (MISC: nationalities, events, products, works). Where a rule found the same span, its
 * identity (a gazetteer key, the country an organisation belongs to) is kept. Mentions that refer
 * rather than name (pronouns, bare titles) and value mentions (dates, money) are not the tagger's.
 */
import { knownPerson } from '../lexicon/people';
import { country, demonym, PEOPLES } from '../lexicon/gazetteer';
import { FORCE_MODIFIERS, HOLIDAYS, MILITARY_NOUNS, MONTHS, TITLE_WORDS, WEEKDAYS } from '../lexicon/words';
import { givenNames } from '../lexicon/names';
import { commonWordTag } from '../lexicon/english';
import { defaultTagger } from '../tagger/model';
import type { RuleView } from '../tagger/features';
import type { SequenceTagger, TaggedSentence } from '../tagger/tagger';
import { spansToTags, tagsToSpans, type NamedType, type TypedSpan } from '../tagger/tags';
import { splitAtCaseChange } from '../rules/case-boundary';
import { joinParticleNames } from '../rules/particle-names';
import { placesAfterNear } from '../rules/near-places';
import { isThingAcronym } from '../rules/word-tests';
import { placesBeforeAreaNouns } from '../rules/area-nouns';
import { namesWithLegalForm } from '../rules/corporate-suffix';
import { organisationHeads } from '../rules/organisation-heads';
import { landmarkHeads } from '../rules/landmark-heads';
import { ampersandNames } from '../rules/ampersand-names';
import { acronymDefinitions } from '../rules/acronym-definitions';
import { tradeDescriptors } from '../rules/trade-descriptors';
import { legalFormNames } from '../rules/legal-form-names';
import { interviewSpeakers } from '../rules/interview-speakers';
import { appositionPersons } from '../rules/person-appositions';
import { kinPossessors } from '../rules/kin-possessors';
import { diseaseNames } from '../rules/disease-names';
import { awardNames } from '../rules/award-names';
import { partyMembers } from '../rules/party-members';
import { employers } from '../rules/employers';
import { hyphenatedGivenNames } from '../rules/hyphenated-given-names';
import { theNames } from '../rules/the-names';
import { appositionOrganisations } from '../rules/organisation-appositions';
import { placesBeforeRegions } from '../rules/region-appositions';
import { DATELINE_RULE, datelineAlsoFrom, datelinePlace, datelinePlaces } from '../rules/dateline';
import { sourceLineNames, sourceLineOf } from '../rules/source-lines';
import { oneTypePerName } from '../rules/one-type-per-name';
import { nameOpenings } from '../rules/name-openings';
import { REFERRING } from '../rules/references';
import { operationNames } from '../rules/operation-names';
import { productNames } from '../rules/product-names';
import { mediaNames } from '../rules/media-names';
import {
  officesInsideNames,
  organisationsBeforeTitles,
  personsAfterOffices,
  placesBeforeStateOffices,
} from '../rules/office-phrases';
import { withoutTickers } from '../rules/ticker-symbols';
import { withoutTimeZones } from '../rules/time-zones';
import { peoplePlurals } from '../rules/people-plurals';
import { bylineTitles } from '../rules/byline-titles';
import { treatyNames } from '../rules/treaty-names';
import { stormNames } from '../rules/storm-names';
import { workTitles } from '../rules/work-titles';
import { artistNames } from '../rules/artist-names';
import { vesselNames } from '../rules/vessel-names';
import { venueNames } from '../rules/venue-names';
import { monthSurnames } from '../rules/month-surnames';
import { surnamesAgain } from '../rules/surnames-again';
import { settlementNames } from '../rules/settlement-names';
import { sharedSurnames } from '../rules/shared-surnames';
import { countryObjects } from '../rules/country-objects';
import { groupNames } from '../rules/group-names';
import { withoutLowerCaseHeads, withoutLowerCaseTails } from '../rules/lower-case-edges';
import { namesAgain } from '../rules/names-again';
import { withPossessiveNames } from '../rules/possessive-names';
import { groupBy, overlaps, within } from '../sorted';
import type { DocState, Mention, Stage, Token } from '../types';
import { articleYear } from './parse';

const NAMED = new Set<string>(['Person', 'Organization', 'Place']);
/** Mentions that refer rather than name: the tagger does not judge them. */

/** The rule mention type as a tagger type: a nationality word is CoNLL's MISC. */
const asNamedType = (type: string): NamedType | null =>
  NAMED.has(type) ? (type as NamedType) : type === 'Nationality' ? 'Misc' : null;

/** The rules' view of each token: the BIO tag of the rule mention over it, that rule, and whether it is keyed. */
export function ruleViews(tokens: Token[], mentions: Mention[]): RuleView[] {
  const typed = mentions.filter((m) => asNamedType(m.type) && !REFERRING.has(m.rule));
  const tags = spansToTags(
    tokens,
    typed.map((m) => ({ start: m.start, end: m.end, type: asNamedType(m.type)! })),
  );
  return tokens.map((t, i) => {
    const m = typed.find((x) => overlaps(x, t));
    return { tag: tags[i]!, rule: m?.rule ?? 'none', keyed: Boolean(m?.key) };
  });
}

/**
 * A token as the tagger's training text writes it: CoNLL-2003 is typed in ASCII, news in typographic
 * quotes, and "O’Brien" should weigh what "O'Brien" learnt (offsets stay: spans are cut from the text).
 */
const TYPOGRAPHIC = /[‘’“”]/g;
const ASCII: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' };
const asTyped = (t: Token): Token =>
  /[‘’“”]/.test(t.text) ? { ...t, text: t.text.replace(TYPOGRAPHIC, (c) => ASCII[c]!) } : t;

/** The tagger's input for every sentence of the document, with the rules' view of it. */
export function taggerInput(state: DocState): TaggedSentence[] {
  const bySentence = groupBy(state.mentions, (m) => m.sentence);
  return state.sentences.map((s) => {
    const tokens = state.tokens[s.index]!;
    return { tokens: tokens.map(asTyped), rules: ruleViews(tokens, bySentence.get(s.index) ?? []) };
  });
}

// a lone lower-case letter too: a standings table's marks ("x-AEK Athens", "y-Club Brugge")
const EDGE_JUNK = /^(?:['’]s|s|the|The|a|an|of|at|in|on|and|\p{Ll}|[^\p{L}\p{N}])$/u;
const DATE_WORDS = new Set([...WEEKDAYS, ...MONTHS]);
const PRONOUNS = new Set('i we you he she it they us them our their its his her'.split(' '));
const junk = (t: Token) => EDGE_JUNK.test(t.text) || DATE_WORDS.has(t.text.toLowerCase());

/** words for a political leaning, which describe the person they come before */
const LEANINGS = new Set(
  'leftist rightist left-wing right-wing far-right far-left centrist conservative liberal socialist communist nationalist populist hardline hardliner reformist moderate'.split(
    ' ',
  ),
);

/** A people adjective or noun: "Russian", "Western", "Kurds". */
const isPeopleWord = (w: string) => demonym(w) !== undefined || PEOPLES.has(w);

/** A lone pronoun ("We"), people adjective ("Russian", "Western") or thing's acronym ("VBIED") names no person, organisation or place. */
const namesNothing = (inside: Token[]) =>
  inside.length === 1 &&
  (PRONOUNS.has(inside[0]!.text.toLowerCase()) ||
    HOLIDAYS.has(inside[0]!.text.toLowerCase()) ||
    (isPeopleWord(inside[0]!.text) && !country(inside[0]!.text)) || // "U.S." is both
    isThingAcronym(inside[0]!.text));

/**
 * Where the name starts in a person span that opens with a title ("U.S. Sen. Mitch McConnell",
 * "Police Major Pramot"): after the last title word that a capitalised word still follows. A title
 * is a position, not part of the name (the relation rules read it as one); 0 when there is none.
 */
const GENERATION = /^(?:Jr|Sr|I{2,3}|IV)\.?$/; // "Martin Luther King Jr.": a surname, not the title

function titleEnd(inside: Token[]): number {
  let end = 0;
  for (let i = 0; i < inside.length - 1; i++)
    if (
      TITLE_WORDS.has(inside[i]!.text.toLowerCase()) &&
      /^\p{Lu}/u.test(inside[i + 1]!.text) &&
      !GENERATION.test(inside[i + 1]!.text)
    )
      end = i + 1;
  return end;
}

/** A sentence's opening "Near" is a preposition ("Near Dayr Az Zawr, one strike ..."), the Near East's a name. */
const leadingNear = (inside: Token[]) =>
  inside.length > 1 && /^near$/i.test(inside[0]!.text) && !/^East(?:ern)?$/.test(inside[1]!.text);

/** Does the last token close a bracket that an earlier token of the name opened? */
function closesInside(inside: Token[]): boolean {
  const close = inside[inside.length - 1]!.text;
  const opener = close === ')' ? '(' : close === ']' ? '[' : null;
  return opener !== null && inside.some((t, i) => t.text === opener && i < inside.length - 1);
}

/**
 * The tokens without the function words and punctuation at their end; a closing bracket stays
 * when it closes one inside the name ("Mladost (L)", a club and its town).
 */
function trimEnd(inside: Token[]): Token[] {
  let out = inside;
  while (out.length && junk(out[out.length - 1]!) && !closesInside(out)) out = out.slice(0, -1);
  return out;
}

/**
 * A tagged span as a name: leading and trailing function words and punctuation trimmed; null when
 * nothing capitalised is left (a name has a capital) or when it names nothing of its type.
 */
function asName(span: TypedSpan, tokens: Token[]): TypedSpan | null {
  let inside = within(tokens, span.start, span.end);
  while (inside.length && (junk(inside[0]!) || leadingNear(inside))) inside = inside.slice(1);
  inside = trimEnd(inside);
  // a bracket the name does not close is no part of it ("Buducnost (P 0": "Buducnost", not "Buducnost (P")
  const open = inside.findIndex(
    (t, i) => /^[([]$/.test(t.text) && !inside.slice(i + 1).some((x) => /^[)\]]$/.test(x.text)),
  );
  if (open >= 0) inside = trimEnd(inside.slice(0, open));
  // and one it did not open ends what came before ("(Fritz) Schumacher" tagged from "Fritz": "Schumacher")
  const close = inside.findIndex(
    (t, i) => /^[)\]]$/.test(t.text) && !inside.slice(0, i).some((x) => /^[([]$/.test(x.text)),
  );
  if (close >= 0) inside = inside.slice(close + 1);
  while (inside.length && junk(inside[0]!)) inside = inside.slice(1);
  if (!inside.some((t) => /^\p{Lu}/u.test(t.text) && t.text !== 'I')) return null;
  if (span.type !== 'Misc' && namesNothing(inside)) return null;
  if (span.type === 'Person') inside = inside.slice(titleEnd(inside));
  // a nationality before a person's name is not part of it ("Russian Svetlana Masterkova"), unless
  // it is a given name too ("Christian Karembeu", "German Villa")
  // nor is a word for a political leaning ("Leftist Luiz Inacio Lula da Silva" opening a sentence)
  const lead = inside[0]?.text ?? '';
  if (
    span.type === 'Person' &&
    inside.length > 1 &&
    (isPeopleWord(lead) || LEANINGS.has(lead.toLowerCase())) &&
    !givenNames().has(lead.toLowerCase())
  )
    inside = inside.slice(1);
  return { ...span, start: inside[0]!.start, end: inside[inside.length - 1]!.end };
}

/** The text between a rule mention's start and the tagged span is one people adjective ("Russian", "Syrian"). */
const demonymBefore = (text: string, from: number, to: number) => {
  const words = text.slice(from, to).trim().split(/\s+/);
  return words.length === 1 && isPeopleWord(words[0]!);
};

/** A tagged span as a mention, keeping what a rule knew of the same span. */
function mentionOf(span: TypedSpan, sentence: number, text: string, rules: Mention[]): Mention {
  const surface = text.slice(span.start, span.end);
  if (span.type === 'Misc')
    return { start: span.start, end: span.end, text: surface, type: 'Misc', sentence, rule: 'tagger' };
  const same = rules.find((m) => m.start === span.start && m.end === span.end && NAMED.has(m.type));
  if (same) {
    if (same.type === span.type) return same;
    // the rule's identity was for another type: only its boundaries agree
    return {
      start: span.start,
      end: span.end,
      text: surface,
      type: span.type,
      sentence,
      rule: `tagger-over-${same.rule}`,
    };
  }
  const titled = rules.find(
    (m) => m.type === span.type && m.end === span.end && m.start < span.start && m.name === surface,
  );
  const mention: Mention = {
    start: span.start,
    end: span.end,
    text: surface,
    type: span.type,
    sentence,
    rule: 'tagger',
  };
  if (titled) mention.rule = `tagger-${titled.rule}`;
  // "Russian Defense Ministry": CoNLL's convention tags the nationality apart ("Russian" MISC,
  // "Defense Ministry" ORG); the span follows it, the entity keeps the whole name, so one country's
  // ministry never merges with another's. A person's nationality is no part of the name
  // ("Austrian Thomas Muster" is Thomas Muster).
  const owned = rules.find(
    (m) =>
      m.type === 'Organization' &&
      m.type === span.type &&
      m.end === span.end &&
      m.start < span.start &&
      demonymBefore(text, m.start, span.start),
  );
  if (owned) mention.name = owned.text;
  const countryOf = rules.find((m) => m.countryOf && m.type === span.type && overlaps(m, span))?.countryOf;
  if (countryOf) mention.countryOf = countryOf;
  return mention;
}

/** The rules that read a sentence's names by their words and neighbours, in the order they apply. */
const SPAN_RULES: ((spans: TypedSpan[], tokens: Token[], text: string) => TypedSpan[])[] = [
  withoutTickers,
  withoutTimeZones,
  bylineTitles,
  withoutLowerCaseTails,
  withoutLowerCaseHeads,
  tradeDescriptors,
  namesWithLegalForm,
  legalFormNames,
  ampersandNames,
  acronymDefinitions,
  organisationHeads,
  landmarkHeads,
  venueNames,
  settlementNames,
  countryObjects,
  peoplePlurals,
  placesBeforeAreaNouns,
  interviewSpeakers,
  appositionPersons,
  appositionOrganisations,
  hyphenatedGivenNames,
  monthSurnames,
  sharedSurnames,
  theNames,
  kinPossessors,
  partyMembers,
  placesBeforeRegions,
  operationNames,
  productNames,
  vesselNames,
  diseaseNames,
  awardNames,
  treatyNames,
  stormNames,
  workTitles,
  artistNames,
  mediaNames,
  groupNames,
  personsAfterOffices,
  officesInsideNames,
  organisationsBeforeTitles,
  placesBeforeStateOffices,
];

/** a name and the word for a government it heads ("Asad regime", "Clinton administration") */
const LEADERS_GOVERNMENTS = /^\p{Lu}[\p{L}'’-]+ (?:regime|administration)$/u;

export const tagWith =
  (tagger: SequenceTagger | null): Stage =>
  (state) => {
    if (!tagger) return state;
    const input = taggerInput(state);
    const tags = tagger.tagDocument(input);
    const decided = (m: Mention) => NAMED.has(m.type) && !REFERRING.has(m.rule);
    const bySentence = groupBy(state.mentions.filter(decided), (m) => m.sentence);
    // values, nationalities, pronouns: not the tagger's to decide
    const mentions = state.mentions.filter((m) => !decided(m));
    const named = withPossessiveNames(
      input.map(({ tokens }, k) => ({
        tokens,
        spans: joinParticleNames(
          tagsToSpans(tokens, tags[k]!)
            .map((span) => asName(span, tokens))
            .filter((span): span is TypedSpan => span !== null)
            .flatMap((span) => splitAtCaseChange(span, tokens, state.text)),
          state.text,
        ),
      })),
      state.text,
    );
    const year = articleYear(state.article);
    state.sentences.forEach((s, k) => {
      const rules = bySentence.get(s.index) ?? [];
      const tokens = input[k]!.tokens;
      const dateline = datelinePlace(state.text, s);
      const filedFrom = [dateline, ...datelineAlsoFrom(state.text, dateline)];
      const source = sourceLineOf(state.text, s);
      const spans = sourceLineNames(
        filedFrom.reduce(
          (out, place) => datelinePlaces(out, place),
          SPAN_RULES.reduce(
            (out, rule) => rule(out, tokens, state.text),
            placesAfterNear(named[k]!, tokens, rules, state.text),
          ),
        ),
        source,
        state.text,
      );
      // where a story was filed or published is a place by where it stands
      const placed = (span: TypedSpan) =>
        span.type === 'Place' &&
        [...filedFrom, source?.place].some((p) => p && span.start === p.start && span.end === p.end);
      // A name of the kept organisations list (which fires only in a context that fits it) is one
      // organisation however the tagger splits it ("U.S. Central Command", not the place "U.S." and
      // "Central Command"), and where the tagger passed over it ("Daesh targeted families").
      const known = rules.filter(
        (m) =>
          m.rule === 'alias' &&
          (spans.some((x) => x.type !== 'Misc' && overlaps(x, m)) || !spans.some((x) => overlaps(x, m))) &&
          spans.every((x) => !overlaps(x, m) || (x.start >= m.start && x.end <= m.end)),
      );
      mentions.push(...known);
      // A person of the curated table, in the years they were in the news, whom a rule found and the
      // tagger passed over ("Zelenskiy said ..." opening a sentence, with no context for the word).
      for (const m of rules)
        if (m.type === 'Person' && !spans.some((x) => overlaps(x, m)) && knownPerson(m.text, year)) mentions.push(m);
      // "rocket company SpaceX", "the start-up Darkline": a word of running text's case that no
      // dictionary holds, right after a noun for a company, is its name, where the tagger passed over
      // a word it had never seen (not a table's "company N", nor "the company Financial Data")
      for (const m of rules)
        if (
          m.rule === 'org-cue' &&
          m.type === 'Organization' &&
          /^\p{Lu}[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*$/u.test(m.text) &&
          commonWordTag(m.text.toLowerCase()) === null &&
          !spans.some((x) => overlaps(x, m)) &&
          !known.some((x) => overlaps(x, m))
        )
          mentions.push(m);
      // "Russian forces", "Ukrainian troops": a people adjective before an armed-forces noun names that
      // country's forces, an actor of events; CoNLL tags only the adjective (MISC), so the rule's reading stays.
      for (const m of rules)
        if (
          m.rule === 'nation+forces' &&
          namesForces(m.text) &&
          // "the Mexican state of Guerrero" is a region, not the Mexican state, and "Saudi state media"
          // the country's media
          !(/\bstate$/i.test(m.text) && STATE_OF_OR_OWNED.test(state.text.slice(m.end, m.end + 20))) &&
          spans.every((x) => !overlaps(x, m) || (x.type === 'Misc' && x.start === m.start))
        )
          mentions.push(m);
      // "the Asad regime": a government named by its leader is an actor; where the tagger passed over
      // the name altogether, the rule's reading stays (a common word before the head is no name:
      // "Finance ministry", "Banking group")
      for (const m of rules)
        if (
          m.rule === 'org-tail' &&
          LEADERS_GOVERNMENTS.test(m.text) &&
          !spans.some((x) => overlaps(x, m)) &&
          !known.some((x) => overlaps(x, m))
        )
          mentions.push(m);
      for (const span of spans) {
        if (known.some((m) => overlaps(m, span))) continue;
        const m = mentionOf(span, s.index, state.text, rules);
        mentions.push(placed(span) ? { ...m, rule: DATELINE_RULE } : m);
      }
    });
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    const again = namesAgain(
      mentions,
      state.sentences.map((s, k) => ({ index: s.index, tokens: input[k]!.tokens })),
      [...bySentence.values()].flat(),
      state.text,
    );
    return {
      ...state,
      mentions: withAntecedents(nameOpenings(employers(oneTypePerName(surnamesAgain(again)), state.text))),
    };
  };

/**
 * A people adjective's forces end on a military noun, not on a word that needs a noun after it
 * (FORCE_MODIFIERS: "the Colombian coast"), nor past them on another noun ("Bulgarian air traffic",
 * "Russian security chief"); these heads finish the two-word ones ("coast guard", "service members").
 */
const FORCE_HEADS = new Set(['force', 'guard', 'guards', 'member', 'members', 'personnel', 'services', 'operations']);
function namesForces(text: string): boolean {
  const last = text
    .replace(/[^\p{L}]+$/u, '')
    .split(/\s+/)
    .pop()!
    .toLowerCase();
  return !FORCE_MODIFIERS.has(last) && !UNNAMED_GROUPS.has(last) && (MILITARY_NOUNS.has(last) || FORCE_HEADS.has(last));
}

/** after "state": a region's "of", or a noun the state owns ("Saudi state media", "Chinese state banks") */
const STATE_OF_OR_OWNED =
  /^\s*(?:of|media|television|TV|news|radio|broadcaster|agency|newspaper|press|oil|energy|compan(?:y|ies)|firms?|banks?|enterprises?|-run|-owned)\b/;

/**
 * "Iraqi officials", "the Russian opposition", "Western partners": some people of a country, no body
 * of it with a name of its own; the people adjective says whose they are.
 */
const UNNAMED_GROUPS = new Set(['officials', 'opposition', 'partners', 'allies']);

/** A person's name by its last word, as a pronoun's antecedent and a named mention share it. */
const surnameOf = (m: Mention) =>
  (m.name ?? m.text)
    .replace(/['’]s?$/, '')
    .split(/\s+/)
    .pop()!
    .toLowerCase();

/**
 * A pronoun or a bare title refers to the person the rules named before it. Where the tagger kept no
 * person of that name, it refers to no one: "the Archbishop of Buenos Aires ... he" and "King of
 * Scotland" name a position, and the rules' person "of Buenos Aires" is not one.
 */
function withAntecedents(mentions: Mention[]): Mention[] {
  const named = new Set(mentions.filter((m) => m.type === 'Person' && !REFERRING.has(m.rule)).map(surnameOf));
  return mentions.filter((m) => !REFERRING.has(m.rule) || named.has(surnameOf(m)));
}

/** The pipeline's stage: the shipped model (or none, see tagger/model.ts). */
export const tag: Stage = (state) => tagWith(defaultTagger())(state);
