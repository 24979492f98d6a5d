import { slug } from '../../vocabulary';
import { commonWordTag } from '../lexicon/english';
import { AID_GOODS, MONTHS, SPEECH_VERBS, WEEKDAYS } from '../lexicon/words';
import { datelineOf } from '../rules/dateline';
import type { DocState, Entity, Relation } from '../types';
import { firstHitOutside, views, withCountries } from './context';
import { mergeRelations } from './relations';
import { sentenceDates } from './temporal';

/** Event types (an ACLED/CAMEO-style vocabulary) and the words that signal them, strongest first. */
export const EVENT_TYPES: { type: string; label: string; re: RegExp }[] = [
  { type: 'SHOOT_DOWN', label: 'Shoot-down', re: /\b(shot down|shoots? down|shooting down|downed|intercepted)\b/i },
  { type: 'ANNEXATION', label: 'Annexation', re: /\bannex(?:ed|ation|es)?\b/i },
  { type: 'RETREAT', label: 'Retreat', re: /\b(retreat(?:ed|s)?|withdr[ae]w|withdrawal|pulled back)\b/i },
  {
    type: 'ADVANCE',
    label: 'Advance',
    re: /\b(broken through|broke through|break(?:s)? through|advanc(?:e|ed|es)|captured|seized|recaptured|took control)\b/i,
  },
  {
    type: 'AIR_STRIKE',
    label: 'Air strike',
    re: /\b(air ?strikes?|missile strikes?|drone strikes?|strikes? (?:engaged|destroyed|hit))\b/i,
  },
  {
    type: 'ATTACK',
    label: 'Attack',
    re: /\b(attack(?:s|ed)?|assaults?|onslaught|shell(?:ed|ing)|bombard(?:ed|ment)|bomb(?:ed|ing|ings)|killed|struck)\b/i,
  },
  { type: 'BATTLE', label: 'Battle', re: /\b(battles?|fighting|clash(?:es|ed)?)\b/i },
  {
    type: 'LABOR_STRIKE',
    label: 'Strike',
    re: /\b((?:went|go|goes|going|are|were|was|is|remain(?:ed)?) on strike|general strike|strike action|walkouts?|striking (?:workers|miners|employees|staff|civil servants|teachers|nurses|doctors|dockers|pilots|drivers))\b/i, // "strikers" are forwards too
  },
  {
    type: 'RATE_DECISION',
    label: 'Rate decision',
    re: /\b((?:raised|cut|lowered|hiked|increased|reduced|left|kept|held) (?:its |the |their )?(?:key |benchmark |official |main |overnight )?(?:interest |lending |discount |repo |policy )?rates?)\b/i,
  },
  {
    type: 'EARNINGS',
    label: 'Earnings',
    re: /\b((?:net|quarterly|annual|pre-tax|pretax|operating) (?:profits?|income|loss(?:es)?|earnings|results)|(?:reported|posted) (?:a |an )?(?:\w+ )?(?:profits?|loss|earnings)|earnings per share)\b/i,
  },
  // a news or press conference is someone speaking to reporters, not parties meeting
  {
    type: 'MEETING',
    label: 'Meeting',
    re: /\b(meeting|talks|summit|met(?: with)?|(?<!(?:news|press) )conference)\b/i,
  },
  {
    type: 'AID_PLEDGE',
    label: 'Aid pledge',
    re: /\b(military aid|aid package|package worth|pledged?|donat(?:e|ed|ion)|(?:would|will) provide|announced more)\b/i,
  },
  // a vote "on" a contract, "to" approve something or "for the cut" is a decision, not an election
  {
    type: 'ELECTION',
    label: 'Election',
    re: /\b(elect(?:ed|ion|ions)|vote[sd]?(?!\s+(?:(?:on|to)\b|(?:for|against)\s+(?:the|a|an)\s+\p{Ll}))|referendum)\b/iu,
  },
  { type: 'PROTEST', label: 'Protest', re: /\b(protest(?:s|ed|ers)?|demonstrat(?:ion|ors|ed))\b/i },
  { type: 'AGREEMENT', label: 'Agreement', re: /\b(signed|agreement|deal|treaty|ceasefire)\b/i },
  {
    type: 'MATCH',
    label: 'Match',
    // a score or a seeded player ("beat 9 - Todd Martin"), not a count ("won 412 of the 650 seats"
    // is an election's, "lost 2.5 percent" a share's)
    re: /\b(beat|defeated|won|drew|lost) (?:\d+-\d+|\d+(?:\/\d+)?(?= - \p{Lu}))|\b(\d+-\d+ (?:win|victory|defeat|draw))\b/iu,
  },
  { type: 'ACQUISITION', label: 'Acquisition', re: /\b(acquir(?:e|ed|es)|acquisition|takeover|merger|bought)\b/i },
  // after the conflict types: "a bomb blast" is an attack, "a huge explosion in the port" a disaster
  {
    type: 'DISASTER',
    label: 'Disaster',
    re: /\b(earthquakes?|quakes?|floods|flooding|wildfires?|bushfires?|forest fires?|explosions?|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|landslides?|avalanches?|tsunami|(?:plane|helicopter|jet|aircraft|train|bus|air) crash(?:es|ed)?|derailment|derailed|ran aground|capsized)\b/i,
  },
];

