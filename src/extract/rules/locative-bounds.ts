/**
 * Where a place relation the classifier reads cannot hold, by the words around the pair: across a
 * verb of action or of going, to a place one is beside or passes through, between places of one
 * list, or from a place that heads a line of results.
 */
import nlp from 'compromise';
import { commonWordTag } from '../lexicon/english';
import { PREDECESSORS } from '../lexicon/former-names';
import { TITLE_WORDS } from '../lexicon/words';
import type { Argument, PairCandidate } from '../relation-classifier/candidates';
import type { Range, Token } from '../types';

/** The kinds a sentence states of a name and where it is or works (CoNLL04's), not of what it does. */
const LOCATIVE = new Set(['BASED_IN', 'LIVES_IN', 'LOCATED_IN']);
/** Verbs that say where something is: a locative relation may be stated across them ("is based in"). */
const WHERE_VERBS = new Set(
  'is are was were be been being lives live lived living resides reside resided based located headquartered born moved settled stationed situated grew raised'.split(
    ' ',
  ),
);
const COORDINATORS = new Set(['and', 'or', 'nor']);
/** conjunctions that open a subordinate clause */
const SUBORDINATORS = new Set(['since', 'because', 'although', 'though', 'unless', 'until', 'whether', 'while']);
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
 * A name followed at once by a verb of action is that verb's subject, and the place after it what
 * it acts on, not where it is ("NATO provides Kyiv"): a locative relation is stated across no such
 * verb, only one of being or living somewhere. (Reporting verbs are acrossSpeech's, checked first.)
 */
export function acrossClause(type: string, between: Token[], clause: () => string): boolean {
  const words = between.map((t) => t.text.toLowerCase());
  const first = words[0];
  if (!LOCATIVE.has(type) || first === undefined) return false;
  if (!WHERE_VERBS.has(first) && VERB_TAGS.test(commonWordTag(first) ?? '')) return true;
  if (MOTION_VERBS.has(first)) return true;
  // a participle the lexicon reads as an adjective is the verb where an article follows it
  // ("Petrobras threatened a five-day strike ..., while in Nigeria")
  if (/\p{L}{3,}ed$/u.test(first) && /^(?:a|an|the)$/.test(words[1] ?? '')) return true;
  // a form of "be" before an -ing form is the auxiliary of that verb ("Russia is also waging an
  // onslaught on the city of Bakhmut"), not the copula of where something is ("is living in" is)
  if (commonWordTag(first) === 'Copula') {
    let k = 1;
    while (k < words.length && commonWordTag(words[k]!) === 'Adverb') k++;
    const verb = words[k];
    if (verb !== undefined && /\p{L}{2,}ing$/u.test(verb) && !WHERE_VERBS.has(verb)) return true;
  }
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
  // the second name is the subject of a subordinate clause of its own ("its line on Jerusalem since
  // Prime Minister Benjamin Netanyahu took office"); a clause that goes on about the first is not
  // ("Higgins ... although he was born a county away in Danville")
  let sub = words.length - 1;
  while (sub >= 0 && !SUBORDINATORS.has(words[sub]!)) sub--;
  if (sub >= 0 && between.slice(sub + 1).every((t) => /^\p{Lu}/u.test(t.text))) return true;
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
/**
 * and a place is in no place it comes from or goes to ("in transit from Singapore to Romania"), nor
 * is that place in it. (A place beside another may still lie in what the first one is part of: "the
 * Louisiana coast, near Morgan City" puts Morgan City in Louisiana, so a reversed reading stands.)
 */
const ROUTE = new Set(['from', 'to', 'via', 'towards', 'toward']);
/** verbs of going or being brought somewhere: the place after their "to" is a destination ("invited him to the White House") */
const GOING =
  /^(?:invited|summoned|flew|travell?ed|went|headed|came|returned|drove|rushed|sent|taken|brought|welcomed)$/;

export function besideNotIn(type: string, between: Token[], reversed = false): boolean {
  const words = between.map((t) => t.text.toLowerCase());
  const [prev2, prev] = words.slice(-2);
  if (!LOCATIVE.has(type) || prev === undefined) return false;
  // a destination, perhaps after the verb's object ("invited him to the"); "moved to" is where one
  // lives, as CoNLL04 reads it, and is not among them
  const to = words.lastIndexOf('to');
  const verb = /^(?:him|her|them|it|us|me)$/.test(words[to - 1] ?? '') ? words[to - 2] : words[to - 1];
  if (!reversed && to >= 1 && to >= words.length - 2 && GOING.test(verb ?? '')) return true;
  if (type === 'LOCATED_IN' && ROUTE.has(prev) && !(prev === 'to' && prev2 !== undefined && BESIDE_TO.has(prev2)))
    return true;
  return (
    !reversed &&
    (BESIDE.has(prev) ||
      ((prev === 'to' || prev === 'of') && prev2 !== undefined && (BESIDE_TO.has(prev2) || DIRECTIONS.test(prev2))))
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
export const VIC = { n: 0 };
export function verbInContext(clause: string, word: string): boolean {
  VIC.n++;
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
 * A title between two places names someone's post there ("Iraq's ambassador in Khartoum"): the
 * second place is where the post is, not a place the first lies in.
 */
export const postBetween = (type: string, between: Token[]) =>
  type === 'LOCATED_IN' && between.some((t) => TITLE_WORDS.has(t.text.toLowerCase()));

/**
 * Two places of one list ("a competition involving Scotland, Wales, Ireland and France"): places
 * joined by commas, "and", "or" or a slash ("MOSCOW/BAKU") are a list where a coordinator joins two of them, and none of a
 * list lies in another. A run of commas alone is read as containment ("Mosul, Nineveh, Iraq").
 */
export function inOneList(c: PairCandidate): boolean {
  const places = c.args.filter((x) => x.type === 'Place');
  const words = (x: Argument, y: Argument) => c.tokens.slice(x.to, y.from).map((t) => t.text.toLowerCase());
  let first = places.indexOf(c.a);
  let last = places.indexOf(c.b);
  if (first < 0 || last < 0) return false;
  const joint = (k: number) => {
    const w = words(places[k]!, places[k + 1]!).join(' ');
    return w === ',' ? 'comma' : /^(?:,? ?(?:and|or)|\/)$/.test(w) ? 'coordinator' : null;
  };
  for (let k = first; k < last; k++) if (!joint(k)) return false;
  // the run of places around the pair, and whether a coordinator joins two of them
  while (first > 0 && joint(first - 1)) first--;
  while (last + 1 < places.length && joint(last)) last++;
  for (let k = first; k < last; k++) if (joint(k) === 'coordinator') return true;
  return false;
}

/**
 * A place followed by a colon (after its ground in brackets, perhaps) heads a line of results or
 * scores ("Tunbridge Wells: Nottinghamshire 40-3 v Kent", "London (The Oval): Warwickshire 195 (A.
 * Giles ..."): it says where what follows was played, not where anyone lives or is based.
 */
export const headsLine = (text: string, end: number) => /^\s*(?:\([^)\n]{1,40}\)\s*)?:/.test(text.slice(end, end + 48));

/** The relation kinds a scene-setting phrase states nothing of (see sceneSetting): who lives or is based there. */
const SCENE_BLIND = new Set(['LIVES_IN', 'BASED_IN']);

/**
 * A place in a fronted locative phrase ("In Kansas City, Travis Fryman doubled in the go-ahead run",
 * "At Minnesota, Ken Hill allowed two runs") sets the scene of the clause after it: it says where
 * that happened, not where anyone in the clause lives or is based ("In Syria, Coalition forces
 * conducted strikes"). In CoNLL04 train 1 of the 4 person-place pairs so placed is Live_In.
 */
export function sceneSetting(type: string, c: PairCandidate): boolean {
  if (!SCENE_BLIND.has(type)) return false;
  const place = c.a.type === 'Place' ? c.a : null;
  return (
    place !== null &&
    place.from === 1 &&
    /^(?:In|At)$/.test(c.tokens[0]?.text ?? '') &&
    c.tokens[place.to]?.text === ','
  );
}

/**
 * A dateline says where the story was filed ("RIYADH, March 10 - Saudi Arabian Oil Minister Hisham
 * Nazer said"), nothing of who lives or is based there, as a fronted "In Syria," does not. In
 * CoNLL04 train and dev, 1 of the 9 people and organisations in a dateline's sentence lives there.
 */
export const filedFrom = (type: string, c: PairCandidate, dateline: Range | null) =>
  dateline !== null &&
  SCENE_BLIND.has(type) &&
  [c.a, c.b].some((x) => x.type === 'Place' && x.mention.start === dateline.start && x.mention.end === dateline.end);

/**
 * A place the gazetteer puts in one country lies in no other ("NICOSIA, April 17 - Iran said": Nicosia
 * is Cyprus's), unless that other held its land in the years of the news ("Riga, Soviet Union",
 * "Rumbek, Sudan"). Places carry their country's ISO code, countries their own.
 */
export function inAnotherCountry(
  source: { countryCode?: string; isoCode?: string } | undefined,
  target: { isoCode?: string } | undefined,
): boolean {
  const code = source?.countryCode;
  const country = target?.isoCode;
  if (!code || source.isoCode !== undefined || country === undefined) return false;
  return country !== code && !(PREDECESSORS[code] ?? []).includes(country);
}

/** what joins two names of a list: a comma or coordinator, and perhaps one lower-case modifier */
const LIST_GAP = /^(?:,|and|or|, and|, or)(?: \p{Ll}+)?$/u;

/**
 * A place's possessive belongs to the name right after it ("Iraq's Saddam meets Russia's
 * Zhirinovsky": Iraq is Saddam's, not Zhirinovsky's): where another name stands between the clitic
 * and the pair's second name, the place states nothing of the second, unless the second continues
 * a list the first opens ("South Korea's Daewoo Corp, unlisted Daewoo Information Systems, Dacom").
 */
export function possessedByAnother(type: string, c: PairCandidate): boolean {
  if (!LOCATIVE.has(type) || c.a.type !== 'Place' || !/^['’]s$/.test(c.tokens[c.a.to]?.text ?? '')) return false;
  const owned = c.args.findIndex((x) => x.from === c.a.to + 1);
  const second = c.args.indexOf(c.b);
  if (owned < 0 || owned >= second) return false;
  for (let k = owned; k < second; k++) {
    const gap = c.tokens.slice(c.args[k]!.to, c.args[k + 1]!.from).map((t) => t.text);
    if (!LIST_GAP.test(gap.join(' '))) return true;
  }
  return false;
}

/**
 * A place another name owns ("ByteDance to divest TikTok's U.S. business"): the place is the
 * possessor's, and says nothing of the pair's first name.
 */
export function placeOfAnother(type: string, c: PairCandidate): boolean {
  if (!LOCATIVE.has(type) || c.b.type !== 'Place' || !/^['’]s$/.test(c.tokens[c.b.from - 1]?.text ?? '')) return false;
  const owner = c.args.find((x) => x.to === c.b.from - 1);
  return owner !== undefined && owner !== c.a;
}

/** what an organisation has in many places, but is not based at */
const FACILITY =
  /^(?:field |regional |local |main )?(?:office|offices|plant|plants|factory|factories|branch|branches|bureau|unit|subsidiary|operations|mine|store|stores|warehouse|site|campus)$/;

/**
 * "The FBI's Jacksonville field office", "Toyota's Kentucky plant": an organisation's place before a
 * facility is where that facility is, not where the organisation is based (its headquarters is).
 */
export function facilityOf(type: string, c: PairCandidate): boolean {
  if (type !== 'BASED_IN' || c.a.type !== 'Organization' || c.b.type !== 'Place') return false;
  if (!/^['’]s$/.test(c.tokens[c.a.to]?.text ?? '') || c.b.from !== c.a.to + 1) return false;
  const next = c.tokens
    .slice(c.b.to, c.b.to + 2)
    .map((t) => t.text.toLowerCase())
    .join(' ');
  return FACILITY.test(next) || FACILITY.test(next.split(' ')[0] ?? '');
}

/** nouns that make a place's name an event's ("the Abu Dhabi Grand Prix", "the Paris Olympics") */
const EVENT_NAMED =
  /^\s+(?:Grand Prix|Open|Olympics|Olympic Games|Games|Marathon|Masters|Film Festival|Festival|Motor Show|Fashion Week|Summit)\b/;

/**
 * A place in an event's name says where the event is, nothing of who lives or is based there
 * ("finishing third at the Abu Dhabi Grand Prix behind Red Bull's Max Verstappen").
 */
export function inEventName(type: string, c: PairCandidate, text: string): boolean {
  if (!LOCATIVE.has(type)) return false;
  return [c.a, c.b].some((x) => x.type === 'Place' && EVENT_NAMED.test(text.slice(x.mention.end, x.mention.end + 30)));
}

/** a word that makes the name after it a side met in a match or a fight */
const OPPONENT_BEFORE = /^(?:against|versus|vs\.?|v|beat|beating|defeated|defeating|beaten|to)$/i;

/**
 * "the final against Real Madrid in Kiev", "beat Tottenham in Madrid": the place after a side met in
 * a match or a fight is where they met, not where the side is based or lives. ("lost to X in Y":
 * "to" counts only after "lost".)
 */
export function opponentIn(type: string, c: PairCandidate): boolean {
  if (!LOCATIVE.has(type) || c.a.type === 'Place' || c.b.type !== 'Place') return false;
  const before = c.tokens[c.a.from - 1]?.text ?? '';
  if (!OPPONENT_BEFORE.test(before)) return false;
  if (/^to$/i.test(before) && !/^(?:lost|lose|losing|loses)$/i.test(c.tokens[c.a.from - 2]?.text ?? '')) return false;
  return /^(?:in|at)$/i.test(c.tokens[c.a.to]?.text ?? '') && c.a.to + 1 === c.b.from;
}

/**
 * "Benjamin Netanyahu, UAE Foreign Minister Sheikh Abdullah": a place right before a title opens the
 * next person's noun phrase (the title of that place), and says nothing of where the name before it
 * lives or is based.
 */
export function opensNextTitle(type: string, c: PairCandidate): boolean {
  if (!SCENE_BLIND.has(type) || c.b.type !== 'Place') return false;
  const next = c.tokens[c.b.to]?.text ?? '';
  return /^\p{Lu}/u.test(next) && TITLE_WORDS.has(next.toLowerCase());
}
