/**
 * CoNLL04 sentences (Roth & Yih 2004: AP, WSJ and FBIS news of the 1980s-90s) as extra training
 * documents for the tagger. They bring what CoNLL-2003's 1996 Reuters lacks: wire-service datelines
 * ("Paris Radio France International in French"), other eras' names, US-style place abbreviations.
 * Two conventions differ from CoNLL-2003 and are mapped to it, so the tagger keeps one convention:
 * a person's leading title or honorific is not part of the name ("President Mubarak" -> "Mubarak",
 * as CoNLL-2003 and the graph have it: the title becomes a position), and "Other" mixes names with
 * dates and amounts, so only an "Other" written as a name (capitalised, no digit) is Misc.
 */
import { HONORIFICS, TIME_WORDS, TITLE_WORDS } from '../lexicon/words';
import type { Conll04Sentence } from '../relation-classifier/training';
import type { ConllDocument } from './conll';
import type { NamedType, TypedSpan } from './tags';

const TYPES: Record<string, NamedType> = { Peop: 'Person', Org: 'Organization', Loc: 'Place' };
const TITLE_PREFIX = /^(\S+)\s+/;

/** A person span without its leading title words ("Sen. Mitch McConnell" -> "Mitch McConnell"). */
function withoutTitles(text: string, span: TypedSpan): TypedSpan {
  let { start } = span;
  for (;;) {
    const m = TITLE_PREFIX.exec(text.slice(start, span.end));
    if (!m) break;
    const word = m[1]!.toLowerCase();
    if (!TITLE_WORDS.has(word.replace(/\.$/, '')) && !HONORIFICS.has(word)) break;
    start += m[0].length;
  }
  return { ...span, start };
}

const NAME_LIKE = /^\p{Lu}[^\d]*$/u;
/** "June", "Dec." and "(Text)" are Other in CoNLL04 and no name in CoNLL-2003. */
const TIME_WORD_LIST = [...TIME_WORDS];
const startsTimeWord = (w: string) =>
  w.length >= 3 && TIME_WORD_LIST.some((t) => t.startsWith(w.toLowerCase().replace(/\.$/, '')));
const isName = (w: string) => NAME_LIKE.test(w) && !startsTimeWord(w.split(' ')[0]!) && w !== 'Text';

export function conll04Document(s: Conll04Sentence): ConllDocument {
  const gold: TypedSpan[] = [];
  for (const e of s.entities) {
    const type = TYPES[e.type];
    const span = { start: e.start, end: e.end };
    if (type === 'Person') gold.push(withoutTitles(s.text, { ...span, type }));
    else if (type) gold.push({ ...span, type });
    else if (isName(s.text.slice(e.start, e.end))) gold.push({ ...span, type: 'Misc' });
  }
  return { text: `${s.text}\n`, gold };
}