/**
 * Words of armed conflict. The conflict triggers are also the words of markets, courts and
 * boardrooms ("the battle over the dollar", "a takeover battle", "shares advanced", "fierce
 * competition"): they name a conflict event only beside one of these, or right before the place it
 * happens in ("fighting in Bakhmut", "the battle for Bakhmut").
 */
const CONFLICT = new Set(['SHOOT_DOWN', 'ATTACK', 'BATTLE', 'ADVANCE', 'RETREAT']); // an air strike's words are all military
const ARMED =
  /\b(?:forces?|factions?|hostages?|truce|armed|conflict|gunfire|separatists?|peacekeep\w+|troops|army|armies|military|militar\w+|soldiers?|rebels?|militants?|fighters|guerrillas?|insurgents?|militias?|tanks?|artillery|missiles?|rockets?|drones?|shells?|shelling|bombs?|airstrikes?|warplanes?|jets|navy|offensive|front ?lines?|frontline|defen[cs]e lines?|fortified|positions|war|wars|combat|invasion|invaded|killed|wounded|casualties|ceasefire|balloons?|aircraft|gunmen|police|soldiers|weapons|ammunition|regiment|brigade|battalion|marines)\b/i;
const PLACE_AFTER =
  /^\W{0,3}(?:(?:of|for|in|on|near|around|outside|across|over)\s+)?(?:the\s+)?(?:city of\s+|town of\s+)?$/i;
/** an adjective that says an event has not happened (yet) */
const UNREALISED_BEFORE = /\b(?:possible|potential|threatened|planned|feared|imminent|would-be)\s+$/i;
/** what makes an explosion an attack or a battle's, not a disaster */
const BOMBING =
  /\b(?:bombs?|bombing|bomber|explosives?|attacks?|attackers|militants?|rebels?|shelling|artillery|rockets?|missiles?|shooting|gunfire|raids?|troops|grenades?)\b/i;
/** causes of death that are no one's attack */
const NATURAL_CAUSE =
  /\b(?:lightning|storms?|floods?|flooding|earthquakes?|quakes?|avalanches?|landslides?|mudslides?|crash(?:ed|es)?|accidents?|collisions?|derail\w*|cyclones?|typhoons?|hurricanes?|tornado(?:es)?|heatwave|epidemic|cholera|drown\w*)\b/i;
/** what makes a crash deliberate: "Hijackers crashed two airliners into the World Trade Center" */
const DELIBERATE = /\b(?:hijack\w*|terror\w*|suicide|militants?|gunmen)\b/i;
/** nouns of ground that is captured or seized */
const GROUND =
  'town|city|village|territory|area|positions?|region|province|district|airport|airfield|base|hill|bridge|port|capital|border|stronghold|heights';
