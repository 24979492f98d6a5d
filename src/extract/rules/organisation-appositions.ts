/**
 * A name described after its comma as a kind of organisation is an organisation's: "Alameda
 * Research, his hedge fund,", "Becton Dickinson, the medical device maker.". The tagger reads such a
 * name as a place or a person now and then where its first word is a town or a surname. The
 * description is a determiner or possessive, up to three lower-case words and the noun, closed by
 * punctuation, so "London, the company said" (a noun followed by its verb) describes no name.
 */
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

const DESCRIBED = new RegExp(
  `^,\\s+(?:a|an|the|his|her|its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:${KINDS})(?:\\s*[,.;)]|$)`,
  'u',
);

export function appositionOrganisations(spans: TypedSpan[], _tokens: Token[], text: string): TypedSpan[] {
  return spans.map((span) =>
    (span.type === 'Place' || span.type === 'Person') && DESCRIBED.test(text.slice(span.end, span.end + 80))
      ? { ...span, type: 'Organization' }
      : span,
  );
}
