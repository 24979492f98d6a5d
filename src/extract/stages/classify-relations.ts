/**
 * Stage 6b: the trained relation classifier (src/extract/relation-classifier) judges every pair of
 * person, organisation and place mentions in a sentence and adds the relations CoNLL04 taught it:
 * WORKS_FOR, LIVES_IN, BASED_IN, LOCATED_IN and KILLED. The rules' relations stay, and are features of
 * the classifier; where a title already makes a person HOLDS_POSITION or IN_CHARGE_OF an
 * organisation, no WORKS_FOR is added beside it. Clause boundaries the pair features cannot see are
 * rules: no relation across a reporting verb or a quotation mark, no place relation from the
 * subject of an action verb to what it acts on, nor between two conjuncts, nor from a dateline.
 */
import nlp from 'compromise';
import { commonWordTag } from '../lexicon/english';
import { SPEECH_VERBS } from '../lexicon/words';
import { datelineOf } from '../rules/dateline';
import { candidatePairs, type Argument, type PairCandidate } from '../relation-classifier/candidates';
import type { RelationClassifier } from '../relation-classifier/classifier';
import { pairContext } from '../relation-classifier/features';
import { defaultRelationClassifier } from '../relation-classifier/model';
import type { DocState, Relation, Stage, Token } from '../types';
import { isAcronym } from './org-names';
import { mergeRelations } from './relations';

const TITLED = new Set(['HOLDS_POSITION', 'IN_CHARGE_OF']);
/** The kinds a sentence states of a name and where it is or works (CoNLL04's), not of what it does. */
const LOCATIVE = new Set(['BASED_IN', 'LIVES_IN', 'LOCATED_IN']);
/** Verbs that say where something is: a locative relation may be stated across them ("is based in"). */
const WHERE_VERBS = new Set(
  'is are was were be been being lives live lived living resides reside resided based located headquartered born moved settled stationed situated grew raised'.split(
    ' ',
  ),
);
const COORDINATORS = new Set(['and', 'or', 'nor']);
/**
 * Verbs of going somewhere, in the -s forms the lexicon reads as nouns before a preposition
 * ("Ekeus heads for Baghdad", "returns to Kabul"): where one goes is not where one lives or is based.
 */
const MOTION_VERBS = new Set(
  'heads travels flies returns leaves moves sails drives arrives departs goes comes'.split(' '),
);
const PREPOSITIONS = new Set('in at on near of from across outside inside around throughout for by'.split(' '));
/** the lexicon's tags of words that are never verbs */
const CLOSED_CLASS = /^(?:Preposition|Possessive|Determiner|Pronoun|Conjunction)$/;
/**
 * A word in -s that may be a verb: not a possessive clitic ("Iraq's capital": most pairs that get
 * this far) nor a closed-class word ("as", "his"), which compromise would be asked about in vain.
 */
const mayBeVerbInS = (w: string) => /^\p{L}+s$/u.test(w) && !CLOSED_CLASS.test(commonWordTag(w) ?? '');
/** compromise's lexicon tags of verb forms */
const VERB_TAGS = /^(?:PastTense|PresentTense|Verb|Infinitive|Gerund)$/;

/**
 * A reporting verb between two names ("Austin said that ... NATO"): the second is in what was said;
 * or a verb naming the source ("Interfax, quoting Yeltsin's press secretary"): it is quoted, not staff.
 */
const QUOTING = new Set(['quoting', 'citing', 'quoted', 'cited']);
const acrossSpeech = (between: Token[]) =>
  between.some((t) => SPEECH_VERBS.has(t.text.toLowerCase()) || QUOTING.has(t.text.toLowerCase()));

/**
 * A name followed at once by a verb of action is that verb's subject, and the place after it what
 * it acts on, not where it is ("NATO provides Kyiv"): a locative relation is stated across no such
 * verb, only one of being or living somewhere. (Reporting verbs are acrossSpeech's, checked first.)
 */
function acrossClause(type: string, between: Token[], clause: () => string): boolean {
  const words = between.map((t) => t.text.toLowerCase());
  const first = words[0];
  if (!LOCATIVE.has(type) || first === undefined) return false;
  if (!WHERE_VERBS.has(first) && VERB_TAGS.test(commonWordTag(first) ?? '')) return true;
  if (MOTION_VERBS.has(first)) return true;
  // a word the lexicon reads as a noun may be the verb here ("NATO shows hostility to Russia"), and
  // so may a past form it lacks ("Clinton congratulated Ukraine"): compromise reads it in its clause,
  // for the few pairs that get this far. Before a preposition it is the noun of the name's phrase
  // ("Siemens plants in Munich")
  if (
    !WHERE_VERBS.has(first) &&
    (mayBeVerbInS(first) || (/ed$/.test(first) && commonWordTag(first) === null)) && // "congratulated": no lexicon entry
    !PREPOSITIONS.has(words[1] ?? '') &&
    verbInContext(clause(), first)
  )
    return true;
  // conjuncts with no verb of their own ("Luhansk and over half of Donetsk") are two of a kind,
  // neither where the other is
  return COORDINATORS.has(first) && !words.some((w) => WHERE_VERBS.has(w) || VERB_TAGS.test(commonWordTag(w) ?? ''));
}