/** ground as the noun of the verb's object ("captured the town of") */
const GROUND_AFTER = new RegExp(`^\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${GROUND}|outskirts)\\b`, 'iu');
/** or as its subject, in the passive ("the Tharthar Barrage was captured by the Islamic State") */
const GROUND_BEFORE_PASSIVE = new RegExp(
  `\\b(?:${GROUND}|barrage|dam)\\b[^,.;]{0,60}\\b(?:was|were|been)\\s+(?:\\w+ly\\s+)?$`,
  'i',
);
/** what "withdrew" takes as its object where that is no armed force: "withdrew his asylum", "withdrew the bill" */
const WITHDRAWN_THING =
  /^\s+(?:his|her|its|their|the|a|an|all)\s+(?!(?:[\p{L}-]+\s+)?(?:troops|forces|soldiers|units|army|armies|military|personnel|tanks|fighters|garrison|contingent)\b)\p{L}/iu;
/**
 * a noun of armed conflict whose "in" takes the place after it ("the war in Iraq"): where an
 * election, a meeting or a deal is not (a physical event may well be where the war is)
 */
const OWNING_NOUN = /\b(?:war|wars|conflict|crisis|fighting|violence|unrest|occupation)\s+in\s+(?:the\s+)?$/i;
/** markets advance and retreat "in London" too: these need a word of armed conflict */
const MARKET_WORDS = new Set(['ADVANCE', 'RETREAT']);

// Hypothetical or expected happenings are not events (yet): "It's not going to be a major hurricane".
const HYPOTHETICAL =
  /\b(would|could|might|may(?! have)|if|expected to|anticipated|plans? to|threatens? to|will|going to)\b[^,.;]*$/i;
