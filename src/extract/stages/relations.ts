import type { RelationType } from '../../vocabulary';
import { commonWordTag } from '../lexicon/english';
import { AID_GOODS, LOCAL_OFFICES, SPEECH_VERBS, TITLE_WORDS, TRADES } from '../lexicon/words';
import type { DocState, EntityType, Mention, Relation } from '../types';
import { firstHitOutside, views, withCountries, type SentenceView } from './context';
import { isCompanyName } from './org-names';
import { datelineOf } from '../rules/dateline';

/** Words no title holds between its organisation or place and the person: they open a clause or another noun phrase. */
const NOT_IN_TITLES = new Set(
  'a an by that who which since when while because until although unless whether if before after'.split(' '),
);
type Typed = Mention & { entity: string; etype: EntityType | 'Nationality'; country?: boolean };

const isActor = (m: Typed) =>
  m.etype === 'Organization' ||
  m.etype === 'Nationality' ||
  (m.etype === 'Place' && m.entity.startsWith('place:') && m.rule === 'country') ||
  m.etype === 'Person';
const isPlace = (m: Typed) => m.etype === 'Place';
const isCountry = (m: Typed) => m.country === true;
/** a title word, or one with a prefix of rank ("co-leader", "vice-chairman", "ex-minister"), or of title words */
const isTitleWord = (w: string) =>
  TITLE_WORDS.has(w) ||
  LOCAL_OFFICES.has(w) ||
  TITLE_WORDS.has(w.replace(/^(?:co|vice|deputy|acting|ex)-/, '')) ||
  // "director-general", "attorney-general": a hyphenated title of title words
  (w.includes('-') && w.split('-').every((part) => TITLE_WORDS.has(part)));
/** title words that name a trade, held by people of any country, not an office of one */
const OCCUPATIONS = new Set([...TRADES, 'director']);

const FIGHT =
  /\b((?:attacks?|assaults?|onslaught|offensive|(?<!(?:general|hunger|labou?r|token|national|-day|-hour|-week) )strikes?|shelling|bombing) (?:on|against|across|in|of)|attacked|invasion of|invaded|invading|war (?:on|against|with)|fight(?:s|ing)? against|fought (?:against|with)|battles? (?:with|against)|clash(?:es|ed)? with|shelled|bombed|hostility to)\b/i;
/** the words that make the name after them a side met in a match or a fight */
const OPPONENT_BEFORE = /\b(?:against|versus|vs\.?|beat|beating|defeated|defeating|lost to)\s+(?:the\s+)?$/i;
const WINDOW = 70;
/**
 * a preposition of place (and an article) right before a name: the name is its object ("slammed into
 * the Pentagon"); not "of" or "on", whose object may own the attack ("because of Russia's invasion")
 */
const OBJECT_OF_PREPOSITION = /\b(?:into|onto|at|near|toward|towards|inside|outside)\s+(?:the\s+)?$/i;
/**
 * A war feared, threatened, prepared for or averted is not being fought ("plays down fears of war
 * with Syria", "is preparing for war against Syria").
 */
const UNFOUGHT_BEFORE =
  /\b(?:fears?|threats?|risk|danger|spectre|prospect|brink) of (?:an?\s+|the\s+)?(?:\w+\s+)?$|\b(?:prepar\w*|ready) for (?:an?\s+|the\s+)?$|\b(?:avert|avoid|prevent)\w* (?:an?\s+|the\s+)?$/i;
/** "a two-year battle with cancer": a fight with an illness or an addiction is no fight with anyone */
const ILLNESS_AFTER =
  /^\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\p{L}-]+\s+)?(?:cancer|illness|disease|leukaemia|leukemia|tumou?r|addiction|alcoholism|depression|obesity|injury|injuries|virus|covid(?:-19)?|aids|hiv)\b/iu;
/** the auxiliary of a passive right before its participle ("were attacked", "was heavily shelled") */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$/i;
/**
 * "arms" is the verb only where no noun of its noun's collocations follows ("arms Hezbollah", not
 * "arms official", "arms embargo", "arms inspectors")
 */
