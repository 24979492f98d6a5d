/**
 * A name described after its comma as a kind of organisation is an organisation's: "Alameda
 * Research, his hedge fund,", "Becton Dickinson, the medical device maker.". The tagger reads such a
 * name as a place or a person now and then where its first word is a town or a surname. The
 * description is a determiner or possessive, up to three lower-case words and the noun, closed by
 * punctuation, so "London, the company said" (a noun followed by its verb) describes no name.
 * So is a place right after a kind of organisation and its comma ("Germany's motor vehicle authority,
 * the KBA"), and a name that "the" and a kind of organisation enclose ("the White Helmets rescue group"),
 * unless the gazetteer knows it as a place, which there says where the organisation is ("the Texas
 * oil company").
 */
import { placeAnyCase } from '../lexicon/gazetteer';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const KINDS = [
  'company',
  'firm',
  'fund',
  'bank',
  'lender',
  'insurer',
  'broker',
  'brokerage',
  'exchange',
  'agency',
  'regulator',
  'party',
  'union',
  'group',
  'conglomerate',
  'subsidiary',
  'carmaker',
  'automaker',
  'airline',
  'carrier',
  'retailer',
  'manufacturer',
  'maker',
  'producer',
  'supplier',
  'developer',
  'publisher',
  'broadcaster',
  'newspaper',
  'startup',
  'start-up',
  'charity',
  'university',
  'club',
].join('|');
/** kinds that describe a name after its comma, though before a noun they may only modify ("the Kebara team") */
const APPOSITIVE_KINDS = `${KINDS}|team|giant|operator|chain|studio|label|institute|association|organi[sz]ation`;

/**
 * A word of the description: lower case ("largest", "world's"), capitalised ("German", "U.S.") or
 * a rank ("No. 2", "third-largest").
 */
const WORD = String.raw`(?:[\p{Ll}'’-]+|\p{Lu}[\p{L}'’-]*|(?:\p{Lu}\.){2,}|No\.\s*\d+|\d[\d.,%-]*)`;

const DESCRIBED = new RegExp(
  `^,\\s+(?:a|an|the|his|her|its|their)\\s+(?:${WORD}\\s+){0,4}?(?:${APPOSITIVE_KINDS})(?:\\s*[,.;)]|$)`,
  'u',
);

/** "the" right before a name, and up to two lower-case words and a kind of organisation right after it */
const THE_BEFORE = /(?:^|\s)the\s+$/i;
const KIND_AFTER = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${KINDS})\\b`, 'u');

/** a kind of organisation and its comma right before a name: "Germany's motor vehicle authority, the KBA" */
const KIND_BEFORE = new RegExp(
  `\\b(?:${APPOSITIVE_KINDS}|authority|watchdog|ministry|body|owner)\\s*,\\s+(?:the\\s+)?$`,
  'u',
);

const STAKE_IN =
  /\b(?:(?:stake|stakes|shares|holding|holdings|interest)\s+in|(?:company|corporate)\s+name\s+to|renamed(?:\s+itself)?|rebranded(?:\s+itself)?(?:\s+as)?)\s+(?:the\s+)?$/;

export function appositionOrganisations(spans: TypedSpan[], _tokens: Token[], text: string): TypedSpan[] {
  return spans.map((span) => {
    if (span.type !== 'Place' && span.type !== 'Person') return span;
    const after = text.slice(span.end, span.end + 80);
    if (DESCRIBED.test(after)) return { ...span, type: 'Organization' };
    // "a 30 percent stake in Hulu", "changed its company name to Meta": what one holds a stake in, or
    // a company's new name, is a company
    if (span.type === 'Place' && STAKE_IN.test(text.slice(Math.max(0, span.start - 30), span.start)))
      return { ...span, type: 'Organization' };
    // a place named after its kind is that organisation's short name, not a place
    if (span.type === 'Place' && KIND_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)))
      return { ...span, type: 'Organization' };
    const name = text.slice(span.start, span.end);
    const named =
      THE_BEFORE.test(text.slice(Math.max(0, span.start - 5), span.start)) &&
      KIND_AFTER.test(after) &&
      // in any case and without accents ("the Montreal stock exchange": Montréal)
      !placeAnyCase(name);
    return named ? { ...span, type: 'Organization' } : span;
  });
}
