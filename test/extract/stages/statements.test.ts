import { statements } from '../../../src/extract/stages/statements';
import type { Relation } from '../../../src/extract/types';
import { resolvedState, type HandMention } from './hand-state';

/** the statements of hand-placed names; `isoCodes` marks which entities are countries */
const statementsOf = (
  text: string,
  mentions: HandMention[],
  relations: Relation[] = [],
  isoCodes: { id: string; isoCode: string }[] = [],
) => {
  const state = resolvedState(text, mentions);
  const entities = state.entities.map((e) => ({ ...e, ...isoCodes.find((c) => c.id === e.id) }));
  return statements({ ...state, entities, relations }).statements.map((s) => ({
    speaker: s.speaker,
    direct: s.direct,
    text: s.text,
  }));
};

const votel: HandMention = { text: 'Joseph Votel', type: 'Person', entity: 'person:joseph-votel' };

describe('statements stage', () => {
  it('attributes a quote to the person holding a position at the organisation closing their appositive', () => {
    const text =
      'Gen. Joseph Votel, commander of U.S. Central Command said, "We have been very clear from the outset of this campaign."';
    const centcom: HandMention = { text: 'U.S. Central Command', type: 'Organization', entity: 'organization:centcom' };
    const holds: Relation = {
      type: 'HOLDS_POSITION',
      source: 'person:joseph-votel',
      target: 'organization:centcom',
      properties: { title: 'commander' },
      evidence: [{ sentence: 0, start: 0, end: text.length }],
      confidence: 0.9,
    };
    const [s] = statementsOf(text, [votel, centcom], [holds]);
    expect(s).toMatchObject({ speaker: 'person:joseph-votel', direct: true });
  });

  it('gives a quote closed by "it said" to the organisation that spoke before it, not one the quote names', () => {
    const text =
      'The Pentagon said the president had ordered the strike. "He was developing plans to attack diplomats in Iraq," it said in a statement.';
    const said = statementsOf(text, [
      { text: 'Pentagon', type: 'Organization', entity: 'organization:pentagon' },
      { text: 'Iraq', type: 'Place', entity: 'place:iraq' },
    ]);
    expect(said.map((s) => s.speaker)).toEqual(['organization:pentagon', 'organization:pentagon']);
  });

  it('reads the speech verb after a fronted phrase, not a participle inside it', () => {
    const text =
      'In a video posted online, Sviatlana Tsikhanouskaya, a former teacher, said she had taken "a very difficult decision for all."';
    const said = statementsOf(text, [
      { text: 'Sviatlana Tsikhanouskaya', type: 'Person', entity: 'person:sviatlana-tsikhanouskaya' },
    ]);
    expect(said.map((s) => s.speaker)).toEqual(['person:sviatlana-tsikhanouskaya']);
  });

  it('starts what was told after its hearer, named or reporters', () => {
    const text =
      'Yoshiro Mori told reporters the Olympic flame would stay in Fukushima. Mori told Reuters the Games would go ahead.';
    const said = statementsOf(text, [
      { text: 'Yoshiro Mori', type: 'Person', entity: 'person:yoshiro-mori' },
      { text: 'Fukushima', type: 'Place', entity: 'place:fukushima' },
      { text: 'Mori', type: 'Person', entity: 'person:yoshiro-mori', nth: 1 },
      { text: 'Reuters', type: 'Organization', entity: 'organization:reuters' },
    ]);
    expect(said.map((s) => s.text)).toEqual(['the Olympic flame would stay in Fukushima', 'the Games would go ahead']);
  });

  it('reads no claim in a thing announced with a possessive', () => {
    const text = 'Ibrahim Boubacar Keita announced his resignation early on Wednesday, hours after soldiers held him.';
    expect(
      statementsOf(text, [{ text: 'Ibrahim Boubacar Keita', type: 'Person', entity: 'person:ibrahim-boubacar-keita' }]),
    ).toEqual([]);
  });

  it("gives what follows ', saying' to the sentence's subject, and to no one when that names no one", () => {
    const people: HandMention[] = [
      { text: 'WikiLeaks', type: 'Organization', entity: 'organization:wikileaks' },
      { text: 'Julian Assange', type: 'Person', entity: 'person:julian-assange' },
    ];
    const judge =
      'A British judge on Monday ruled that WikiLeaks founder Julian Assange should not be extradited, saying his health meant he was at risk.';
    expect(statementsOf(judge, people)).toEqual([]);
    const reeves =
      'British finance minister Rachel Reeves welcomed the move, saying it would help families with mortgages.';
    expect(
      statementsOf(reeves, [{ text: 'Rachel Reeves', type: 'Person', entity: 'person:rachel-reeves' }]).map(
        (s) => s.speaker,
      ),
    ).toEqual(['person:rachel-reeves']);
  });

  it('reads no claim in a quantity added', () => {
    const text = 'Anthony Davis added 19 points and 15 rebounds for the Lakers, who won the series.';
    expect(statementsOf(text, [{ text: 'Anthony Davis', type: 'Person', entity: 'person:anthony-davis' }])).toEqual([]);
  });

  it('gives a quote to who called someone by it', () => {
    const text = 'Kobe Bryant died on Sunday. Barack Obama called Bryant "a legend on the court and a great father."';
    const said = statementsOf(text, [
      { text: 'Kobe Bryant', type: 'Person', entity: 'person:kobe-bryant' },
      { text: 'Barack Obama', type: 'Person', entity: 'person:barack-obama' },
      { text: 'Bryant', type: 'Person', entity: 'person:kobe-bryant', nth: 1 },
    ]);
    expect(said).toEqual([
      { speaker: 'person:barack-obama', direct: true, text: 'a legend on the court and a great father.' },
    ]);
  });

  it('takes "X said:" closing a line as X quoting the next paragraph verbatim', () => {
    const text = [
      'Minister Tobias Ellwood said:',
      'We are concerned by reports of ceasefire violations. We call on all parties to respect it.',
      'The talks resume on Monday in Geneva.',
    ].join('\n\n');
    expect(
      statementsOf(text, [
        { text: 'Tobias Ellwood', type: 'Person', entity: 'person:tobias-ellwood' },
        { text: 'Geneva', type: 'Place', entity: 'place:geneva' },
      ]),
    ).toEqual([
      {
        speaker: 'person:tobias-ellwood',
        direct: true,
        text: 'We are concerned by reports of ceasefire violations. We call on all parties to respect it.',
      },
    ]);
  });

  it('quotes the words after "said:" on the same line, without the colon', () => {
    expect(
      statementsOf('Philip Hammond said: We are targeting the developers of chemical weapons.', [
        { text: 'Philip Hammond', type: 'Person', entity: 'person:philip-hammond' },
      ]),
    ).toEqual([
      { speaker: 'person:philip-hammond', direct: true, text: 'We are targeting the developers of chemical weapons' },
    ]);
  });

  it('finds no statement in a passive "was announced by"', () => {
    expect(
      statementsOf('The ceasefire was announced by Russia and Turkey on 29 December.', [
        { text: 'Russia', type: 'Place', entity: 'place:ru' },
        { text: 'Turkey', type: 'Place', entity: 'place:tr' },
      ]),
    ).toEqual([]);
  });

  it('takes ", saying <clause>" as reported speech of the sentence\'s subject', () => {
    expect(
      statementsOf('Russia calls the war a special operation, saying NATO shows hostility to Russia daily.', [
        { text: 'Russia', type: 'Place', entity: 'place:ru' },
        { text: 'NATO', type: 'Organization', entity: 'organization:nato' },
      ]),
    ).toEqual([{ speaker: 'place:ru', direct: false, text: 'NATO shows hostility to Russia daily' }]);
  });

  describe('an attribution after its claim ("..., the company said.")', () => {
    const unilever: HandMention = { text: 'Unilever', type: 'Organization', entity: 'organization:unilever' };
    const cvc: HandMention = { text: 'CVC Capital Partners', type: 'Organization', entity: 'organization:cvc' };

    it('reads the clause before the comma as the claim, and a description as the organisation the claim opens with', () => {
      expect(
        statementsOf(
          'Unilever agreed to sell its tea business to CVC Capital Partners for 4.5 billion euros, the consumer goods group said, as it narrows its focus.',
          [unilever, cvc],
        ),
      ).toEqual([
        {
          speaker: 'organization:unilever',
          direct: false,
          text: 'Unilever agreed to sell its tea business to CVC Capital Partners for 4.5 billion euros',
        },
      ]);
    });

    it('takes the named subject, past its appositive, and the name after an inverted "said"', () => {
      const husseini: HandMention = { text: 'Ibrahim Husseini', type: 'Person', entity: 'person:husseini' };
      const forrest: HandMention = { text: 'Kim Forrest', type: 'Person', entity: 'person:forrest' };
      expect(
        statementsOf(
          'Heavy rain caused a dam upstream to collapse, Ibrahim Husseini, spokesman for the state agency, told Reuters. Prices will keep rising this year, said Kim Forrest, chief investment officer at Bokeh.',
          [husseini, forrest],
        ).map((s) => [s.speaker, s.text]),
      ).toEqual([
        ['person:husseini', 'Heavy rain caused a dam upstream to collapse'],
        ['person:forrest', 'Prices will keep rising this year'],
      ]);
    });

    it('names no speaker from a document, a name the subject only modifies, or an unnamed "they"', () => {
      expect(
        statementsOf(
          'The two leaders discussed the Mosul operation, the release said. Albanian police have arrested a British man, a Tirana prosecutor said. Cash markets will stay quiet after a record week, they said.',
          [
            { text: 'Mosul', type: 'Place', entity: 'place:mosul' },
            { text: 'Tirana', type: 'Place', entity: 'place:tirana' },
          ],
        ),
      ).toEqual([]);
    });
  });

  it('reads "The San Jose, California-based company said" as the company that spoke before, not the place', () => {
    const moderna: HandMention = { text: 'Moderna Inc', type: 'Organization', entity: 'organization:moderna' };
    const pfizer: HandMention = { text: 'Pfizer Inc', type: 'Organization', entity: 'organization:pfizer' };
    expect(
      statementsOf(
        'Moderna Inc said on Monday its vaccine was effective, a week after Pfizer Inc reported results. The Cambridge, Massachusetts-based company said it expects to seek authorization.',
        [
          moderna,
          pfizer,
          { text: 'Cambridge', type: 'Place', entity: 'place:cambridge' },
          { text: 'Massachusetts', type: 'Place', entity: 'place:massachusetts' },
        ],
      ).map((s) => [s.speaker, s.text]),
    ).toEqual([
      ['organization:moderna', 'its vaccine was effective, a week after Pfizer Inc reported results'],
      ['organization:moderna', 'it expects to seek authorization'],
    ]);
  });

  it('takes "the official Xinhua news agency" as Xinhua, whichever name the claim opens with', () => {
    expect(
      statementsOf(
        "China's President Jiang Zemin offered his gratitude to Gabon, the official Xinhua news agency said.",
        [
          { text: 'China', type: 'Place', entity: 'place:china' },
          { text: 'Jiang Zemin', type: 'Person', entity: 'person:jiang-zemin' },
          { text: 'Gabon', type: 'Place', entity: 'place:gabon' },
          { text: 'Xinhua', type: 'Organization', entity: 'organization:xinhua' },
        ],
      ).map((s) => s.speaker),
    ).toEqual(['organization:xinhua']);
  });

  it('reads "X, the region\'s president, said Tigray was ready" as X saying a clause, not Tigray speaking', () => {
    expect(
      statementsOf("Debretsion Gebremichael, the region's president, said Tigray was ready to defend itself.", [
        { text: 'Debretsion Gebremichael', type: 'Person', entity: 'person:debretsion' },
        { text: 'Tigray', type: 'Place', entity: 'place:tigray' },
      ]).map((s) => [s.speaker, s.text]),
    ).toEqual([['person:debretsion', 'Tigray was ready to defend itself']]);
  });

  it('gives "the Spanish club said" to the club of the claim named after a Spanish place', () => {
    expect(
      statementsOf(
        'Kylian Mbappe has joined Real Madrid after his deal with Paris St Germain expired, the Spanish club said.',
        [
          { text: 'Kylian Mbappe', type: 'Person', entity: 'person:mbappe' },
          { text: 'Real Madrid', type: 'Organization', entity: 'organization:real-madrid' },
          { text: 'Paris St Germain', type: 'Organization', entity: 'organization:psg' },
        ],
      ).map((s) => s.speaker),
    ).toEqual(['organization:real-madrid']);
  });

  it('reads a claim that goes on after its attribution ("..., the commission said, and will need allies")', () => {
    expect(
      statementsOf('The BJP won 240 of the 543 seats, the Election Commission said, and will need allies.', [
        { text: 'BJP', type: 'Organization', entity: 'organization:bjp' },
        { text: 'Election Commission', type: 'Organization', entity: 'organization:ec' },
      ]).map((s) => [s.speaker, s.text]),
    ).toEqual([['organization:ec', 'The BJP won 240 of the 543 seats']]);
  });

  it('ends a claim before its attribution when a noun phrase about the claim follows', () => {
    const tesla: HandMention = { text: 'Tesla Inc', type: 'Organization', entity: 'organization:tesla' };
    const sp: HandMention = { text: 'S&P Dow Jones Indices', type: 'Organization', entity: 'organization:sp' };
    expect(
      statementsOf(
        'Tesla Inc will join the index next month, S&P Dow Jones Indices said on Monday, a long-awaited move that sent its shares up.',
        [tesla, sp],
      ).map((s) => [s.speaker, s.text]),
    ).toEqual([['organization:sp', 'Tesla Inc will join the index next month']]);
  });

  it('attributes "X\'s lawyer, Y of the firm Z, said" to Y, and "warned of" names no claim', () => {
    expect(
      statementsOf(
        "Ward's lawyer, Ralph Kohnen of the firm Taft, said his client would appeal the verdict. Nigeria's Meteorological Agency had warned of heavy rain in 19 of the country's 36 states.",
        [
          { text: 'Ward', type: 'Person', entity: 'person:ward' },
          { text: 'Ralph Kohnen', type: 'Person', entity: 'person:kohnen' },
          { text: 'Taft', type: 'Organization', entity: 'organization:taft' },
          { text: 'Nigeria', type: 'Place', entity: 'place:ng' },
          { text: 'Meteorological Agency', type: 'Organization', entity: 'organization:nimet' },
        ],
      ),
    ).toEqual([{ speaker: 'person:kohnen', direct: false, text: 'his client would appeal the verdict' }]);
  });

  it('gives a quote attributed to "the 22-year-old from Murcia" to the person who spoke before, not the place', () => {
    const text =
      'Alcaraz, coached by Juan Carlos Ferrero, said he was proud of his fortnight. "Jannik deserved it today," the 22-year-old from Murcia said.';
    const speakers = statementsOf(text, [
      { text: 'Alcaraz', type: 'Person', entity: 'person:alcaraz' },
      { text: 'Juan Carlos Ferrero', type: 'Person', entity: 'person:ferrero' },
      { text: 'Jannik', type: 'Person', entity: 'person:sinner' },
      { text: 'Murcia', type: 'Place', entity: 'place:murcia' },
    ]).map((s) => s.speaker);
    expect(speakers).toEqual(['person:alcaraz', 'person:alcaraz']);
  });

  it('starts a claim after "said at a conference in Washington that" and "said last week"', () => {
    expect(
      statementsOf(
        'Huang said at a conference in Washington that the company had orders worth $500 billion. TSMC said last week it would expand its factory in Arizona.',
        [
          { text: 'Huang', type: 'Person', entity: 'person:huang' },
          { text: 'Washington', type: 'Place', entity: 'place:washington' },
          { text: 'TSMC', type: 'Organization', entity: 'organization:tsmc' },
          { text: 'Arizona', type: 'Place', entity: 'place:arizona' },
        ],
      ).map((s) => s.text),
    ).toEqual(['the company had orders worth $500 billion', 'it would expand its factory in Arizona']);
  });

  it("gives a claim the country whose ministry said it, and a later clause's words to that clause's subject", () => {
    expect(
      statementsOf(
        "Malaysia has banned the use of nitrofuran in chicken feed, the health ministry said on Thursday. Donald Trump is due to visit Tokyo, and China's foreign ministry said it hoped Japan would keep its word.",
        [
          { text: 'Malaysia', type: 'Place', entity: 'place:malaysia' },
          { text: 'Donald Trump', type: 'Person', entity: 'person:donald-trump' },
          { text: 'Tokyo', type: 'Place', entity: 'place:tokyo' },
          { text: 'China', type: 'Place', entity: 'place:china' },
          { text: 'Japan', type: 'Place', entity: 'place:japan' },
        ],
        [],
        [
          { id: 'place:malaysia', isoCode: 'MY' },
          { id: 'place:china', isoCode: 'CN' },
        ],
      ).map((s) => s.speaker),
    ).toEqual(['place:malaysia', 'place:china']);
  });
});