const ARMS_NOUN_AFTER =
  'officials?|control|inspect(?:ors?|ion|ions)|embargo|sales?|deals?|race|dealers?|trade|trafficking|smuggling|shipments?|treaty|talks|experts?|cuts?|reductions?|build-?up|supplies|industry|exports?|imports?|purchases?|caches?|depots?|dumps?|programm?e?s?|makers?|manufacturers?';
/** the people and bodies of a place, which a place name before them modifies ("Los Angeles County officials") */
const PLACES_PEOPLE =
  /^\s+(?:officials?|authorities|police|residents|prosecutors?|government|council|leaders?|voters|lawmakers|legislators)\b/;
const SUPPORT = new RegExp(
  `\\b(aid(?:ing)? (?:for|to)|military aid|help(?:s|ed|ing)?|support(?:s|ed|ing)?|provid(?:e|es|ed|ing)|send(?:s|ing)?|sent|deliver(?:s|ed|ing)?|suppl(?:y|ies|ied)|train(?:s|ed|ing)? troops|advis(?:e|es|ed|ing)|(?<!\\b(?:an?|the|\\w+ly)\\s+)arm(?:ed|ing) |arms (?!(?:${ARMS_NOUN_AFTER})\\b))\\b`,
  'i',
);
/** verbs of giving, which support only with arms, troops, aid or money as what is given */
const GIVING = /^(?:send|sent|deliver|provid|suppl)/i;
// not inside a hyphenated word: "rebel-held Grozny" is held by the rebels, "command-and-control" no verb
const CONTROL =
  /(?<!-)\b(holds?|held|controls?|controlled|captur(?:e|ed|es)|seiz(?:e|ed|es)|occup(?:y|ies|ied)|took control of|annexed|took)\b/i;
/**
 * What ends a control verb's object before a place: a preposition of another role ("to be held in
 * London", "seized the tanks from Tiyas airfield", "captured East Jerusalem in the 1967 Middle East
 * war", "took office in Canberra"), a bracket or a clause's end, or a bearing ("a village 345 miles
 * northeast of Lima"). The places held are those of the object: "holds tracts of Ukraine's southern
 * regions of Kherson and Zaporizhzhia, including its nuclear plant, nearly all of Luhansk".
 */
const OBJECT_END =
  /[;:()]|\b(?:in|at|from|to|on|for|with|by|during|since|after|before|near|into|under|through|across|against|as|than|until|while|when|where|who|which|that)\b|\b(?:north|south|east|west)\w*\s+of\b/i;
/**
 * a common noun as the one told: a plural ("told reporters", "briefed journalists") or one after an
 * article ("told a jury", "told a briefing in Geneva that the Omicron variant ...")
 */
const COMMON_HEARERS = /^\s+(?:(?:the\s+)?(?:(?:\p{Lu}\.){2,}\s+|\p{Lu}\p{Ll}+\s+)?\p{Ll}+s\b|an?\s+\p{Ll})/u;
const COMMUNICATE = /\b(told|met(?: with)?|spoke (?:with|to)|talks with|called|phoned|wrote to|briefed)\b/i;
const ALLY = /\b(all(?:y|ies) (?:of|with)|alliance with|allied with)\b/i;
const LED_BY = /\b(led|headed|commanded|run|chaired|founded) by\b/i;
const MODAL = /\b(would|could|might|may|if|should|expects?|expected|anticipated|plans? to)\b/i;

/** `text` (starting at document offset `from`) with every letter of the actors' names as "X". */
function maskNames(text: string, from: number, actors: Typed[]): string {
  const chars = text.split(''); // UTF-16 units, as offsets count
  for (const a of actors)
    for (let i = Math.max(a.start, from); i < Math.min(a.end, from + text.length); i++)
      if (chars[i - from] !== ' ') chars[i - from] = 'X';
  return chars.join('');
}

/**
 * Do the places from actors[k] on run, comma after comma, to one that "and" or "or" joins to the
 * last ("Wales, Ireland and France")?
 */