/**
 * Words that locate what comes before them by what is beside it, not around it: the place after
 * "adjacent to", "near", "north of" or "outside" is a neighbour ("Bakhmut in Donetsk province
 * adjacent to Luhansk"), where nothing named before it lies.
 */
const BESIDE = new Set(['near', 'bordering', 'neighbouring', 'neighboring', 'outside', 'beyond', 'off']);
const BESIDE_TO = new Set(['adjacent', 'next', 'close']);
const DIRECTIONS = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/;
/** and a place is in no place it comes from or goes to ("in transit from Singapore to Romania") */
const ROUTE = new Set(['from', 'to', 'via', 'towards', 'toward']);
function besideNotIn(type: string, between: Token[]): boolean {
  const [prev2, prev] = between.slice(-2).map((t) => t.text.toLowerCase());
  if (!LOCATIVE.has(type) || prev === undefined) return false;
  return (
    BESIDE.has(prev) ||
    (type === 'LOCATED_IN' && ROUTE.has(prev)) ||
    ((prev === 'to' || prev === 'of') && prev2 !== undefined && (BESIDE_TO.has(prev2) || DIRECTIONS.test(prev2)))
  );
}

/**
 * The words compromise reads of a clause: its tagging of a word looks a few words either way, and
 * its cost grows with the text (the next ten words read the same on 1,219 texts as whole clauses do).
 */
const CLAUSE_WORDS = /^(?:\S+\s+){0,10}\S*/;

/**
 * Does compromise read `word` as a verb in `clause` (the text from the first name on)? Its terms are
 * read as they are: a JSON view of them costs a third of the call.
 */
function verbInContext(clause: string, word: string): boolean {
  for (const sentence of (nlp(CLAUSE_WORDS.exec(clause)![0]) as unknown as { docs: CompromiseTerm[][] }).docs)
    for (const term of sentence) if ((term.normal ?? term.text.toLowerCase()) === word) return term.tags.has('Verb');
  return false;
}

/** A term as compromise keeps it (its documented JSON view, built from the same fields). */
interface CompromiseTerm {
  text: string;
  normal?: string;
  tags: Set<string>;
}

/**
 * Two places of one list ("a competition involving Scotland, Wales, Ireland and France"): places
 * joined by commas, "and" or "or" are a list where a coordinator joins two of them, and none of a
 * list lies in another. A run of commas alone is read as containment ("Mosul, Nineveh, Iraq").
 */
function inOneList(c: PairCandidate): boolean {
  const places = c.args.filter((x) => x.type === 'Place');
  const words = (x: Argument, y: Argument) => c.tokens.slice(x.to, y.from).map((t) => t.text.toLowerCase());
  let first = places.indexOf(c.a);
  let last = places.indexOf(c.b);
  if (first < 0 || last < 0) return false;
  const joint = (k: number) => {
    const w = words(places[k]!, places[k + 1]!).join(' ');
    return w === ',' ? 'comma' : /^,? ?(?:and|or)$/.test(w) ? 'coordinator' : null;
  };
  for (let k = first; k < last; k++) if (!joint(k)) return false;
  // the run of places around the pair, and whether a coordinator joins two of them
  while (first > 0 && joint(first - 1)) first--;
  while (last + 1 < places.length && joint(last)) last++;
  for (let k = first; k < last; k++) if (joint(k) === 'coordinator') return true;
  return false;
}

/**
 * The second name is the source of what the sentence said before it ("... reverts to China's
 * control next year, the Vancouver Sun reported", "..., the Slovak office of Interpol said"): it
 * says nothing of the names in what it reports.
 */
