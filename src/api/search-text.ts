import { badInput } from './errors';
import { MAX_SEARCH_LENGTH } from './input-limits';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * User text to a Lucene query for the full-text index: every special character
 * escaped and boolean keywords lower-cased, so input can only match words, never
 * change the query's meaning. Each word must match, as itself or as a prefix.
 */
export function toLuceneQuery(text: string): string {
  if (text.length > MAX_SEARCH_LENGTH)
    throw badInput(`search text may be at most ${MAX_SEARCH_LENGTH} characters`, 'text');
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, '').trim())
    .filter(Boolean)
    .map((w) => (/^(AND|OR|NOT|TO)$/.test(w) ? w.toLowerCase() : w));
  if (words.length === 0) throw badInput('search text must contain at least one letter or digit', 'text');
  return words.map((w) => `+(${w} OR ${w}*)`).join(' ');
}
