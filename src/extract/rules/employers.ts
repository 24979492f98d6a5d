/**
 * Names that employ: only an organisation has a chief executive or a staff of analysts.
 *
 * "Neon chief executive Tom Quinn": a name right before a company's office and the holder's name is
 * the company's, whatever the tagger or a rule made of it (Neon was a place); so is a name before a
 * team's boss ("Mercedes team boss Toto Wolff": Mercedes is a town in Argentina too). A country is
 * left alone ("U.S. chief executives" are the country's).
 *
 * "analysts at Jefferies", "economists at Nomura": a name after "at" and a plural of a profession is
 * where they work, an organisation, unless the gazetteer knows it as a place ("economists at Kabul").
 *
 * "a unit of Boskalis", "a subsidiary of Alphabet": what has units and subsidiaries is a company.
 *
 * "Ferrari's Charles Leclerc": a one-word name whose genitive owns a person named in full is the
 * person's team or company, unless it is a word of a person the article names in full.
 */
import { country, place } from '../lexicon/gazetteer';
import type { Mention } from '../types';
import { isReferring } from './references';
import { retyped } from './retyped';

/** offices of a company, not of a state: a place holds none of them */
const COMPANY_OFFICE =
  /^\s*(?:['’]s\s+)?(?:(?:co-)?founder|chief executive(?: officer)?|CEO|chief financial officer|CFO|chief operating officer|COO|chief technology officer|CTO|chief investment officer|managing director|chairman and chief executive|team (?:boss|principal|owner))\s+\p{Lu}/u;

const STAFF =
  /\b(?:analysts?|economists?|strategists?|traders?|researchers?|scientists?|engineers?|executives?|employees?|workers?|staff|bankers?|lawyers?|partners?|managers?|consultants?)\s+at\s+$/i;

const UNIT_OF = /\b(?:unit|subsidiary|division|affiliate)\s+of\s+$/i;

/**
 * The names of the article that employ, by any of their mentions, and every mention of them then an
 * organisation: "produced by Neon and France's Le Pacte" is the company of "Neon chief executive Tom
 * Quinn" two sentences on.
 */
export function employers(mentions: Mention[], text: string): Mention[] {
  const employs = new Set<string>();
  // the words of the article's people named in full: "Trump's Mike Pence" keeps Trump a person
  const people = mentions.filter((m) => m.type === 'Person' && /\s/.test(m.text) && !isReferring(m));
  const peoplesWords = new Set(people.flatMap((m) => m.text.split(/\s+/)));
  for (const m of mentions) {
    if (m.type !== 'Place' && m.type !== 'Person' && m.type !== 'Organization') continue;
    if (m.type === 'Person' && isReferring(m)) continue;
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    if (COMPANY_OFFICE.test(text.slice(m.end, m.end + 60)) && !country(m.text)) employs.add(m.text);
    else if (STAFF.test(before) && !place(m.text)) employs.add(m.text);
    // "Smit Salvage, a unit of Boskalis": only a company has units and subsidiaries
    else if (UNIT_OF.test(before) && !country(m.text)) employs.add(m.text);
    // "Ferrari's Charles Leclerc": a one-word "person" whose genitive owns a person named in full is
    // the team or company the person is with, where no person of the article bears the word
    else if (
      m.type === 'Person' &&
      !/\s/.test(m.text) &&
      !peoplesWords.has(m.text) &&
      people.some((p) => p.start === m.end + 3 && /^['’]s $/.test(text.slice(m.end, p.start)))
    )
      employs.add(m.text);
  }
  if (employs.size === 0) return mentions;
  return mentions.map((m) => {
    if ((m.type !== 'Place' && m.type !== 'Person') || !employs.has(m.text) || isReferring(m)) return m;
    return retyped(m, 'Organization', 'employer');
  });
}