const REPORTED_BY = new Set([...SPEECH_VERBS, 'reported', 'reports', 'quoted', 'quotes']);
function reportsBefore(text: string, aEnd: number, b: { start: number; end: number }): boolean {
  // the source after a comma, perhaps described ("the Slovak office of Interpol said")
  if (!/,\s*(?:[\p{L}'-]+\s+){0,4}$/u.test(text.slice(aEnd, b.start))) return false;
  const verb = /^\s+(\p{L}+)/u.exec(text.slice(b.end, b.end + 24))?.[1]?.toLowerCase();
  return verb !== undefined && REPORTED_BY.has(verb);
}

/**
 * The one told ("the press officer told Reuters that Speaker Toomas Savi will convene ...") relates
 * to no name of what it was told.
 */
function toldThat(c: PairCandidate): boolean {
  const before = c.tokens[c.a.from - 1]?.text.toLowerCase();
  if (before === undefined || !SPEECH_VERBS.has(before)) return false;
  return c.tokens.slice(c.a.to, c.b.from).some((t) => t.text.toLowerCase() === 'that' || t.text === ':');
}

/** "The African Football Confederation (CAF)": an acronym in brackets right after a name is its own. */
const bracketedAcronym = (text: string, a: { end: number }, b: { start: number; end: number; text: string }) =>
  /^\s*\($/.test(text.slice(a.end, b.start)) && text[b.end] === ')' && isAcronym(b.text);

/**
 * One name inside a quotation and the other outside it: the quote is the speaker's words, so the
 * sentence relates neither to the other ('"Darkline gives our customers ...," Microsoft Chief
 * Executive Satya Nadella said').
 */
const straddlesQuote = (text: string, from: number, to: number) =>
  (text.slice(from, to).match(/["“”]/g)?.length ?? 0) % 2 === 1;

/**
 * The first name inside a bracket that closes before the second: the bracket belongs to the name
 * before it ("Andrei Medvedev (Ukraine) beat Martin Damm": Ukraine is Medvedev's, not Damm's), so the
 * sentence relates it to nothing after. ("Martin Damm (Czech Republic)", the second name inside, is
 * the bracket's own reading.)
 */
const leavesBracket = (text: string, from: number, to: number) => /^[^([]*[)\]]/.test(text.slice(from, to));

/**
 * A place followed by a colon (after its ground in brackets, perhaps) heads a line of results or
 * scores ("Tunbridge Wells: Nottinghamshire 40-3 v Kent", "London (The Oval): Warwickshire 195 (A.
 * Giles ..."): it says where what follows was played, not where anyone lives or is based.
 */
const headsLine = (text: string, end: number) => /^\s*(?:\([^)\n]{1,40}\)\s*)?:/.test(text.slice(end, end + 48));

/** The agency of a wire-service dateline (rules/dateline.ts) says nothing of where it is based. */
function inDateline(text: string, sentenceStart: number, sentenceEnd: number, m: { start: number; end: number }) {
  const agency = datelineOf(text, sentenceStart, sentenceEnd)?.agency;
  return agency !== undefined && agency.start === m.start && agency.end === m.end;
}

/** The lead over no relation as a number in (0.5, 1): larger leads, surer relations. */
const confidence = (lead: number) => Math.round(100 / (1 + Math.exp(-lead / 4))) / 100;

export function classifyRelationsWith(classifier: RelationClassifier | null): Stage {
  return (state: DocState) => {
    if (!classifier) return state;
    const ctx = pairContext(state.relations, state.entities);
    const out: Relation[] = [];
    for (const c of candidatePairs(state)) {
      if (straddlesQuote(state.text, c.a.mention.end, c.b.mention.start)) continue;
      if (leavesBracket(state.text, c.a.mention.end, c.b.mention.start)) continue;
      if (reportsBefore(state.text, c.a.mention.end, c.b.mention)) continue;
      if (bracketedAcronym(state.text, c.a.mention, c.b.mention)) continue;
      if (c.a.mention.type === 'Place' && headsLine(state.text, c.a.mention.end)) continue;
      const sentence = state.sentences[c.sentence]!;
      if ([c.a, c.b].some((x) => inDateline(state.text, sentence.start, sentence.end, x.mention))) continue;
      // a pair no relation may join is not classified (the commonest: a reporting verb between them)
      if (acrossSpeech(c.tokens.slice(c.a.to, c.b.from))) continue;
      if (toldThat(c)) continue;
      const d = classifier.classify(c, ctx);
      if (!d) continue;
      const [source, target] = d.reversed ? [c.b, c.a] : [c.a, c.b];
      const ruled = ctx.ruleTypes.get(`${source.entity}|${target.entity}`) ?? [];
      if (d.kind.type === 'WORKS_FOR' && ruled.some((t) => TITLED.has(t))) continue;
      const clause = () => state.text.slice(c.a.mention.start, sentence.end);
      if (acrossClause(d.kind.type, c.tokens.slice(c.a.to, c.b.from), clause)) continue;
      if (!d.reversed && besideNotIn(d.kind.type, c.tokens.slice(c.a.to, c.b.from))) continue;
      if (d.kind.type === 'LOCATED_IN' && inOneList(c)) continue;
      // a country lies inside no other place ("Russia ... on the city of Bakhmut in Donetsk")
      if (d.kind.type === 'LOCATED_IN' && ctx.countries.has(source.entity)) continue;
      out.push({
        type: d.kind.type,
        source: source.entity,
        target: target.entity,
        properties: {},
        evidence: [{ sentence: c.sentence, start: c.a.mention.start, end: c.b.mention.end }],
        confidence: confidence(d.lead),
      });
    }
    return out.length ? { ...state, relations: mergeRelations([...state.relations, ...out]) } : state;
  };
}

export const classifyRelations: Stage = (state) => classifyRelationsWith(defaultRelationClassifier())(state);
