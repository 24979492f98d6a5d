import { extract } from '../../../src/extract';
import { relations } from '../../../src/extract/stages/relations';
import { resolvedState, type HandMention } from './hand-state';

/** The HOLDS_POSITION facts the stage reads from hand-placed names. */
const positions = (text: string, mentions: HandMention[]) =>
  relations(resolvedState(text, mentions))
    .relations.filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${r.source} -> ${r.target}: ${r.properties.title}`);

describe('relations stage: offices and trades', () => {
  it("gives a trade after a nationality no post in that country, and an organisation's trade a post there", () => {
    expect(
      positions('American director Sean Baker won, and Arsenal striker Kai Havertz scored.', [
        { text: 'American', type: 'Nationality', entity: 'place:united-states' },
        { text: 'Sean Baker', type: 'Person', entity: 'person:sean-baker' },
        { text: 'Arsenal', type: 'Organization', entity: 'organization:arsenal' },
        { text: 'Kai Havertz', type: 'Person', entity: 'person:kai-havertz' },
      ]),
    ).toEqual(['person:kai-havertz -> organization:arsenal: striker']);
  });

  it('reads a title with a prefix of rank ("co-leader"), but not a verb after "to"', () => {
    const people: HandMention[] = [
      { text: 'SPD', type: 'Organization', entity: 'organization:spd' },
      { text: 'Lars Klingbeil', type: 'Person', entity: 'person:lars-klingbeil' },
    ];
    expect(positions('SPD co-leader Lars Klingbeil spoke.', people)).toEqual([
      'person:lars-klingbeil -> organization:spd: co-leader',
    ]);
    expect(positions('SPD asks Berlin to extradite ex-president Lars Klingbeil.', people)).toEqual([]);
  });

  it('reads an appositive closed by a bracketed acronym, and takes the organisation over a place that only says where', () => {
    expect(
      positions("George Garang, Nairobi spokesman for the Sudan People's Liberation Army (SPLA), said so.", [
        { text: 'George Garang', type: 'Person', entity: 'person:george-garang' },
        { text: 'Nairobi', type: 'Place', entity: 'place:nairobi' },
        { text: "Sudan People's Liberation Army", type: 'Organization', entity: 'organization:spla' },
        { text: 'SPLA', type: 'Organization', entity: 'organization:spla' },
      ]),
    ).toEqual([
      "person:george-garang -> organization:spla: Nairobi spokesman for the Sudan People's Liberation Army (SPLA)",
    ]);
  });
});

describe('relations stage: positions in appositives', () => {
  it('ends the title with the name of what it is held at, not the place after it', () => {
    expect(
      positions('"It is strong," said Daniel Ives, an analyst at Wedbush Securities in Los Angeles.', [
        { text: 'Daniel Ives', type: 'Person', entity: 'person:daniel-ives' },
        { text: 'Wedbush Securities', type: 'Organization', entity: 'organization:wedbush-securities' },
        { text: 'Los Angeles', type: 'Place', entity: 'place:los-angeles' },
      ]),
    ).toEqual(['person:daniel-ives -> organization:wedbush-securities: analyst at Wedbush Securities']);
  });

  it('reads an abbreviation inside the organisation as part of the title, not its end', () => {
    expect(
      positions('Gen. Joseph Votel, commander of U.S. Central Command, visited the troops on Monday.', [
        { text: 'Joseph Votel', type: 'Person', entity: 'person:joseph-votel' },
        { text: 'U.S. Central Command', type: 'Organization', entity: 'organization:centcom' },
      ]),
    ).toEqual(['person:joseph-votel -> organization:centcom: commander of U.S. Central Command']);
  });

  it('reads a numbered unit followed by the title', () => {
    expect(
      positions('"We are ready," said Col. Travis Caughlin, 507th Maintenance Group Commander.', [
        { text: 'Travis Caughlin', type: 'Person', entity: 'person:travis-caughlin' },
        { text: '507th Maintenance Group', type: 'Organization', entity: 'organization:507th-maintenance-group' },
      ]),
    ).toEqual(['person:travis-caughlin -> organization:507th-maintenance-group: 507th Maintenance Group Commander']);
  });

  it('reads a title before the name as a bare noun phrase, not across a clause', () => {
    const people: HandMention[] = [
      { text: 'Reuters', type: 'Organization', entity: 'organization:reuters' },
      { text: 'Diana', type: 'Person', entity: 'person:diana' },
    ];
    expect(positions('Reuters chief executive Diana Walsh won.', people)).toEqual([
      'person:diana -> organization:reuters: chief executive',
    ]);
    expect(positions('A Reuters photographer branded a stalker by Princess Diana sued.', people)).toEqual([]);
    expect(positions('The Reuters report was sent to President Diana Walsh.', people)).toEqual([]);
    expect(positions('Reuters chief to meet Diana Walsh on Monday.', people)).toEqual([]);
    expect(positions('An aide told Reuters that Speaker Diana Walsh will convene it.', people)).toEqual([]);
    expect(positions('Its line on Reuters since Prime Minister Diana Walsh took office.', people)).toEqual([]);
    expect(positions('Reuters envoy to the talks Diana Walsh left.', people)).toEqual([
      'person:diana -> organization:reuters: envoy to the talks',
    ]);
    // a finite verb opens a clause: a speech verb, or a past tense after a noun; a participle may open a title
    expect(positions('The Reuters said President Diana Walsh had ordered it.', people)).toEqual([]);
    expect(positions('A Reuters drone killed General Diana Walsh.', people)).toEqual([]);
    expect(positions('She taught at Reuters and clerked for Justice Diana Walsh.', people)).toEqual([]);
    expect(positions("Reuters' jailed chief executive Diana Walsh won.", people)).toEqual([
      'person:diana -> organization:reuters: jailed chief executive',
    ]);
  });

  it('gives no post to a title whose name belongs to another noun phrase of the appositive', () => {
    const belgium = { text: 'Belgian', type: 'Place' as const, entity: 'place:belgium' };
    expect(
      positions('Marc Dutroux, the chief accused in a Belgian child murder scandal, was questioned.', [
        { text: 'Marc Dutroux', type: 'Person', entity: 'person:marc-dutroux' },
        belgium,
      ]),
    ).toEqual([]);
    expect(
      positions('Luc Martens, a senior official of the Belgian embassy, was questioned.', [
        { text: 'Luc Martens', type: 'Person', entity: 'person:luc-martens' },
        belgium,
      ]),
    ).toEqual(['person:luc-martens -> place:belgium: senior official of the Belgian embassy']);
  });

  it('makes no position of a person and an organisation in separate sentences', () => {
    expect(
      positions('Joseph Votel visited the troops. Central Command said nothing.', [
        { text: 'Joseph Votel', type: 'Person', entity: 'person:joseph-votel' },
        { text: 'Central Command', type: 'Organization', entity: 'organization:centcom' },
      ]),
    ).toEqual([]);
  });
});

describe('relations stage: support', () => {
  const supports = (text: string, mentions: HandMention[]) =>
    relations(resolvedState(text, mentions))
      .relations.filter((r) => r.type === 'SUPPORTS')
      .map((r) => `${r.source} -> ${r.target}`);

  it('reads who gives from the active voice and from the passive', () => {
    const nato: HandMention = { text: 'NATO', type: 'Organization', entity: 'organization:nato' };
    const army: HandMention = { text: 'Ukrainian Army', type: 'Organization', entity: 'organization:ukrainian-army' };
    expect(supports('NATO is sending tanks to the Ukrainian Army.', [nato, army])).toEqual([
      'organization:nato -> organization:ukrainian-army',
    ]);
    expect(
      supports('The Ukrainian Army, armed with heavier firepower from NATO, held the line.', [army, nato]),
    ).toEqual(['organization:nato -> organization:ukrainian-army']);
  });

  it('reads "arms" as giving only where it is a verb, not the noun of "arms official" or "arms embargo"', () => {
    const nato: HandMention = { text: 'NATO', type: 'Organization', entity: 'organization:nato' };
    const army: HandMention = { text: 'Ukrainian Army', type: 'Organization', entity: 'organization:ukrainian-army' };
    expect(supports('NATO arms the Ukrainian Army, officials said.', [nato, army])).toEqual([
      'organization:nato -> organization:ukrainian-army',
    ]);
    expect(supports('NATO arms official Rolf Ekeus met the Ukrainian Army.', [nato, army])).toEqual([]);
    expect(supports('The NATO arms embargo on the Ukrainian Army holds.', [nato, army])).toEqual([]);
  });

  it('reads sending, delivering and supplying as support only with arms, troops, aid or money', () => {
    const nato: HandMention = { text: 'NATO', type: 'Organization', entity: 'organization:nato' };
    const army: HandMention = { text: 'Ukrainian Army', type: 'Organization', entity: 'organization:ukrainian-army' };
    expect(supports('NATO sent 40 tanks to the Ukrainian Army.', [nato, army])).toEqual([
      'organization:nato -> organization:ukrainian-army',
    ]);
    expect(supports('NATO sent its budget report to the Ukrainian Army.', [nato, army])).toEqual([]);
  });
});

describe('relations stage: belonging to a country', () => {
  it("puts a state body named for its country in it, and no company named for one ('Swiss Bank Corp')", () => {
    const out = extract({
      source: 'x.txt',
      text: 'Swiss Bank Corp said on Monday that the Russian Defense Ministry had paid its debt.\n',
    });
    expect(out.relations.filter((r) => r.type === 'PART_OF').map((r) => `${r.source} -> ${r.target}`)).toEqual([
      'organization:russian-defense-ministry -> place:russia',
    ]);
  });
});

describe('relations stage: places inside places', () => {
  const inside = (text: string, names: string[]) =>
    relations(
      resolvedState(
        text,
        names.map((n) => ({ text: n, type: 'Place' as const, entity: `place:${n.toLowerCase()}` })),
      ),
    )
      .relations.filter((r) => r.type === 'LOCATED_IN')
      .map((r) => `${r.source} -> ${r.target}`);

  it('reads a place and its region after a comma, and no place of a list as inside the next', () => {
    expect(inside('Riots broke out in Dallas, Texas on Monday.', ['Dallas', 'Texas'])).toEqual([
      'place:dallas -> place:texas',
    ]);
    expect(inside('They play in Auckland, Christchurch and Dunedin.', ['Auckland', 'Christchurch', 'Dunedin'])).toEqual(
      [],
    );
    const nations = ['Scotland', 'Wales', 'Ireland', 'France'];
    expect(inside('A competition involving Scotland, Wales, Ireland and France.', nations)).toEqual([]);
    // commas alone read as containment, from the town to its country
    expect(inside('The blast hit Tal Afar, Nineveh, Iraq.', ['Tal Afar', 'Nineveh', 'Iraq'])).toEqual([
      'place:tal afar -> place:nineveh',
      'place:tal afar -> place:iraq',
      'place:nineveh -> place:iraq',
    ]);
    // a place before its officials begins a new phrase: the comma puts nothing inside it
    expect(
      inside('The crash in Calabasas, California, Los Angeles County officials said.', [
        'Calabasas',
        'California',
        'Los Angeles County',
      ]),
    ).toEqual(['place:calabasas -> place:california']);
  });

  it("reads the places a country's divisions name as inside it, each of their list", () => {
    const names = ['Ukraine', 'Kherson', 'Zaporizhzhia', 'Luhansk'];
    expect(inside("Russia holds Ukraine's southern regions of Kherson and Zaporizhzhia, and Luhansk.", names)).toEqual([
      'place:kherson -> place:ukraine',
      'place:zaporizhzhia -> place:ukraine',
    ]);
    expect(inside("Ukraine's forces of Kherson left.", ['Ukraine', 'Kherson'])).toEqual([]);
  });
});

describe('relations stage: positions in appositions after the name', () => {
  const us: HandMention = { text: 'U.S.', type: 'Place', entity: 'place:united-states' };
  it('reads no post across a clause inside the apposition, but keeps one a relative clause gives', () => {
    expect(
      positions(
        "Dick Morris, the Republican political consultant who reshaped U.S. President Bill Clinton's campaign, resigned.",
        [
          { text: 'Dick Morris', type: 'Person', entity: 'person:dick-morris' },
          us,
          { text: 'Bill Clinton', type: 'Person', entity: 'person:bill-clinton' },
        ],
      ).filter((p) => p.startsWith('person:dick-morris')),
    ).toEqual([]);
    expect(
      positions("Itamar Rabinovich, who as Israel's ambassador to Washington led the talks, spoke.", [
        { text: 'Itamar Rabinovich', type: 'Person', entity: 'person:itamar-rabinovich' },
        { text: 'Israel', type: 'Place', entity: 'place:israel' },
        { text: 'Washington', type: 'Place', entity: 'place:washington' },
      ]).filter((p) => p.startsWith('person:itamar-rabinovich -> place:israel')),
    ).toHaveLength(1);
  });
});

describe('relations stage: control of places', () => {
  const controls = (text: string, mentions: HandMention[]) =>
    relations(resolvedState(text, mentions))
      .relations.filter((r) => r.type === 'CONTROLS')
      .map((r) => `${r.source} -> ${r.target}`);
  const israel: HandMention = { text: 'Israel', type: 'Organization', entity: 'organization:israel' };
  const jerusalem: HandMention = { text: 'East Jerusalem', type: 'Place', entity: 'place:east-jerusalem' };
  const middleEast: HandMention = { text: 'Middle East', type: 'Place', entity: 'place:middle-east' };

  it("holds the places of the control verb's object, not those of its other phrases", () => {
    expect(
      controls('Israel captured East Jerusalem in the 1967 Middle East war.', [israel, jerusalem, middleEast]),
    ).toEqual(['organization:israel -> place:east-jerusalem']);
    const shining: HandMention = { text: 'Shining Path', type: 'Organization', entity: 'organization:shining-path' };
    expect(
      controls('Shining Path took control of Alomella Robles, a small village 345 miles northeast of Lima.', [
        shining,
        { text: 'Alomella Robles', type: 'Place', entity: 'place:alomella-robles' },
        { text: 'Lima', type: 'Place', entity: 'place:lima' },
      ]),
    ).toEqual(['organization:shining-path -> place:alomella-robles']);
  });

  it('reads no control in other senses of its verbs', () => {
    const britain: HandMention = { text: 'Britain', type: 'Organization', entity: 'organization:united-kingdom' };
    const london: HandMention = { text: 'London', type: 'Place', entity: 'place:london' };
    expect(
      controls('Britain is concerned about a meeting of Islamists to be held in London.', [britain, london]),
    ).toEqual([]);
    expect(controls('Britain took office in London.', [britain, london])).toEqual([]);
    // a hyphenated "-held" names its holder before it
    const army: HandMention = { text: 'Russian army', type: 'Organization', entity: 'organization:russian-army' };
    expect(
      controls('The Russian army threatened to bomb its way back into the rebel-held Chechen capital Grozny.', [
        army,
        { text: 'Grozny', type: 'Place', entity: 'place:grozny' },
      ]),
    ).toEqual([]);
  });
});

describe('relations stage: fighting and support', () => {
  const facts = (type: string, text: string, mentions: HandMention[]) =>
    relations(resolvedState(text, mentions))
      .relations.filter((r) => r.type === type)
      .map((r) => `${r.source} -> ${r.target}`);
  const china: HandMention = { text: 'China', type: 'Organization', entity: 'organization:china' };
  const japan: HandMention = { text: 'Japanese troops', type: 'Organization', entity: 'organization:japanese-troops' };
  const israel: HandMention = { text: 'Israel', type: 'Organization', entity: 'organization:israel' };
  const syria: HandMention = { text: 'Syria', type: 'Organization', entity: 'organization:syria' };

  it('reads the agent of a passive after "by"', () => {
    expect(facts('FIGHTS_AGAINST', 'China was attacked by Japanese troops in 1937.', [china, japan])).toEqual([
      'organization:japanese-troops -> organization:china',
    ]);
    expect(facts('FIGHTS_AGAINST', 'China attacked Japanese troops in 1937.', [china, japan])).toEqual([
      'organization:china -> organization:japanese-troops',
    ]);
  });

  it('reads no fighting in a war feared or prepared for, nor in a general strike', () => {
    expect(facts('FIGHTS_AGAINST', 'Israel plays down fears of war with Syria.', [israel, syria])).toEqual([]);
    expect(facts('FIGHTS_AGAINST', 'Israel is preparing for war against Syria.', [israel, syria])).toEqual([]);
    expect(facts('FIGHTS_AGAINST', 'Israel declared war on Syria.', [israel, syria])).toEqual([
      'organization:israel -> organization:syria',
    ]);
    expect(
      facts('FIGHTS_AGAINST', 'Palestinians called a general strike in Gaza.', [
        { text: 'Palestinians', type: 'Organization', entity: 'organization:palestinians' },
        { text: 'Gaza', type: 'Place', entity: 'place:gaza' },
      ]),
    ).toEqual([]);
  });

  it('reads "armed" before a noun as an adjective, not as arming', () => {
    const radio: HandMention = { text: 'Radio New Zealand', type: 'Organization', entity: 'organization:rnz' };
    const college: HandMention = { text: 'Northcote College', type: 'Organization', entity: 'organization:northcote' };
    expect(
      facts('SUPPORTS', 'Radio New Zealand said an armed man entered Northcote College.', [radio, college]),
    ).toEqual([]);
    expect(
      facts('SUPPORTS', 'Iran armed Hezbollah with rockets.', [
        { text: 'Iran', type: 'Organization', entity: 'organization:iran' },
        { text: 'Hezbollah', type: 'Organization', entity: 'organization:hezbollah' },
      ]),
    ).toEqual(['organization:iran -> organization:hezbollah']);
  });

  it('reads a place after "in" or "at", and its region, as where, not whom a company supplies', () => {
    expect(
      facts('SUPPORTS', 'Tesla delivered 139,300 vehicles, most of them built at its factory in Fremont, California.', [
        { text: 'Tesla', type: 'Organization', entity: 'organization:tesla' },
        { text: 'Fremont', type: 'Place', entity: 'place:fremont' },
        { text: 'California', type: 'Place', entity: 'place:california' },
      ]),
    ).toEqual([]);
    expect(
      facts('SUPPORTS', 'Britain sent tanks to Ukraine in March.', [
        { text: 'Britain', type: 'Organization', entity: 'organization:britain' },
        { text: 'Ukraine', type: 'Place', entity: 'place:ukraine' },
      ]),
    ).toEqual(['organization:britain -> place:ukraine']);
  });

  it('reads no one told where the verb is followed by a common noun ("told reporters")', () => {
    const people: HandMention[] = [
      { text: 'Nsanze Terence', type: 'Person', entity: 'person:nsanze-terence' },
      { text: 'Pierre Buyoya', type: 'Person', entity: 'person:pierre-buyoya' },
    ];
    expect(facts('COMMUNICATED_WITH', 'Nsanze Terence told reporters Pierre Buyoya would not resign.', people)).toEqual(
      [],
    );
    expect(
      facts('COMMUNICATED_WITH', 'Nsanze Terence told a briefing that Pierre Buyoya would not resign.', people),
    ).toEqual([]);
    expect(facts('COMMUNICATED_WITH', 'Nsanze Terence told Pierre Buyoya he would not resign.', people)).toEqual([
      'person:nsanze-terence -> person:pierre-buyoya',
    ]);
  });

  it('reads no call where "called" gives someone a name', () => {
    const people: HandMention[] = [
      { text: 'Toto Wolff', type: 'Person', entity: 'person:toto-wolff' },
      { text: 'Lewis Hamilton', type: 'Person', entity: 'person:lewis-hamilton' },
    ];
    expect(facts('COMMUNICATED_WITH', 'Toto Wolff called Lewis Hamilton "the greatest driver".', people)).toEqual([]);
    expect(facts('COMMUNICATED_WITH', 'Toto Wolff called Lewis Hamilton on Sunday.', people)).toEqual([
      'person:toto-wolff -> person:lewis-hamilton',
    ]);
  });

  it('gives a title in apposition to the person named inside it, not to the person before', () => {
    const people: HandMention[] = [
      { text: 'Alexei Navalny', type: 'Person', entity: 'person:alexei-navalny' },
      { text: 'Russian', type: 'Nationality', entity: 'place:russia' },
      { text: 'Vladimir Putin', type: 'Person', entity: 'person:vladimir-putin' },
    ];
    expect(
      facts('HOLDS_POSITION', "Alexei Navalny, Russian President Vladimir Putin's fiercest critic, died.", people),
    ).not.toContain('person:alexei-navalny -> place:russia');
  });
});