/** a negation right before the trigger ("did not attack", "has never been flooded"), not one of a verb before it ("did not say when forces killed") */
const NEGATED = /\b(?:not|never|n['’]t)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// "in the Amazon city of Belem", "in the southern port of Aden": the place is the settlement named
// ("in northeast Nigeria's Borno state": a direction may stand before the place)
const LOCATIVE =
  /\b(in|at|near|over|outside|around|inside|across|on)\s+(the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western)(?:-?(?:east|west|eastern|western))?\s+)?((?:[\p{L}-]+\s+)?(?:city|town|village|region|port|province) of\s+)?$/iu;
/** a place before a settlement's noun and "of" only describes the settlement named after it */
const SETTLEMENT_NEXT = /^\s+(?:city|town|village|region|port|province) of\b/i;
// Where the thing physically happened matters for these; a meeting or pledge is placed only by "in X".
const PHYSICAL = new Set(['SHOOT_DOWN', 'ATTACK', 'BATTLE', 'ADVANCE', 'RETREAT', 'AIR_STRIKE', 'PROTEST', 'MATCH']);
const specificity = (rule: string) => (rule === 'country' ? 2 : rule === 'gazetteer-region' ? 1 : 0);

/**
 * Who reports an event is not its participant (the report is a Statement): the subject of a speech
 * verb ("the ministry said forces retreated", "Reuters could not verify"), unless what it says is about
 * itself ("Russia said it had broken through"), and the one told ("told Ukrainian TV").
 */
const SPEAKER_AFTER =
  /^(?:\s*,[^,]{0,100},)?\s+(?:also\s+|later\s+|earlier\s+)?(?:said|says|told|tells|reported|reports|claimed|claims|announced|stated|confirmed|denied|(?:could not|cannot|was not able to|were not able to|has not been able to) (?:\w+ly\s+)?(?:verify|confirm))\b(?!\s+(?:on \w+\s+)?(?:that\s+)?(?:it|they|he|she|we)\b)/i;
/** Who reacts to an event ("a move condemned by most United Nations members") did not take part in it. */
const REACTING_BEFORE =
  /\b(?:condemned|criticized|criticised|welcomed|denounced|praised|rejected|opposed|recognized|recognised) by (?:the |most |many |some |several |all )*(?:\w+ )?$/i;
/**
 * The one told ("told Ukrainian TV", "according to Reuters"), where a report was lodged ("In a
 * filing with the Securities and Exchange Commission, Buffett said") and the medium it went out on
 * ("the ministry said on the Telegram messaging app", "wrote on Twitter"): sources, not participants.
 */
const TOLD_BEFORE =
  /\b(?:told|tells|according to|reported by|quoted by|cited by|speaking to|in an interview with|filings? with|filed with|(?:statement|letter|submission)s? to|(?:said|says|wrote|writes|posted|posts|announced|reported)\s+(?:on|in)|(?:a\s+)?post(?:ing)?\s+on)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$/i;

/** a preposition that times a clause by an event, up to four words before its word ("after 18 days of mass protests") */
const TIMED_BY_BEFORE = /\b(?:after|following|amid|despite)\s+(?:[\p{L}\d-]+\s+){0,4}$/iu;
/** a verb of causing right before the event's word, up to two words between ("set off nationwide protests") */
const CAUSED_BEFORE =
  /\b(?:set(?:s|ting)? off|spark(?:s|ed|ing)|trigger(?:s|ed|ing)|prompt(?:s|ed|ing)|provok(?:es|ed|ing)|caus(?:es|ed|ing)|fuell?(?:s|ed|ing)|ignit(?:es|ed|ing)|led to|leading to)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * A participant's role: whoever meets is an attendee, whatever the word order ("Austin met
 * Stoltenberg"); what an aid pledge goes to is its recipient; otherwise who comes before the trigger
 * acts (agent) and who comes after is acted on (target).
 */
function roleIn(type: string, before: boolean): 'agent' | 'target' | 'recipient' | 'attendee' {
  if (type === 'MEETING') return 'attendee';
  if (before) return 'agent';
  return type === 'AID_PLEDGE' ? 'recipient' : 'target';
}

/**
 * Stage 9: events as entities: what (type), when (date), where (OCCURRED_IN), who (PARTICIPATED_IN
 * with role); a statement that reports one is about it (its sources are not its participants).
 */
export function events(state: DocState): DocState {
  const dates = sentenceDates(state);
  const byId = new Map(state.entities.map((e) => [e.id, e]));
  const entities: Entity[] = [...state.entities];
  const rels: Relation[] = [];
  // a report of an event is a statement about it: the statements whose words hold its trigger
  const statements = state.statements.map((st) => ({ ...st, about: [...st.about] }));
  const reportsOf = (sentence: number, start: number, end: number) =>
    statements.filter((st) => {
      if (!st.evidence.some((e) => e.sentence === sentence)) return false;
      const at = state.text.indexOf(st.text, state.sentences[sentence]!.start);
      return at >= 0 && at <= start && end <= at + st.text.length;
    });
  for (const v of views(state)) {
    // a word of armed conflict other than the trigger itself ("cholera has killed five people" has none)
    const armed = (at: number, len: number) =>
      ARMED.test(`${v.text.slice(0, at)} ${' '.repeat(len)} ${v.text.slice(at + len)}`);
    // the place it happens in: right after the trigger ("fighting in Bakhmut", "shelled Kharkiv"),
    // or after the trigger's own verb ("fighting raged in Kharkiv"); not after its object ("the battle
    // over the dollar would go on in London", "cholera has killed five people in Dakar")
    const placeRightAfter = (at: number) => {
      const next = /^\s+(\p{L}+)/u.exec(v.text.slice(at))?.[1]?.toLowerCase() ?? '';
      // the trigger goes on with a verb of its own, not with its object ("killed five people in")
      const verbNext = /^(?:PastTense|PresentTense|Copula|Modal|Verb)$/.test(commonWordTag(next) ?? '');
      return v.actors.some((m) => {
        if (byId.get(m.entity!)?.type !== 'Place' || v.rel(m.start) <= at) return false;
        const between = v.text.slice(at, v.rel(m.start));
        return (
          PLACE_AFTER.test(between) ||
          (verbNext && between.length <= 40 && !/[,;]/.test(between) && LOCATIVE.test(between))
        );
      });
    };
    // a word inside a name is no trigger ("police spokesman Umar Shelling")
    const trig = EVENT_TYPES.map((t) => ({ t, hit: firstHitOutside(v, t.re, v.actors) })).find(
      (x) =>
        x.hit &&
        // what is possible, threatened or planned has not happened ("possible attacks by Baghdad troops")
        !UNREALISED_BEFORE.test(v.text.slice(0, x.hit.index)) &&
        // a killing by lightning, a storm or a crash is no attack (a hijacker's crash is one)
        !(x.t.type === 'ATTACK' && NATURAL_CAUSE.test(v.text) && !DELIBERATE.test(v.text)) &&
        // what is captured or seized is an advance only where it is ground ("captured Bakhmut", "seized
        // the town"), not a gunman or 18 kg of heroin
        (x.t.type !== 'ADVANCE' ||
          !/^(?:captured|seized|recaptured)$/i.test(x.hit[0]) ||
          placeRightAfter(x.hit.index + x.hit[0].length) ||
          GROUND_AFTER.test(v.text.slice(x.hit.index + x.hit[0].length)) ||
          GROUND_BEFORE_PASSIVE.test(v.text.slice(0, x.hit.index))) &&
        (!CONFLICT.has(x.t.type) ||
          armed(x.hit.index, x.hit[0].length) ||
          (!MARKET_WORDS.has(x.t.type) && placeRightAfter(x.hit.index + x.hit[0].length))) &&
        // no simile ("spread like wildfire"), and no explosion of a bombing or a battle ("sporadic
        // explosions and shooting", "a bomb explosion"), which are attacks
        (x.t.type !== 'DISASTER' ||
          (!/\blike\s+$/i.test(v.text.slice(0, x.hit.index)) &&
            !(/^explosions?$/i.test(x.hit[0]) && BOMBING.test(v.text)))) &&
        // a withdrawal of something else than forces is no retreat ("Ecuador withdrew his asylum")
        !(x.t.type === 'RETREAT' && WITHDRAWN_THING.test(v.text.slice(x.hit.index + x.hit[0].length))) &&
        // a pledge is of aid only where aid, arms or money is pledged ("pledged the elections will be fair" is none)
        (x.t.type !== 'AID_PLEDGE' || AID_GOODS.test(v.text.slice(x.hit.index, x.hit.index + 120))),
    );
    if (!trig || !trig.hit) continue;
    const triggerAt = trig.hit.index;
    const clauseBefore = v.text.slice(Math.max(0, triggerAt - 60), triggerAt);
    if (HYPOTHETICAL.test(clauseBefore) || NEGATED.test(clauseBefore)) continue;
    const date = dates.get(v.sentence.index) ?? null;
    const places = v.actors.filter((m) => byId.get(m.entity!)?.type === 'Place' && m.type !== 'Nationality');
    const locative = (m: (typeof places)[number]) =>
      LOCATIVE.test(v.text.slice(Math.max(0, v.rel(m.start) - 30), v.rel(m.start)));
    const possessor = (m: (typeof places)[number]) => /^['’]s\b/.test(v.text.slice(v.rel(m.end)));
    // "... and Kyiv spoke of": a place that is the subject of a verb acts; it is not where things happen
    const subject = (m: (typeof places)[number]) =>
      /^\s+(spoke|said|says|is|was|has|had|will|would|announced|called|holds)\b/.test(v.text.slice(v.rel(m.end)));
    // "was elected ... on a promise to end the war in Iraq": a place a war's "in" takes is the war's,
    // not an election's, a meeting's or a deal's (the trigger's own "fighting in Bakhmut" is its own)
    const ownedByNoun = (m: (typeof places)[number]) => {
      if (PHYSICAL.has(trig.t.type)) return false;
      const from = Math.max(0, v.rel(m.start) - 40);
      const noun = OWNING_NOUN.exec(v.text.slice(from, v.rel(m.start)));
      if (!noun) return false;
      const at = from + noun.index;
      return !(at >= triggerAt && at < triggerAt + trig.hit![0].length);
    };
    const candidates = places.filter(
      (m) =>
        !subject(m) &&
        !ownedByNoun(m) &&
        !SETTLEMENT_NEXT.test(v.text.slice(v.rel(m.end))) &&
        (locative(m) ||
          (PHYSICAL.has(trig.t.type) &&
            !possessor(m) &&
            v.rel(m.start) > triggerAt &&
            v.rel(m.start) - triggerAt < 60)),
    );
    const place = candidates.sort(
      (a, b) =>
        Number(locative(b)) - Number(locative(a)) ||
        specificity(a.rule) - specificity(b.rule) ||
        Math.abs(v.rel(a.start) - triggerAt) - Math.abs(v.rel(b.start) - triggerAt),
    )[0];
    // the agency of a wire-service dateline filed the story ("MINNEAPOLIS (Reuters) - Protests ...")
    const agency = datelineOf(state.text, v.sentence.start, v.sentence.end)?.agency;
    const source = (m: (typeof places)[number]) =>
      // the dateline's agency, and the place and region it was filed from ("BELEM, Brazil, Nov 22 (Reuters)")
      (agency !== undefined && m.start <= agency.start) ||
      TOLD_BEFORE.test(v.text.slice(Math.max(0, v.rel(m.start) - 40), v.rel(m.start))) ||
      REACTING_BEFORE.test(v.text.slice(Math.max(0, v.rel(m.start) - 50), v.rel(m.start))) ||
      // at a meeting, who speaks about the talks usually took part in them
      (trig.t.type !== 'MEETING' && SPEAKER_AFTER.test(v.text.slice(v.rel(m.end), v.rel(m.end) + 160)));
    // "Austin said after the Brussels talks that Ukraine had a chance": what follows the "that" of
    // a reporting verb is what was said, and names no one at the event
    const spokenBefore = v.text
      .slice(0, triggerAt)
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => SPEECH_VERBS.has(w));
    const reported = (m: (typeof places)[number]) =>
      spokenBefore &&
      v.rel(m.start) > triggerAt &&
      /\bthat\b/i.test(v.text.slice(triggerAt + trig.hit![0].length, v.rel(m.start)));
    // "operations in the United States, Canada and New Zealand": the places listed after a locative
    // place are where, like it, not who
    const listedAfterLocative = (m: (typeof places)[number]): boolean => {
      const before = v.text.slice(0, v.rel(m.start));
      const joint = /(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?$/.exec(before);
      if (!joint) return false;
      const prev = places.find((x) => v.rel(x.end) === before.length - joint[0].length);
      return prev !== undefined && (locative(prev) || listedAfterLocative(prev));
    };
    // "whose death ... set off protests": who is named before what caused an event is no part of it
    // "Mubarak resigns ... after mass protests": nor who is named before a protest the clause is timed by
    const caused =
      CAUSED_BEFORE.test(v.text.slice(Math.max(0, triggerAt - 40), triggerAt)) ||
      (trig.t.type === 'PROTEST' && TIMED_BY_BEFORE.test(v.text.slice(Math.max(0, triggerAt - 40), triggerAt)));
    // a disaster has no agent: who is named beside it reports it, suffers it or responds to it
    const participants = v.actors.filter(
      (m) =>
        trig.t.type !== 'DISASTER' &&
        !(caused && v.rel(m.start) < triggerAt) &&
        m !== place &&
        !source(m) &&
        !(byId.get(m.entity!)?.type === 'Place' && (listedAfterLocative(m) || ownedByNoun(m))) &&
        !reported(m) &&
        (m.type === 'Person' ||
          m.type === 'Organization' ||
          m.type === 'Nationality' ||
          (m.type === 'Place' && m.rule === 'country')),
    );
    if (!place && !date && participants.length === 0) continue;
    const where = place ? byId.get(place.entity!)!.name : null;
    // a dated event in a place is the same event in every article that reports it; an undated one is
    // this article's own (a sentence number alone would join unrelated events of other articles)
    const scope = place ? `${slug(where!)}${date ? '' : `:${state.article.id}`}` : state.article.id;
    const id = `event:${slug(trig.t.type)}:${scope}:${date ?? `s${v.sentence.index}`}`;
    const name = `${trig.t.label}${where ? ` in ${where}` : ''}${date ? ` (${date})` : ''}`;
    const start = v.sentence.start + triggerAt;
    const end = start + trig.hit[0].length;
    const ev: Entity = {
      id,
      type: 'Event',
      name,
      aliases: [],
      mentions: [{ start, end, text: trig.hit[0], sentence: v.sentence.index }],
      eventType: trig.t.type,
      ...(date ? { date } : {}),
      description: v.text.length > 300 ? `${v.text.slice(0, 297)}...` : v.text,
    };
    const have = byId.get(id);
    if (have) have.mentions.push(...ev.mentions);
    else {
      entities.push(ev);
      byId.set(id, ev);
    }
    for (const st of reportsOf(v.sentence.index, start, end)) if (!st.about.includes(id)) st.about.push(id);
    const evidence = [v.evidence()];
    if (place)
      rels.push({ type: 'OCCURRED_IN', source: id, target: place.entity!, properties: {}, evidence, confidence: 0.7 });
    for (const p of participants) {
      // "one of the boldest attacks yet by the Boko Haram group": who does it, after "by"
      const by = /\bby\s+(?:the\s+)?$/i.test(state.text.slice(Math.max(0, p.start - 8), p.start));
      // "crashed two airliners into the World Trade Center": what is struck is the target, wherever it stands
      const struck = /\b(?:into|onto|against)\s+(?:the\s+)?$/i.test(
        state.text.slice(Math.max(0, p.start - 12), p.start),
      );
      const role = roleIn(trig.t.type, !struck && (p.end <= start || (by && p.start > end)));
      rels.push({
        type: 'PARTICIPATED_IN',
        source: p.entity!,
        target: id,
        properties: { role },
        evidence,
        confidence: 0.6,
      });
    }
  }
  // each event's first mention, which stays with it when it joins another
  const firstMention = new Map(entities.filter((e) => e.type === 'Event').map((e) => [e.id, e.mentions[0]]));
  const [joined, joinedRels] = laterMentions(state.text, ...headlineEvents(state, entities, rels));
  // a statement about an event joined to another is about that one
  const kept = new Set(joined.map((e) => e.id));
  const joinedTo = (id: string) =>
    kept.has(id) || !firstMention.has(id)
      ? id
      : (joined.find((e) => e.mentions.includes(firstMention.get(id)!))?.id ?? id);
  for (const st of statements) st.about = [...new Set(st.about.map(joinedTo))];
  return {
    ...state,
    // a people word that takes part ("French and Dutch envoys met"), or that a statement is about,
    // brings its country into the article: every id the output holds names one of its entities
    entities: withCountries(joined, [...joinedRels.map((r) => r.source), ...statements.flatMap((st) => st.about)]),
    statements,
    relations: mergeRelations([...state.relations, ...joinedRels]),
  };
}

const ANOTHER_TIME = new RegExp(
  `\\b(?:${[...MONTHS, ...WEEKDAYS].join('|')}|last|previous|next|earlier|former|past|\\d{4})(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+)?$`,
  'iu',
);

/** the types whose later, unplaced and undated mention in an article is most often the one it reported first */
const ONE_PER_STORY = new Set(['ELECTION', 'AGREEMENT', 'ACQUISITION', 'DISASTER', 'EARNINGS']);

/**
 * "Lula narrowly won Brazil's presidential election on Sunday ... 'free, fair and credible
 * elections'": an election, deal, takeover, disaster or set of results an article mentions again
 * without a place or date of its own is the one it placed or dated before, where it placed or dated
 * only one of that type, and only a mention of it. Attacks, meetings and matches stay apart: a story
 * often reports several.
 */
function laterMentions(text: string, entities: Entity[], rels: Relation[]): [Entity[], Relation[]] {
  // "February's election", "last year's deal", "the 2019 vote": another one, of another time
  const ofAnotherTime = (e: Entity) =>
    e.mentions.some((m) => ANOTHER_TIME.test(text.slice(Math.max(0, m.start - 30), m.start)));
  const anchored = (e: Entity) =>
    e.date !== undefined || rels.some((r) => r.type === 'OCCURRED_IN' && r.source === e.id);
  const firstAt = (e: Entity) => Math.min(...e.mentions.map((m) => m.start));
  const events = entities.filter((e) => e.type === 'Event' && ONE_PER_STORY.has(e.eventType ?? ''));
  const moved = new Map<string, Entity>();
  for (const e of events) {
    if (anchored(e) || ofAnotherTime(e)) continue;
    // the one placed or dated event of its type, reported before it
    const [only, ...others] = events.filter((x) => x.eventType === e.eventType && anchored(x));
    if (only && others.length === 0 && firstAt(only) < firstAt(e)) moved.set(e.id, only);
  }
  if (moved.size === 0) return [entities, rels];
  for (const [id, to] of moved) to.mentions.push(...entities.find((e) => e.id === id)!.mentions);
  // who is named beside a mention back reacts to the event ("Biden congratulated Lula on winning",
  // "the CBI welcomed the deal"): its participants are those of the report that placed or dated it
  return [entities.filter((e) => !moved.has(e.id)), rels.filter((r) => !moved.has(r.target) && !moved.has(r.source))];
}

/**
 * A headline states the event its lead reports ("Merz elected German chancellor in second vote",
 * then "BERLIN, May 6 (Reuters) - Friedrich Merz was elected ..."): a headline's event with no place
 * or date of its own is the first event of its type in the three sentences after it, not an event of
 * its own. A headline is the body's first line, standing alone with no full stop.
 */
function headlineEvents(state: DocState, entities: Entity[], rels: Relation[]): [Entity[], Relation[]] {
  const first = state.sentences.find((s) => s.section === 'body');
  if (!first) return [entities, rels];
  const line = state.text.slice(first.start, first.end);
  if (!/^[^\n]*\S\n/.test(state.text.slice(first.start, first.end + 1)) || /[.!?]["”']?$/.test(line.trim()))
    return [entities, rels];
  const moved = new Map<string, Entity>();
  for (const e of entities) {
    if (e.type !== 'Event' || e.date || !e.id.endsWith(`:${state.article.id}:s${first.index}`)) continue;
    if (rels.some((r) => r.type === 'OCCURRED_IN' && r.source === e.id)) continue;
    const lead = entities.find(
      (x) =>
        x !== e &&
        x.type === 'Event' &&
        x.eventType === e.eventType &&
        x.mentions.some((m) => m.sentence > first.index && m.sentence <= first.index + 3),
    );
    if (lead) moved.set(e.id, lead);
  }
  if (moved.size === 0) return [entities, rels];
  for (const [id, lead] of moved) lead.mentions.unshift(...entities.find((e) => e.id === id)!.mentions);
  return [
    entities.filter((e) => !moved.has(e.id)),
    rels.map((r) => {
      const to = moved.get(r.target) ?? moved.get(r.source);
      if (!to) return r;
      return moved.has(r.target) ? { ...r, target: to.id } : { ...r, source: to.id };
    }),
  ];
}
