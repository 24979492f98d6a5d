/**
 * A name that ends in the word for a kind of organisation is an organisation's: "Oberlin College",
 * "Liberal Party", "Interior Ministry". In CoNLL-2003 train every name of two words or more that
 * ends in one of these heads (each seen three times or more) is an organisation; heads that also
 * end places there ("bank": West Bank, "union": Soviet Union, "court", "hospital", "centre") and
 * places of note ("Oval Office") are not among them. The tagger, meeting a town's name before such
 * a head, reads a place now and then.
 */
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';
import { within } from '../sorted';

const ORGANISATION_HEADS = new Set(
  `inc party corp commission ministry ltd council senate congress department service group plc authority university
  assembly airways board corporation army agency bureau administration organisation airlines holdings movement navy
  corps alliance institute college company co llc laboratory`.split(/\s+/),
);

/** the heads of public bodies, after which a name of three words or more the tagger read as MISC is one */
const INSTITUTION_HEADS = new Set(
  'ministry commission department agency bureau administration authority survey service institute council'.split(' '),
);

/**
 * The words by which companies name their trade ("Sage Therapeutics", "Intuitive Machines" aside):
 * no place or person is called so, though too few CoNLL-2003 names end in each to count them there.
 */
const TRADE_HEADS = new Set(
  `therapeutics pharmaceuticals pharma biosciences biotechnology technologies laboratories labs industries motors
  entertainment communications telecommunications semiconductor semiconductors robotics software ventures brands
  foods insurance capital biopharmaceutical biopharmaceuticals pharmaceutical biotech`.split(/\s+/),
);

export function organisationHeads(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  return spans.map((span) => {
    if (span.type === 'Organization') return span;
    const inside = within(tokens, span.start, span.end);
    const last = inside[inside.length - 1]?.text.replace(/\.$/, '').toLowerCase();
    // a name read as MISC ("U.S. Geological Survey") is a body when an institution's word ends it
    if (span.type === 'Misc')
      return inside.length >= 3 && last && INSTITUTION_HEADS.has(last) ? { ...span, type: 'Organization' } : span;
    return inside.length >= 2 && last && (ORGANISATION_HEADS.has(last) || TRADE_HEADS.has(last))
      ? { ...span, type: 'Organization' }
      : span;
  });
}
