/**
 * A stock symbol in angle brackets after a company's name ("Citicorp <CCI>", "British Petroleum Co
 * Plc <BP.L>", "USX <X> UNIT TO CLOSE PLANT") is the company's ticker, as wire copy writes it: a code,
 * no name of anything. (A name in angle brackets, "<Tracor Inc>", is a name and stays.)
 */
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

/** a code of capitals, and perhaps its exchange after a stop ("BP.L"), up to the closing bracket */
const TICKER = /^[A-Z]{1,5}(?:\.[A-Z]{1,2})?>/;

export const withoutTickers = (spans: TypedSpan[], _tokens: Token[], text: string): TypedSpan[] =>
  spans.filter((s) => !(text[s.start - 1] === '<' && TICKER.test(text.slice(s.start, s.end + 4))));
