/**
 * Stage 6b: the trained relation classifier (src/extract/relation-classifier) judges every pair of
 * person, organisation and place mentions in a sentence and adds the relations CoNLL04 taught it:
 * WORKS_FOR, LIVES_IN, BASED_IN, LOCATED_IN and KILLED. The rules' relations stay, and are features of
 * the classifier; where a title already makes a person HOLDS_POSITION or IN_CHARGE_OF an
 * organisation, no WORKS_FOR is added beside it. Clause boundaries the pair features cannot see are
 * rules: no relation across reported speech or a quotation mark (rules/speech-bounds.ts), out of a
 * bracket (rules/bracket-bounds.ts), nor from a dateline's agency; no place relation from the subject
 * of an action verb to what it acts on, to a neighbour, between two conjuncts or places of one list,
 * nor to the place of a fronted "In X," that sets the scene, nor from a place whose possessive is
 * another name's, nor an organisation's base from its place before a facility ("the FBI's
 * Jacksonville field office"; rules/locative-bounds.ts); no killing where no word states one (rules/killing-words.ts).
 */
import { bracketedAcronym, leavesBracket } from '../rules/bracket-bounds';
import { datelineOf, datelinePlace } from '../rules/dateline';
import { chargedWithKilling, statesKilling } from '../rules/killing-words';
import {
  acrossClause,
  besideNotIn,
  facilityOf,
  filedFrom,
  inEventName,
  inAnotherCountry,
  headsLine,
  inOneList,
  opensNextTitle,
  opponentIn,
  postBetween,
  placeOfAnother,
  possessedByAnother,
  sceneSetting,
} from '../rules/locative-bounds';
import { acrossSpeech, reportsBefore, straddlesQuote, toldThat } from '../rules/speech-bounds';
import { candidatePairs } from '../relation-classifier/candidates';
import { allowedClasses } from '../relation-classifier/classes';
import { possessorOfRole } from '../rules/possessor-roles';
import { actingOn } from '../rules/acting-on';
import type { RelationClassifier } from '../relation-classifier/classifier';
import { pairContext } from '../relation-classifier/features';
import { defaultRelationClassifier } from '../relation-classifier/model';
import type { DocState, Relation, Stage } from '../types';
import { mergeRelations } from './relations';

const TITLED = new Set(['HOLDS_POSITION', 'IN_CHARGE_OF']);

/**
 * A wire-service dateline (rules/dateline.ts) says nothing of where its agency is based, and its place
 * and region relate to nothing of the story ("LIVERPOOL, England, June 20 (Reuters) - Liverpool have
 * signed ... Wirtz": nobody lives in England by it), only to each other (Liverpool lies in England).
 * A dash after the bracket makes it a wire dateline, not a results line ("Rousseau (France)").
 */
function datelineSide(text: string, sentenceStart: number, sentenceEnd: number, m: { start: number; end: number }) {
  const agency = datelineOf(text, sentenceStart, sentenceEnd)?.agency;
  if (agency === undefined) return 'body';
  if (agency.start === m.start && agency.end === m.end) return 'agency';
  return m.end <= agency.start && /^\)\s*[-–—]/.test(text.slice(agency.end, agency.end + 4)) ? 'head' : 'body';
}

/** The lead over no relation as a number in (0.5, 1): larger leads, surer relations. */
const confidence = (lead: number) => Math.round(100 / (1 + Math.exp(-lead / 4))) / 100;

export function classifyRelationsWith(classifier: RelationClassifier | null): Stage {
  return (state: DocState) => {
    if (!classifier) return state;
    const ctx = pairContext(state.relations, state.entities);
    const entities = new Map(state.entities.map((e) => [e.id, e]));
    const out: Relation[] = [];
    for (const c of candidatePairs(state)) {
      // no relation of the vocabulary joins the pair's types (two organisations): nothing to judge
      if (allowedClasses(c.a.type, c.b.type).length === 1) continue;
      if (straddlesQuote(state.text, c.a.mention.end, c.b.mention.start)) continue;
      if (leavesBracket(state.text, c.a.mention.end, c.b.mention.start)) continue;
      if (reportsBefore(state.text, c.a.mention.end, c.b.mention)) continue;
      if (bracketedAcronym(state.text, c.a.mention, c.b.mention)) continue;
      if (c.a.mention.type === 'Place' && headsLine(state.text, c.a.mention.end)) continue;
      const sentence = state.sentences[c.sentence]!;
      const sides = [c.a, c.b].map((x) => datelineSide(state.text, sentence.start, sentence.end, x.mention));
      if (sides.includes('agency') || sides[0] !== sides[1]) continue;
      // a pair no relation may join is not classified (the commonest: a reporting verb between them)
      if (acrossSpeech(c.tokens.slice(c.a.to, c.b.from))) continue;
      if (toldThat(c)) continue;
      const d = classifier.classify(c, ctx);
      if (!d) continue;
      const reversed =
        d.reversed &&
        !(d.kind.type === 'KILLED' && chargedWithKilling(state.text.slice(c.a.mention.end, c.b.mention.start)));
      const [source, target] = reversed ? [c.b, c.a] : [c.a, c.b];
      const ruled = ctx.ruleTypes.get(`${source.entity}|${target.entity}`) ?? [];
      if (d.kind.type === 'WORKS_FOR' && ruled.some((t) => TITLED.has(t))) continue;
      if (besideNotIn(d.kind.type, c.tokens.slice(c.a.to, c.b.from), reversed)) continue;
      if (d.kind.type === 'LOCATED_IN' && inOneList(c)) continue;
      if (postBetween(d.kind.type, c.tokens.slice(c.a.to, c.b.from))) continue;
      if (sceneSetting(d.kind.type, c)) continue;
      if (filedFrom(d.kind.type, c, datelinePlace(state.text, sentence))) continue;
      if (opensNextTitle(d.kind.type, c)) continue;
      if (d.kind.type === 'KILLED' && !statesKilling(c.tokens)) continue;
      if (possessedByAnother(d.kind.type, c)) continue;
      if (placeOfAnother(d.kind.type, c)) continue;
      if (opponentIn(d.kind.type, c)) continue;
      if (possessorOfRole(d.kind.type, c)) continue;
      if (actingOn(d.kind.type, c)) continue;
      if (facilityOf(d.kind.type, c)) continue;
      if (inEventName(d.kind.type, c, state.text)) continue;
      // a country lies inside no other place ("Russia ... on the city of Bakhmut in Donetsk")
      if (d.kind.type === 'LOCATED_IN' && ctx.countries.has(source.entity)) continue;
      if (d.kind.type === 'LOCATED_IN' && inAnotherCountry(entities.get(source.entity), entities.get(target.entity)))
        continue;
      // last: it may ask compromise to read the clause, the costliest check by far
      const clause = () => state.text.slice(c.a.mention.start, sentence.end);
      if (acrossClause(d.kind.type, c.tokens.slice(c.a.to, c.b.from), clause)) continue;
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
