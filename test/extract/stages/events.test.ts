import { events } from '../../../src/extract/stages/events';
import { resolvedState, type HandMention } from './hand-state';

const ARTICLE = (body: string) => `date 2023-02-16\n\n${body}\n`;

/** The events the stage finds among hand-placed names, with their places and participants by id. */
function eventsOf(body: string, mentions: HandMention[]) {
  const out = events(resolvedState(ARTICLE(body), mentions));
  return out.entities
    .filter((e) => e.type === 'Event')
    .map((e) => ({
      type: e.eventType,
      date: e.date ?? null,
      trigger: e.mentions.map((m) => m.text),
      where: out.relations.filter((r) => r.type === 'OCCURRED_IN' && r.source === e.id).map((r) => r.target),
      who: out.relations
        .filter((r) => r.type === 'PARTICIPATED_IN' && r.target === e.id)
        .map((r) => `${r.source} (${r.properties.role})`),
    }));
}

const kharkiv: HandMention = { text: 'Kharkiv', type: 'Place', entity: 'place:kharkiv' };

describe('events stage', () => {
  it('types, dates and places an event, with its participants and roles', () => {
    expect(
      eventsOf('Russian forces shelled Kharkiv on Wednesday, officials said.', [
        { text: 'Russian forces', type: 'Organization', entity: 'organization:russian-armed-forces' },
        kharkiv,
        { text: 'Wednesday', type: 'Date', value: '2023-02-15' },
      ]),
    ).toEqual([
      {
        type: 'ATTACK',
        date: '2023-02-15',
        trigger: ['shelled'],
        where: ['place:kharkiv'],
        who: ['organization:russian-armed-forces (agent)'],
      },
    ]);
  });

  it('makes a dated event in a place one event across articles, and an undated one each article’s own', () => {
    const ids = (body: string, mentions: HandMention[]) =>
      events(resolvedState(ARTICLE(body), mentions))
        .entities.filter((e) => e.type === 'Event')
        .map((e) => e.id);
    const dated = [kharkiv, { text: 'Wednesday', type: 'Date', value: '2023-02-15' } as HandMention];
    const a = ids('Russian forces shelled Kharkiv on Wednesday.', dated);
    const b = ids('Russian forces shelled Kharkiv on Wednesday, officials said.', dated);
    expect(a).toEqual(['event:attack:kharkiv:2023-02-15']);
    expect(b).toEqual(a);
    const c = ids('Russian forces shelled Kharkiv.', [kharkiv]);
    const d = ids('Russian forces shelled Kharkiv again.', [kharkiv]);
    expect(c).toHaveLength(1);
    expect(d).toHaveLength(1);
    expect(c[0]).toMatch(/^event:attack:kharkiv:[0-9a-f]{16}:s0$/);
    expect(d[0]).not.toBe(c[0]);
  });

  it('names the trigger word exactly', () => {
    const [meeting] = eventsOf('Antony Blinken met Wang Yi in Munich on Saturday.', [
      { text: 'Antony Blinken', type: 'Person', entity: 'person:antony-blinken' },
      { text: 'Wang Yi', type: 'Person', entity: 'person:wang-yi' },
      { text: 'Munich', type: 'Place', entity: 'place:munich' },
    ]);
    expect(meeting).toMatchObject({ type: 'MEETING', trigger: ['met'], where: ['place:munich'] });
  });

  it('places an event in the settlement a region only describes ("the Amazon city of Belem")', () => {
    const [summit] = eventsOf('Nearly 200 countries agreed on Saturday at the summit in the Amazon city of Belem.', [
      { text: 'Amazon', type: 'Place', entity: 'place:amazon' },
      { text: 'Belem', type: 'Place', entity: 'place:belem' },
    ]);
    expect(summit).toMatchObject({ type: 'MEETING', where: ['place:belem'] });
  });

  it('skips what only would, could or is expected to happen', () => {
    expect(
      eventsOf('Officials said Russia could attack Kyiv next month.', [
        { text: 'Russia', type: 'Place', entity: 'place:ru', key: 'place:ru' },
        { text: 'Kyiv', type: 'Place', entity: 'place:kyiv' },
      ]),
    ).toEqual([]);
  });

  it('does not make the agency of a dateline a participant of what its story reports', () => {
    const [protest] = eventsOf(
      'KHARKIV (Reuters) - Protesters marched in Kharkiv on Tuesday, Ukrainian students said.',
      [
        { text: 'KHARKIV', type: 'Place', entity: 'place:kharkiv' },
        { text: 'Reuters', type: 'Organization', entity: 'organization:reuters' },
        kharkiv,
      ],
    );
    expect(protest!.who.filter((w) => w.startsWith('organization:reuters'))).toEqual([]);
  });

  it('does not make the sources of a report its participants, but keeps a speaker that reports its own act', () => {
    const [retreat] = eventsOf(
      'The Defense Ministry said Ukrainian forces retreated near Kharkiv, and Reuters could not independently verify the report.',
      [
        { text: 'Defense Ministry', type: 'Organization', entity: 'organization:defense-ministry' },
        { text: 'Ukrainian forces', type: 'Organization', entity: 'organization:ukrainian-forces' },
        kharkiv,
        { text: 'Reuters', type: 'Organization', entity: 'organization:reuters' },
      ],
    );
    expect(retreat!.who).toEqual(['organization:ukrainian-forces (agent)']);
    const [told] = eventsOf('Serhiy Cherevatyi, a spokesman, told Ukrainian TV that Russian forces shelled Kharkiv.', [
      { text: 'Serhiy Cherevatyi', type: 'Person', entity: 'person:serhiy-cherevatyi' },
      { text: 'Ukrainian TV', type: 'Organization', entity: 'organization:ukrainian-tv' },
      { text: 'Russian forces', type: 'Organization', entity: 'organization:russian-armed-forces' },
      kharkiv,
    ]);
    expect(told!.who).toEqual(['organization:russian-armed-forces (agent)']);
    const [posted] = eventsOf(
      'Ukrainian troops retreated near Kharkiv, the ministry said on the Telegram messaging app.',
      [
        { text: 'Ukrainian troops', type: 'Organization', entity: 'organization:ukrainian-forces' },
        kharkiv,
        { text: 'Telegram', type: 'Organization', entity: 'organization:telegram' },
      ],
    );
    expect(posted!.who).toEqual(['organization:ukrainian-forces (agent)']);
    const [own] = eventsOf('Wagner Group said it had shelled Kharkiv.', [
      { text: 'Wagner Group', type: 'Organization', entity: 'organization:wagner-group' },
      kharkiv,
    ]);
    expect(own!.who).toEqual(['organization:wagner-group (agent)']);
    const [annexation] = eventsOf('Russia annexed Crimea in a move condemned by most United Nations members.', [
      { text: 'Russia', type: 'Organization', entity: 'organization:russia' },
      { text: 'Crimea', type: 'Place', entity: 'place:crimea' },
      { text: 'United Nations', type: 'Organization', entity: 'organization:united-nations' },
    ]);
    expect(annexation!.who).toEqual(['organization:russia (agent)']);
  });

  it('does not make where a report was lodged a participant of what it reports', () => {
    const [bought] = eventsOf(
      'In a filing with the Securities and Exchange Commission, Warren Buffett said he bought 62,900 shares of the company.',
      [
        { text: 'Securities and Exchange Commission', type: 'Organization', entity: 'organization:sec' },
        { text: 'Warren Buffett', type: 'Person', entity: 'person:warren-buffett' },
      ],
    );
    expect(bought!.type).toBe('ACQUISITION');
    expect(bought!.who).toEqual(['person:warren-buffett (agent)']);
  });

  it('names no one at an event from what a speaker said about it after "that"', () => {
    const [talks] = eventsOf('Lloyd Austin said after the Brussels talks that Ukraine had a very good chance.', [
      { text: 'Lloyd Austin', type: 'Person', entity: 'person:lloyd-austin' },
      { text: 'Brussels', type: 'Place', entity: 'place:brussels' },
      { text: 'Ukraine', type: 'Organization', entity: 'organization:ukraine' },
    ]);
    expect(talks!.who).toEqual(['person:lloyd-austin (attendee)']);
    const [hosted] = eventsOf('The talks that Ukraine hosted in Kharkiv ended.', [
      { text: 'Ukraine', type: 'Organization', entity: 'organization:ukraine' },
      kharkiv,
    ]);
    expect(hosted!.who).toEqual(['organization:ukraine (attendee)']);
  });

  it('makes the statement that reports an event a statement about it', () => {
    const text = ARTICLE('The Defense Ministry said Ukrainian forces retreated near Kharkiv.');
    const state = resolvedState(text, [
      { text: 'Defense Ministry', type: 'Organization', entity: 'organization:defense-ministry' },
      { text: 'Ukrainian forces', type: 'Organization', entity: 'organization:ukrainian-forces' },
      kharkiv,
    ]);
    const sentence = state.sentences.find((x) => x.section === 'body')!;
    const report = {
      id: 'st1',
      speaker: 'organization:defense-ministry',
      text: 'Ukrainian forces retreated near Kharkiv',
      direct: false,
      channel: null,
      date: null,
      about: ['organization:ukrainian-forces'],
      evidence: [{ sentence: sentence.index, start: sentence.start, end: sentence.end }],
    };
    const out = events({ ...state, statements: [report] });
    const retreat = out.entities.find((e) => e.type === 'Event')!;
    expect(out.statements[0]!.about).toEqual(['organization:ukrainian-forces', retreat.id]);
    expect(report.about).toEqual(['organization:ukrainian-forces']); // the input is left as it was
  });

  it('gives meetings attendees and aid pledges recipients', () => {
    const [met] = eventsOf('Lloyd Austin met Jens Stoltenberg in Brussels.', [
      { text: 'Lloyd Austin', type: 'Person', entity: 'person:lloyd-austin' },
      { text: 'Jens Stoltenberg', type: 'Person', entity: 'person:jens-stoltenberg' },
      { text: 'Brussels', type: 'Place', entity: 'place:brussels' },
    ]);
    expect(met!.who).toEqual(['person:lloyd-austin (attendee)', 'person:jens-stoltenberg (attendee)']);
    // a news or press conference is someone speaking to reporters, not parties meeting
    const spoke = (body: string) =>
      eventsOf(body, [
        { text: 'Wataru Kubo', type: 'Person', entity: 'person:wataru-kubo' },
        { text: 'Tokyo', type: 'Place', entity: 'place:tokyo' },
      ]);
    expect(spoke('Wataru Kubo told a news conference in Tokyo that the yen was stable.')).toEqual([]);
    expect(spoke('Wataru Kubo told a press conference in Tokyo that the yen was stable.')).toEqual([]);
    expect(spoke('Wataru Kubo opened a conference in Tokyo on the yen.').map((e) => e.type)).toEqual(['MEETING']);
    const [aid] = eventsOf('Britain pledged military aid to Ukraine.', [
      { text: 'Britain', type: 'Organization', entity: 'organization:britain' },
      { text: 'Ukraine', type: 'Organization', entity: 'organization:ukraine' },
    ]);
    expect(aid).toMatchObject({
      type: 'AID_PLEDGE',
      who: ['organization:britain (agent)', 'organization:ukraine (recipient)'],
    });
  });

  it('makes no participants of the countries listed after the place where something happens', () => {
    const country = (name: string): HandMention => ({
      text: name,
      type: 'Place',
      entity: `place:${name.toLowerCase().replace(/ /g, '-')}`,
      rule: 'country',
    });
    const [talks] = eventsOf('Microsoft held talks with ByteDance in the United States, Canada and New Zealand.', [
      { text: 'Microsoft', type: 'Organization', entity: 'organization:microsoft' },
      { text: 'ByteDance', type: 'Organization', entity: 'organization:bytedance' },
      country('United States'),
      country('Canada'),
      country('New Zealand'),
    ]);
    expect(talks).toMatchObject({
      where: ['place:united-states'],
      who: ['organization:microsoft (attendee)', 'organization:bytedance (attendee)'],
    });
  });

  it('reads disasters, placed and dated, with no one as their agent', () => {
    const beirut: HandMention = { text: 'Beirut', type: 'Place', entity: 'place:beirut' };
    const lebanon: HandMention = { text: 'Lebanon', type: 'Organization', entity: 'organization:lebanon' };
    expect(eventsOf('A huge explosion in Beirut killed at least 78 people, Lebanon said.', [beirut, lebanon])).toEqual([
      { type: 'DISASTER', date: null, trigger: ['explosion'], where: ['place:beirut'], who: [] },
    ]);
    // an explosion of a bombing is an attack's; a simile and a storm that will not come are none
    expect(eventsOf('A bomb explosion by militants in Beirut killed five.', [beirut]).map((e) => e.type)).not.toContain(
      'DISASTER',
    );
    expect(eventsOf('The virus spread like wildfire in Beirut.', [beirut])).toEqual([]);
    expect(eventsOf("It's not going to be a major hurricane in Beirut.", [beirut])).toEqual([]);
  });

  it('reads a dated election mentioned again as that election, but not one of another time', () => {
    const lula: HandMention = { text: 'Lula', type: 'Person', entity: 'person:lula' };
    const out = eventsOf(
      "Lula won Brazil's election on Sunday. Biden praised the election. Bolsonaro lost February's election too.",
      [
        lula,
        { text: 'Sunday', type: 'Date', value: '2023-02-12' },
        { text: 'Biden', type: 'Person', entity: 'person:biden' },
        { text: 'Bolsonaro', type: 'Person', entity: 'person:b' },
      ],
    );
    expect(out.map((e) => [e.date, e.trigger, e.who])).toEqual([
      // who praised it again is no participant of it
      ['2023-02-12', ['election', 'election'], ['person:lula (agent)']],
      [null, ['election'], ['person:b (agent)']],
    ]);
  });

  it('reads no event right after a negation, but one a negated verb before it reports', () => {
    const forces: HandMention = { text: 'Russian forces', type: 'Organization', entity: 'organization:russia' };
    expect(eventsOf('Russian forces did not attack Kharkiv.', [forces, kharkiv])).toEqual([]);
    expect(
      eventsOf('The television did not say when Russian forces attacked Kharkiv.', [forces, kharkiv]).map(
        (e) => e.type,
      ),
    ).toEqual(['ATTACK']);
  });

  it('reads a pledge as an aid pledge only where aid, arms or money is pledged', () => {
    const aguirre = { text: 'Angel Aguirre', type: 'Person' as const, entity: 'person:angel-aguirre' };
    expect(eventsOf('Angel Aguirre pledged the roads will be repaired soon.', [aguirre])).toEqual([]);
    expect(eventsOf('Angel Aguirre pledged $2 million to the flood victims.', [aguirre])).toMatchObject([
      { type: 'AID_PLEDGE' },
    ]);
  });

  it('reads the words of conflict in markets, courts and sport as no conflict event', () => {
    const lawson = { text: 'Nigel Lawson', type: 'Person' as const, entity: 'person:nigel-lawson' };
    const london = { text: 'London', type: 'Place' as const, entity: 'place:london' };
    expect(eventsOf('Nigel Lawson said the battle over the dollar would go on in London.', [lawson, london])).toEqual(
      [],
    );
    expect(eventsOf('Shares advanced in London as the dollar retreated.', [london])).toEqual([]);
    expect(eventsOf('An outbreak of cholera has killed five people in London.', [london])).toEqual([]);
    const [takeover] = eventsOf('The takeover battle for Britoil intensified in London.', [
      { text: 'Britoil', type: 'Organization', entity: 'organization:britoil' },
      london,
    ]);
    expect(takeover!.type).toBe('ACQUISITION');
    // beside a word of armed conflict, or right before the place fought over, they are events
    const pkk = { text: 'PKK', type: 'Organization' as const, entity: 'organization:pkk' };
    expect(eventsOf('PKK rebels fought a battle over the bridge.', [pkk])[0]!.type).toBe('BATTLE');
    expect(eventsOf('Fighting raged in Kharkiv.', [kharkiv])[0]).toMatchObject({
      type: 'BATTLE',
      where: ['place:kharkiv'],
    });
  });

  it('reads the business and labour news of strikes, rate decisions and earnings', () => {
    const ford = { text: 'Ford', type: 'Organization' as const, entity: 'organization:ford' };
    const bundesbank = { text: 'Bundesbank', type: 'Organization' as const, entity: 'organization:bundesbank' };
    const london = { text: 'London', type: 'Place' as const, entity: 'place:london' };
    expect(eventsOf('Workers at Ford went on strike in London on Monday.', [ford, london])[0]).toMatchObject({
      type: 'LABOR_STRIKE',
      where: ['place:london'],
    });
    expect(eventsOf('The Bundesbank cut its key interest rate on Thursday.', [bundesbank])[0]).toMatchObject({
      type: 'RATE_DECISION',
      who: ['organization:bundesbank (agent)'],
    });
    expect(eventsOf('Ford posted a record quarterly profit.', [ford])[0]).toMatchObject({
      type: 'EARNINGS',
      who: ['organization:ford (agent)'],
    });
    // the military strike stays an air strike
    expect(eventsOf('A missile strike hit London.', [london])[0]!.type).toBe('AIR_STRIKE');
  });

  it('reads no trigger inside a name, nor an event that is only possible or threatened', () => {
    const spokesman = eventsOf('Police spokesman Umar Shelling said the six had left Kano.', [
      { text: 'Umar Shelling', type: 'Person', entity: 'person:umar-shelling' },
      { text: 'Kano', type: 'Place', entity: 'place:kano' },
    ]);
    expect(spokesman).toEqual([]);
    const troops: HandMention = { text: 'Baghdad', type: 'Organization', entity: 'organization:iraq' };
    expect(eventsOf('Aircraft protect the Kurds from possible attacks by Baghdad troops.', [troops])).toEqual([]);
    expect(eventsOf('He promised to halt a threatened bombing assault on Kharkiv by the troops.', [kharkiv])).toEqual(
      [],
    );
    expect(eventsOf('Baghdad troops attacked the Kurds near Kharkiv.', [troops, kharkiv]).map((e) => e.type)).toEqual([
      'ATTACK',
    ]);
  });

  it('reads no attack in a death by lightning or a crash, and no advance in a capture of people or goods', () => {
    const berovo: HandMention = { text: 'Berovo', type: 'Place', entity: 'place:berovo' };
    expect(eventsOf('Eleven people were killed near Berovo when lightning struck police tents.', [berovo])).toEqual([]);
    expect(eventsOf('Police seized 18 kg of heroin in Berovo.', [berovo])).toEqual([]);
    expect(eventsOf('A gunman was captured by police in Berovo.', [berovo])).toEqual([]);
    expect(eventsOf('Rebel troops captured the town of Berovo.', [berovo]).map((e) => e.type)).toEqual(['ADVANCE']);
    const wagner: HandMention = { text: 'Wagner Group', type: 'Organization', entity: 'organization:wagner-group' };
    // who captured it, after "by", is the advance's agent
    expect(
      eventsOf('The barrage was captured by Wagner Group troops after days of fighting.', [wagner]).map((e) => e.who),
    ).toEqual([['organization:wagner-group (agent)']]);
  });
});