/** a possessive and the name of a country's divisions ("'s southern regions of"), up to "of" */
const DIVISION_OF =
  /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:regions?|provinces?|cit(?:y|ies)|towns?|villages?|districts?|states?|oblasts?|governorates?|prefectures?|count(?:y|ies))\s+of\s+$/u;

function endsList(actors: Typed[], k: number, gap: (a: Typed, b: Typed) => string): boolean {
  for (let j = k; j + 1 < actors.length && isPlace(actors[j]!) && isPlace(actors[j + 1]!); j++) {
    const g = gap(actors[j]!, actors[j + 1]!);
    if (/^,?\s+(?:and|or)\s+$/.test(g)) return true;
    if (g.trim() !== ',') return false;
  }
  return false;
}

/**
 * Does the title in `lead` (an appositive's words up to a name) take that name as its own? Not when
 * an indefinite article or a clause's opener (NOT_IN_TITLES) opens another phrase between them: "Marc
 * Dutroux, the chief accused in a Belgian child murder" holds no post in Belgium ("a senior official
 * of the Canadian embassy" does).
 */
/** what may follow "who" before a post: "who is also Algeria's energy minister", "who as Israel's ambassador" */
const RELATIVE_OF_POST = new Set(['is', 'was', 'as', 'becomes', 'became', 'remains', 'serves', 'served']);
/** "who is also" off a title: the post is what follows */
const RELATIVE_OPENING = /^who\s+(?:is|was|remains|serves as|served as)\s+(?:also\s+|now\s+|still\s+)?/i;

function titleOwns(lead: string): boolean {
  const words = lead.toLowerCase().split(/[\s,]+/);
  const title = words.findIndex(isTitleWord);
  // after the title word, an article or a clause's opener starts another phrase. With no title
  // before the name (it follows it: "Lambert, Canada's high commissioner") the words are read from
  // the apposition's second on: "Rabinovich, who as Israel's ambassador" is about him, "Morris, the
  // Republican consultant who reshaped U.S. President Bill Clinton's campaign" gives no post in the U.S.
  const first = words.findIndex((w) => w !== '' && w !== 'the' && w !== 'a' && w !== 'an');
  // a relative clause of another verb is about what the person did ("Mandela, who led South Africa's
  // struggle against apartheid and became the country's first black president"), not a post
  if (title < 0 && words[first] === 'who' && !RELATIVE_OF_POST.has(words[first + 1] ?? '')) return false;
  const from = title >= 0 ? title + 1 : first < 0 ? words.length : first + 1;
  return !words.slice(from).some((w) => NOT_IN_TITLES.has(w));
}

