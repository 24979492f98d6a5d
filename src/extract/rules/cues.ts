/** The words and shapes the name rules read: cue words, title sequences, the organisation alias table. */
import { KNOWN_ORGS } from '../lexicon/organizations';
import { TITLES } from '../lexicon/words';

export const ORG_ALIAS = new Map<string, string>();

for (const o of KNOWN_ORGS) for (const a of [o.name, ...o.aliases]) ORG_ALIAS.set(a.replace(/^the /, ''), o.name);

export const TITLE_SEQS = TITLES.map((t) => t.split(' ')).sort((a, b) => b.length - a.length);

export const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&-]{1,7}s?$/u;

export const NAME_PARTICLE = /^(?:al|el|bin|ibn|van|von|de|da|di|du|le|la|der|den|ter)-?$/;

export const PARTICLE_PREFIXED = /^(?:al|el|bin|ibn)-\p{Lu}/u;

export const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'des', 'du', 'and', 'the', '&']);

/** Lower-case nouns right before a name that make it an organisation ("the start-up Darkline"). */
export const ORG_CUES = new Set([
  'company',
  'firm',
  'start-up',
  'startup',
  'group',
  'maker',
  'bank',
  'retailer',
  'carrier',
  'insurer',
  'club',
  'team',
  'newspaper',
  'broadcaster',
  'airline',
  'lender',
  'manufacturer',
  'militia',
  'outlet',
  'developer',
  'rivals',
  'giant',
]);

export const isCap = (t: string) => /^\p{Lu}/u.test(t) || PARTICLE_PREFIXED.test(t);

export const lower = (t: string) => t.toLowerCase();

export const DATE_CUES = new Set([
  'in',
  'on',
  'since',
  'until',
  'by',
  'last',
  'next',
  'early',
  'late',
  'mid',
  'from',
  'through',
  'of',
  'this',
  'before',
  'after',
  'during',
]);

export const FULL_TIME =
  /^(january|february|april|june|july|august|september|october|november|december|sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/;