function sentenceRelations(v: SentenceView, actors: Typed[], out: Relation[]): void {
  const add = (type: RelationType, a: Typed, b: Typed, confidence: number, properties: Relation['properties'] = {}) => {
    if (a.entity === b.entity) return;
    const start = Math.min(a.start, b.start);
    const end = Math.max(a.end, b.end);
    out.push({ type, source: a.entity, target: b.entity, properties, evidence: [v.evidence(start, end)], confidence });
  };
  const gap = (a: Typed, b: Typed) => v.text.slice(v.rel(a.end), v.rel(b.start));

  for (let i = 0; i < actors.length; i++) {
    const m = actors[i]!;
    const prev = actors[i - 1];
    const next = actors[i + 1];
    // HOLDS_POSITION: "NATO Secretary General Jens Stoltenberg", "Ukrainian deputy defense minister Hanna Malyar"
    if (
      m.etype === 'Person' &&
      prev &&
      (prev.etype === 'Organization' || prev.etype === 'Place' || prev.etype === 'Nationality')
    ) {
      const between = gap(prev, m)
        .trim()
        .replace(/^['’]s?\s+/, '');
      const inner = m.name ? m.text.slice(0, m.text.length - m.name.length).trim() : '';
      const title = [between, inner].filter(Boolean).join(' ').trim();
      const words = title.toLowerCase().split(/\s+/).filter(Boolean);
      if (
        words.length > 0 &&
        words.length <= 6 &&
        /^[\p{L}.\s'-]+$/u.test(title) &&
        words.some(isTitleWord) &&
        // a title is a bare noun phrase: an article, an agent's "by" or a copula opens a clause ("a
        // British photographer branded a stalker by Princess Diana" gives Diana no British title; "the
        // Service was sent to President Cardoso" no post at the Service)
        !words.some((w) => NOT_IN_TITLES.has(w) || /^(?:Copula|Modal)$/.test(commonWordTag(w) ?? '')) &&
        // nor a finite verb: a speech verb ("the Pentagon said President Trump"), or a past tense after
        // a noun ("Baghdad airport killed Iranian General X"); a participle may open a title ("jailed
        // opposition leader", "newly elected president")
        !words.some(
          (w, k) =>
            SPEECH_VERBS.has(w) ||
            (k > 0 && commonWordTag(w) === 'PastTense' && !/ly$/.test(words[k - 1]!) && !isTitleWord(words[k - 1]!)) ||
            // "taught at Notre Dame and clerked for Justice Scalia": a verb after a conjunction
            (k > 0 && /^(?:and|or)$/.test(words[k - 1]!) && /\p{L}{3}ed$/u.test(w) && !isTitleWord(w)),
        ) &&
        // nor an infinitive ("German chancellor to meet Yeltsin": "envoy to the UN" is a title)
        !words.some(
          (w, k) =>
            w === 'to' &&
            (commonWordTag(words[k + 1] ?? '') === 'Infinitive' ||
              // "Iran asks Bonn to extradite ex-president Banisadr": a verb after "to", not an office
              !/^(?:the|a|an)$/.test(words[k + 1] ?? 'the')) &&
            !isTitleWord(words[k + 1] ?? ''),
        ) &&
        // a trade after a nationality is no post in that country ("American director Sean Baker",
        // "Brazilian striker Neymar"); an organisation's is ("Arsenal striker", "CIA director")
        !(
          (prev.etype === 'Nationality' || isCountry(prev)) &&
          words.every((w) => !isTitleWord(w) || OCCUPATIONS.has(w))
        )
      )
        add('HOLDS_POSITION', m, prev, 0.9, { title });
    }
    // HOLDS_POSITION: "Serhiy Cherevatyi, spokesperson for Ukraine's eastern military command"
    if (m.etype === 'Person') {
      const after = v.text.slice(v.rel(m.end));
      // names are opaque inside the phrase: the full stops of "U.S. Central Command" do not end it
      const masked = maskNames(after, m.end, actors);
      // an organisation's bracketed acronym may close it ("leader of the Christian Democrats (CDU),")
      const appo = /^,\s+((?:the |a |an )?([\p{L}\p{N}' -]*?(?:\s\(X+\))?))(?:,|\.|$| told| said)/u.exec(masked);
      if (appo && appo[2]!.split(/\s+/).some((w) => isTitleWord(w.toLowerCase()))) {
        const phraseEnd = m.end + appo[0].length;
        // the organisation the title is of, before a place that only says where ("George Garang, Nairobi
        // spokesman for the Sudan People's Liberation Army")
        const inPhrase = actors.filter((a) => a.start > m.end && a.start < phraseEnd && a.etype !== 'Person');
        const first = inPhrase[0];
        const modifies =
          first?.etype === 'Place' &&
          isTitleWord((/^\s+([\p{L}-]+)/u.exec(v.text.slice(v.rel(first.end))) ?? [])[1]?.toLowerCase() ?? '');
        const target = (modifies ? inPhrase.find((a) => a.etype === 'Organization') : undefined) ?? first;
        const at = appo[0].indexOf(appo[1]!); // masked and original text share offsets
        // the title ends with the name of what it is held at: "an analyst at Wedbush Securities in Los
        // Angeles" is an analyst at Wedbush Securities, wherever that is
        const whole = at + appo[1]!.length;
        const placed = target && /^\s+(?:in|at|near|from)\s/.test(after.slice(target.end - m.end, whole));
        const phrase = after.slice(at, placed ? Math.max(at, target.end - m.end) : whole);
        // a person named inside the phrase holds its title ("Alexei Navalny, Russian President
        // Vladimir Putin's fiercest critic")
        const holder = actors.find((a) => a.start > m.end && a.start < phraseEnd && a.etype === 'Person');
        if (target && !holder && titleOwns(masked.slice(0, target.start - m.end)))
          add('HOLDS_POSITION', m, target, 0.8, {
            title: phrase
              .replace(RELATIVE_OPENING, '')
              .replace(/^(the|a|an) /, '')
              .trim(),
          });
      }
    }
    // PART_OF: "Russian Defense Ministry", "Ukrainian forces" belong to their country; a company
    // named for it does not ("Swiss Bank Corp")
    if (m.etype === 'Organization' && m.countryOf && !isCompanyName(m.text))
      add('PART_OF', m, { ...m, entity: m.countryOf, etype: 'Place' }, 0.8);
    if (!next) continue;
    const between = gap(m, next);
    // LOCATED_IN: "Bakhmut in Donetsk province", "Istanbul, Turkey"; a country lies inside no other
    // place, so "Russia, Japan, Poland" is a list, and so are places after commas that "and" or "or"
    // ends ("in Auckland, Christchurch and Dunedin", "Scotland, Wales, Ireland and France")
    const listed = between.trim() === ',' && endsList(actors, i + 1, gap);
    // "Calabasas, California, Los Angeles County officials said": a place before the people or body
    // of it begins a new phrase, and contains nothing the comma puts before it
    const modifies = (x: Typed) => PLACES_PEOPLE.test(v.text.slice(v.rel(x.end), v.rel(x.end) + 24));
    if (
      isPlace(m) &&
      !isCountry(m) &&
      isPlace(next) &&
      !listed &&
      !(between.trim() === ',' && modifies(next)) &&
      /^(?:,|\s+in(?: the)?|\s+(?:further|farther)? ?(?:north|south|east|west)\w* (?:of|in))\s+$/.test(between)
    )
      add('LOCATED_IN', m, next, 0.85);
    // LOCATED_IN: "Ukraine's southern regions of Kherson and Zaporizhzhia", "Syria's province of
    // Idlib": the places a country's (or region's) division names lie in it, each of their list
    if (isPlace(m) && isPlace(next) && DIVISION_OF.test(between)) {
      add('LOCATED_IN', next, m, 0.85);
      // the list goes on over commas and ends with the place its "and" or "or" adds
      for (let k = i + 1; actors[k + 1] && isPlace(actors[k + 1]!); k++) {
        const joint = gap(actors[k]!, actors[k + 1]!);
        if (!/^(?:,|\s+and|\s+or)\s+$/.test(joint)) break;
        add('LOCATED_IN', actors[k + 1]!, m, 0.85);
        if (joint !== ', ' && joint.trim() !== ',') break;
      }
    }
    // BASED_IN: "the Islamic Association in Brandbergen"; not a side met in a match or a fight
    // ("the final against Real Madrid in Kiev": where they met)
    if (
      m.etype === 'Organization' &&
      isPlace(next) &&
      /^\s+(?:in|based in|headquartered in)\s+$/.test(between) &&
      !(/^\s+in\s+$/.test(between) && OPPONENT_BEFORE.test(v.text.slice(0, v.rel(m.start))))
    )
      add('BASED_IN', m, next, 0.6);
    // "Kramatorsk and Sloviansk further west in Donetsk": both are in Donetsk
    const third = actors[i + 2];
    if (
      isPlace(m) &&
      !isCountry(m) &&
      isPlace(next) &&
      third &&
      isPlace(third) &&
      !listed &&
      !modifies(third) &&
      /^\s*(?:,|and)\s*$/.test(between) &&
      /^(?:,|\s+in(?: the)?|\s+(?:further|farther)? ?(?:north|south|east|west)\w* (?:of|in))\s+$/.test(gap(next, third))
    )
      add('LOCATED_IN', m, third, 0.8);
  }

  const text = v.text;
  // a cue word inside a name ("Rapid Support Forces") is not a cue
  const cue = (re: RegExp) => {
    const hit = firstHitOutside(v, re, actors);
    if (!hit) return null;
    const start = v.sentence.start + hit.index;
    return { start, end: start + hit[0].length, text: hit[0] };
  };
  const leftActor = (pos: number) =>
    [...actors].reverse().find((a) => a.end <= pos && pos - a.end <= WINDOW && isActor(a) && a.etype !== 'Person');
  const rightActors = (pos: number, pred: (a: Typed) => boolean) => actors.filter((a) => a.start >= pos && pred(a));
  const possessed = (a: Typed) => /^['’]s\b/.test(text.slice(v.rel(a.end)));

  const fight = cue(FIGHT);
  if (
    fight &&
    !UNFOUGHT_BEFORE.test(text.slice(0, v.rel(fight.start))) &&
    !ILLNESS_AFTER.test(text.slice(v.rel(fight.end)))
  ) {
    const before = leftActor(fight.start);
    const after = rightActors(
      fight.end,
      (a) =>
        a.start - fight.end <= WINDOW &&
        (isActor(a) || isPlace(a)) &&
        a.etype !== 'Person' &&
        a.entity !== before?.entity,
    )[0];
    // the passive's agent follows "by": "they were attacked by Iranian troops", "killed by invading
    // Japanese troops"; the one attacked is then the subject, unless that is a possessor whose noun
    // is ("Iran's Kurdish rebels ... were attacked by Iranian troops")
    const lead = text.slice(0, v.rel(fight.start));
    const passive =
      (PASSIVE_BEFORE.test(lead) && /^\s+by\b/i.test(text.slice(v.rel(fight.end)))) || /\bby\s+$/i.test(lead);
    if (passive) {
      if (after && before && isActor(after) && !possessed(before)) add('FIGHTS_AGAINST', after, before, 0.6);
    } else if (before && after && !OBJECT_OF_PREPOSITION.test(text.slice(0, v.rel(before.start))))
      // "a third plane slammed into the Pentagon near Washington in the worst attack on the United
      // States": a name after a preposition is no one's subject, and attacks no one
      add('FIGHTS_AGAINST', before, after, 0.6);
  }
  const support = cue(SUPPORT);
  if (support && !/\bneeds?\b/.test(text.slice(0, v.rel(support.start)).slice(-20))) {
    const agent = leftActor(support.start);
    // a place after "in" or "at", and its region after it, is where, not whom: "delivered vehicles ...
    // built at its factory in Fremont, California"
    const where = (a: Typed) =>
      isPlace(a) &&
      /\b(?:in|at|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*(?:\p{Lu}[\p{L}.'’-]*,\s+)?$/u.test(
        v.text.slice(Math.max(0, v.rel(a.start) - 40), v.rel(a.start)),
      );
    const target = rightActors(
      support.end,
      (a) =>
        (isActor(a) || isPlace(a)) && a.etype !== 'Person' && a.entity !== agent?.entity && !possessed(a) && !where(a),
    )[0];
    // the passive swaps the roles: "Ukraine, armed with firepower from the West" is the West's support
    const passive =
      /^(?:armed|supplied|helped|supported|provided) /i.test(
        v.text.slice(v.rel(support.start), v.rel(support.end) + 1),
      ) &&
      target !== undefined &&
      /\b(?:by|from)\s+(?:the\s+)?$/i.test(v.text.slice(v.rel(support.end), v.rel(target.start)));
    // sending, delivering, providing and supplying support only with what supports: arms, troops,
    // aid or money ("send tanks to", not "send the budget to Congress" or "supply feed barley")
    const carries =
      !GIVING.test(v.text.slice(v.rel(support.start), v.rel(support.end))) ||
      (target !== undefined && AID_GOODS.test(v.text.slice(v.rel(support.start), v.rel(target.end) + 60)));
    if (agent && target && carries) add('SUPPORTS', passive ? target : agent, passive ? agent : target, 0.6);
  }
  const control = cue(CONTROL);
  if (control && !MODAL.test(text.slice(0, v.rel(control.start)))) {
    const agent = leftActor(control.start);
    if (agent)
      for (const place of rightActors(
        control.end,
        (a) =>
          isPlace(a) &&
          !possessed(a) &&
          a.entity !== agent.entity &&
          a.rule !== 'country' &&
          !OBJECT_END.test(text.slice(v.rel(control.end), v.rel(a.start))),
      ))
        add('CONTROLS', agent, place, 0.6);
  }
  const talk = cue(COMMUNICATE);
  if (talk) {
    const speaker = [...actors]
      .reverse()
      .find((a) => a.end <= talk.start && (a.etype === 'Person' || a.etype === 'Organization'));
    const hearer = rightActors(talk.end, (a) => a.etype === 'Person' || a.etype === 'Organization')[0];
    // "told reporters the DKBA had attacked": a common noun right after the verb is who heard it, and
    // the name after that belongs to what was said
    const heardByMany = COMMON_HEARERS.test(text.slice(v.rel(talk.end)));
    // "deputies were called to the estate", "called for a ceasefire": no one spoke with anyone
    // nor "called Hamilton "the greatest driver"" or "called Bryant a legend": a name given, no call
    const naming =
      /^called$/i.test(talk.text) &&
      hearer !== undefined &&
      /^\s*(?:["“]|an?\s|the\s)/.test(text.slice(v.rel(hearer.end), v.rel(hearer.end) + 6));
    const unspoken =
      naming ||
      PASSIVE_BEFORE.test(text.slice(0, v.rel(talk.start))) ||
      /^\s+(?:for|off|up|in)\b/i.test(text.slice(v.rel(talk.end)));
    if (speaker && hearer && !heardByMany && !unspoken && hearer.start - talk.end < 40)
      add('COMMUNICATED_WITH', speaker, hearer, 0.7);
  }
  const led = cue(LED_BY);
  if (led) {
    const org = [...actors]
      .reverse()
      .find((a) => a.end <= led.start && a.etype === 'Organization' && led.start - a.end < 10);
    const boss = actors.find((a) => a.start >= led.end && a.etype === 'Person' && a.start - led.end < 5);
    if (org && boss) add('IN_CHARGE_OF', boss, org, 0.8);
  }
  const ally = cue(ALLY);
  if (ally) {
    const a = leftActor(ally.start);
    const b = rightActors(ally.end, isActor)[0];
    if (a && b) add('ALLIED_WITH', a, b, 0.6);
  }
}

/** Merges duplicate facts: one relation per (type, source, target, title) with all its evidence. */
export function mergeRelations(rels: Relation[]): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const r of rels) {
    const key = `${r.type}|${r.source}|${r.target}|${String(r.properties.title ?? '')}`;
    const have = byKey.get(key);
    if (!have) byKey.set(key, { ...r, evidence: [...r.evidence] });
    else {
      for (const e of r.evidence)
        if (!have.evidence.some((x) => x.sentence === e.sentence && x.start === e.start)) have.evidence.push(e);
      have.confidence = Math.max(have.confidence, r.confidence);
    }
  }
  return [...byKey.values()];
}

/** Stage 6: relations between entities, each with the sentence and span it rests on. */
export function relations(state: DocState): DocState {
  const types = new Map(state.entities.map((e) => [e.id, e.type]));
  const countries = new Set(state.entities.filter((e) => e.isoCode).map((e) => e.id));
  const out: Relation[] = [];
  for (const v of views(state)) {
    // the agency of a wire-service dateline filed the story and takes part in nothing it reports
    const agency = datelineOf(state.text, v.sentence.start, v.sentence.end)?.agency;
    const actors = v.actors
      .filter((m) => m.type !== 'Event' && !(agency && m.start === agency.start && m.end === agency.end))
      .map(
        (m) =>
          ({
            ...m,
            entity: m.entity!,
            etype: m.type === 'Nationality' ? 'Nationality' : (types.get(m.entity!) ?? 'Organization'),
            country: countries.has(m.entity!),
          }) as Typed,
      );
    sentenceRelations(v, actors, out);
  }
  const merged = mergeRelations([...state.relations, ...out]);
  return {
    ...state,
    relations: merged,
    entities: withCountries(
      state.entities,
      merged.flatMap((r) => [r.source, r.target]),
    ),
  };
}
